"""Pyblish collector: the hip file's ROP networks as smedge.render instances (see docs/pyblish.md).

What renders: the ROPs a studio plug-in names in ``context.data["smedgeRops"]`` (node paths) when it
sets it; otherwise every output of ``/out``, that is each ROP there that no other ROP of ``/out`` takes as
an input (a Smedge ROP at the bottom of its network, a lone Mantra ROP). Their inputs are walked by the
Houdini submitter, as its Submit button does.
"""
from typing import Any

from integrations.pyblish import plugin as _plugin


class CollectSmedgeRenderHoudini(_plugin.HostCollector):
    """One smedge.render instance per job the Houdini submitter builds from the ROPs to render."""

    label = "Smedge render jobs (Houdini)"
    hosts = ["houdini", "hython", "hpython"]
    network = "/out"

    def host(self, context: Any) -> Any:
        from smedge_houdini.host import HoudiniHost

        return HoudiniHost(context.data.get("smedgeRops") or self.network)
