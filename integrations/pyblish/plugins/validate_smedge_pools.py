"""The pools the jobs name exist."""
from integrations.pyblish import plugin as _plugin


class ValidateSmedgePools(_plugin.InstanceValidator):
    """Every pool a job names exists on the master."""

    label = "Smedge pools exist"
    rule = "pools"
    needs_master = True
