"""Collect and build N Render Setup layers x 3 cameras from the fake Maya; the time should grow linearly
and stay under 1 s at 200 layers. Then the input check over a scene of 5,000 file textures (Maya's
``file`` nodes, 2,250 of them missing, a tenth of them UDIM tiles) and 4 Arnold AOVs: collection and the
shared input check (``integrations.inputs``) through the host's checks.

The scene is built through maya.cmds only (createNode/addAttr/setAttr/connectAttr, as a .ma file does):
each layer has a render settings collection with absolute startFrame/endFrame overrides and a camera
collection whose override makes three cameras renderable (they are not in the master layer). Collection
makes every layer current in turn, reads it, and restores the current layer.

    python benchmarks/bench_maya.py
"""
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path[:0] = [os.path.join(REPO, "tests", "fakes", "hosts"), os.path.join(REPO, "maya", "scripts"), REPO]

from maya import cmds  # noqa: E402

import smedge_maya  # noqa: E402

CAMERAS = ("camA", "camB", "camC")


def override(name, attribute, kind, value, target=None):
    cmds.createNode("absUniqueOverride" if target else "absOverride", name=name)
    cmds.addAttr(name, longName="attrValue", shortName="atv", attributeType=kind)
    cmds.setAttr(name + ".attribute", attribute, type="string")
    if target:
        cmds.setAttr(name + ".targetNodeName", target, type="string")
    cmds.setAttr(name + ".attrValue", value)


def collection(name, kind, selection, children, parent):
    cmds.createNode(kind, name=name)
    cmds.createNode("simpleSelector", name=name + "Selector")
    cmds.setAttr(name + "Selector.staticSelection", selection, type="string")
    cmds.connectAttr(name + "Selector.collection", name + ".selector")
    cmds.connectAttr(children[0] + ".message", name + ".childLowest")
    cmds.connectAttr(children[-1] + ".message", name + ".childHighest")
    for before, after in zip(children, children[1:]):
        cmds.connectAttr(before + ".next", after + ".previous")
    cmds.connectAttr(parent + ".listItem", name + ".parentList")


def build_scene(layers):
    cmds.file(new=True, force=True)
    cmds.setAttr("defaultRenderGlobals.animation", True)
    cmds.setAttr("perspShape.renderable", False)
    for camera in CAMERAS:
        cmds.createNode("transform", name=camera)
        cmds.createNode("camera", name=camera + "Shape", parent=camera)
        cmds.setAttr(camera + "Shape.renderable", False)
    cmds.createNode("renderSetup", name="renderSetup")
    for index in range(1, layers + 1):
        name = f"layer{index}"
        cmds.createNode("renderSetupLayer", name=name)
        cmds.createNode("renderLayer", name="rs_" + name)
        cmds.connectAttr(f"rs_{name}.message", name + ".legacyRenderLayer")
        cmds.connectAttr(f"renderLayerManager.renderLayerId[{index}]", f"rs_{name}.identification")
        override(name + "_start", "startFrame", "time", 1000 + index, "defaultRenderGlobals")
        override(name + "_end", "endFrame", "time", 1100 + index, "defaultRenderGlobals")
        collection(name + "_settings", "renderSettingsCollection", "defaultRenderGlobals",
                   [name + "_start", name + "_end"], name)
        override(name + "_cams", "renderable", "bool", True)
        collection(name + "_cameras", "collection", "\n".join("|" + c for c in CAMERAS), [name + "_cams"], name)
        cmds.connectAttr(name + "_settings.message", name + ".childLowest")
        cmds.connectAttr(name + "_cameras.message", name + ".childHighest")
        cmds.connectAttr(name + "_settings.next", name + "_cameras.previous")
    cmds.setAttr("defaultRenderLayer.renderable", False)


def timed(layers, runs=9):
    build_scene(layers)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        graph = smedge_maya.build_graph(split=True)
        times.append(time.perf_counter() - start)
    assert len(graph) == layers * len(CAMERAS), len(graph)
    assert cmds.editRenderLayerGlobals(query=True, currentRenderLayer=True) == "defaultRenderLayer"
    return statistics.median(times)


def timed_inputs(count=5000, runs=5):
    """Collect a scene of ``count`` file textures and run the host's checks; (collect, checks) medians and
    how many inputs are missing."""
    folder = tempfile.mkdtemp(prefix="bench_maya_inputs_")
    try:
        return _inputs_in(folder, count, runs)
    finally:
        shutil.rmtree(folder)


def _inputs_in(folder, count, runs):
    from integrations.host import collect
    from smedge_maya.host import MayaHost

    cmds.file(new=True, force=True)
    cmds.setAttr("defaultRenderGlobals.currentRenderer", "arnold", type="string")
    cmds.setAttr("defaultRenderGlobals.imageFilePrefix", "<Scene>/<RenderPass>", type="string")
    for aov in ("diffuse", "specular", "sss", "Z"):
        cmds.createNode("aiAOV", name="aiAOV_" + aov)
        cmds.setAttr("aiAOV_" + aov + ".name", aov, type="string")
    for index in range(count):
        node = cmds.createNode("file", name=f"tex{index}")
        if index % 10 == 0:
            name = f"tile{index}.<UDIM>.tx"
            cmds.setAttr(node + ".uvTilingMode", 3)
            cmds.setAttr(node + ".computedFileTextureNamePattern", os.path.join(folder, name), type="string")
            if index % 20 == 0:
                open(os.path.join(folder, f"tile{index}.1001.tx"), "wb").close()
            name = f"tile{index}.1001.tx"
        else:
            name = f"tex{index}.png"
            if index % 2:
                open(os.path.join(folder, name), "wb").close()
        cmds.setAttr(node + ".fileTextureName", os.path.join(folder, name), type="string")
    collect_times, check_times = [], []
    for _ in range(runs):
        host = MayaHost()
        start = time.perf_counter()
        graph = collect(host)
        collect_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        found = [f for check in host.checks() for f in check(graph) if f.field == "Input"]
        check_times.append(time.perf_counter() - start)
    missing = sum(1 for i in range(count) if (i % 10 == 0 and i % 20) or (i % 10 and i % 2 == 0))
    assert len(host.scene.inputs) == count and len(found) == missing, (len(host.scene.inputs), len(found))
    return statistics.median(collect_times), statistics.median(check_times), missing


def main():
    print("collect + build_graph(split=True) from the fake Maya, median of 9 runs")
    results = {}
    for layers in (50, 100, 200):
        results[layers] = timed(layers)
        print(f"{layers:4d} layers x {len(CAMERAS)} cameras = {layers * len(CAMERAS):4d} jobs: "
              f"{results[layers]:7.3f} s ({1000 * results[layers] / layers:.2f} ms per layer)")
    print(f"200 vs 50 layers: x{results[200] / results[50]:.1f} the time for x4 the layers; "
          f"under 1 s at 200: {results[200] < 1.0}")
    collected, checked, missing = timed_inputs()
    print(f"5000 file textures ({missing} missing), 4 AOVs: collect {collected:.3f} s, host checks (inputs) "
          f"{checked:.3f} s, median of 5")


if __name__ == "__main__":
    main()
