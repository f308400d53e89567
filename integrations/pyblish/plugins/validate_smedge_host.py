"""The host's own checks and the studio defaults' findings (Repair where a check has a fix)."""
from integrations.pyblish import plugin as _plugin


class ValidateSmedgeHost(_plugin.InstanceValidator):
    """The host's own checks (outputs set, cameras, ...) and problems in the studio defaults files."""

    label = "Smedge host checks"
    rule = "host"
    actions = [_plugin.RepairAction]
