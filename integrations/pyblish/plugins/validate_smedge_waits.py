"""Dependencies hold: per-frame waits line up and per-frame priorities are above their parents' (Repair)."""
from integrations.pyblish import plugin as _plugin


class ValidateSmedgeWaits(_plugin.InstanceValidator):
    """No cycle; per-frame waits line up frame for frame; a job waiting per frame is above its parents."""

    label = "Smedge waits line up"
    rule = "waits"
    needs_master = True
    actions = [_plugin.RepairAction]
