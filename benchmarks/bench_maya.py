"""Collect and build N Render Setup layers x 3 cameras from the fake Maya; the time should grow linearly
and stay under 1 s at 200 layers.

The scene is built through maya.cmds only (createNode/addAttr/setAttr/connectAttr, as a .ma file does):
each layer has a render settings collection with absolute startFrame/endFrame overrides and a camera
collection whose override makes three cameras renderable (they are not in the master layer). Collection
makes every layer current in turn, reads it, and restores the current layer.

    python benchmarks/bench_maya.py
"""
import os
import statistics
import sys
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


def main():
    print("collect + build_graph(split=True) from the fake Maya, median of 9 runs")
    results = {}
    for layers in (50, 100, 200):
        results[layers] = timed(layers)
        print(f"{layers:4d} layers x {len(CAMERAS)} cameras = {layers * len(CAMERAS):4d} jobs: "
              f"{results[layers]:7.3f} s ({1000 * results[layers] / layers:.2f} ms per layer)")
    print(f"200 vs 50 layers: x{results[200] / results[50]:.1f} the time for x4 the layers; "
          f"under 1 s at 200: {results[200] < 1.0}")


if __name__ == "__main__":
    main()
