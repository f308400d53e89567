"""The scene is saved, and saved since its last change (Repair: save it)."""
from integrations.pyblish import plugin as _plugin


class ValidateSmedgeScene(_plugin.Validator):
    """The farm renders the saved scene: it is saved, with no unsaved change."""

    label = "Smedge scene saved"
    rule = "scene"
    actions = [_plugin.RepairAction]
