"""The Smedge master answers."""
from integrations.pyblish import plugin as _plugin


class ValidateSmedgeMaster(_plugin.MasterValidator):
    """The Smedge master answers (SMEDGE, SMEDGE_MASTER point at it)."""

    label = "Smedge master answers"
