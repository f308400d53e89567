"""Pyblish collector: the Nuke script's Write nodes as smedge.render instances (see docs/pyblish.md)."""
from typing import Any

from integrations.pyblish import plugin as _plugin


class CollectSmedgeRenderNuke(_plugin.HostCollector):
    """One smedge.render instance per job the Nuke submitter builds (Write nodes, precomps waiting per frame)."""

    label = "Smedge render jobs (Nuke)"
    hosts = ["nuke"]

    def host(self, context: Any) -> Any:
        from smedge_nuke.host import NukeHost

        return NukeHost()
