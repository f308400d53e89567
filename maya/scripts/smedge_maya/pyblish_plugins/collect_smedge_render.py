"""Pyblish collector: the Maya scene's render layers as smedge.render instances (see docs/pyblish.md)."""
from typing import Any

from integrations.pyblish import plugin as _plugin


class CollectSmedgeRenderMaya(_plugin.HostCollector):
    """One smedge.render instance per job the Maya submitter builds (render layers, per camera if split)."""

    label = "Smedge render jobs (Maya)"
    hosts = ["maya", "mayapy"]

    def host(self, context: Any) -> Any:
        from smedge_maya.host import MayaHost

        return MayaHost()
