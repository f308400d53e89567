"""Pyblish collector: the hip file's ROP networks as smedge.render instances (see docs/pyblish.md).

What renders: the ROPs a studio plug-in names in ``context.data["smedgeRops"]`` (node paths) when it
sets it; otherwise every output of ``/out``, that is each ROP there that no other ROP of ``/out`` takes as
an input (a Smedge ROP at the bottom of its network, a lone Mantra ROP). Their inputs are walked by the
Houdini submitter, as its Submit button does.
"""
from integrations.pyblish import plugin as _plugin


class CollectSmedgeRenderHoudini(_plugin.HostCollector):
    """One smedge.render instance per job the Houdini submitter builds from the ROPs to render."""

    label = "Smedge render jobs (Houdini)"
    network = "/out"

    def host(self, context):
        import hou
        from smedge_houdini.host import HoudiniHost

        paths = context.data.get("smedgeRops")
        if paths:
            rops = [hou.node(path) for path in paths]
            missing = [path for path, rop in zip(paths, rops) if rop is None]
            if missing:
                raise ValueError("smedgeRops names no node at {}".format(", ".join(repr(p) for p in missing)))
        else:
            network = hou.node(self.network)
            if network is None:
                raise ValueError("No ROP network at {!r} to collect the ROPs to render from".format(self.network))
            rops = [node for node in network.children() if not node.outputs()]
        return HoudiniHost(rops)
