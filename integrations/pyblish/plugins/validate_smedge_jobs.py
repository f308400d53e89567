"""Every job passes conform_job against its product's definition."""
from integrations.pyblish import plugin as _plugin


class ValidateSmedgeJobs(_plugin.InstanceValidator):
    """Every job has the parameters its Smedge product takes, with values it accepts."""

    label = "Smedge jobs conform"
    rule = "jobs"
    needs_master = True
