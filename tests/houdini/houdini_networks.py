"""The ROP networks of issue 11, built through hou's API, with the jobs and waits each must give.

Each builder takes ``/out`` of a new hip file and returns ``(rops, jobs, waits)``: the ROPs to submit;
``{ROP path: (Range, PacketSize)}`` (PacketSize None: the job sets none); ``{child ROP path: (parent ROP
paths, per_frame)}`` for every job that waits.
"""
import hou

RANGE = (1001, 1004, 1)


def rop(network, type_name, name, frames=RANGE, inputs=()):
    """A ROP rendering ``frames`` (start, end, step), or the current frame when ``frames`` is None."""
    node = network.createNode(type_name, name)
    if frames is not None:
        node.parm("trange").set("normal")
        node.parmTuple("f").deleteAllKeyframes()
        node.parmTuple("f").set(frames)
    for index, item in enumerate(inputs):
        node.setInput(index, item)
    return node


def one_mantra(out):
    beauty = rop(out, "ifd", "beauty")
    return [beauty], {"/out/beauty": ("1001-1004", None)}, {}


def cache_then_render(out):
    cache = rop(out, "geometry", "cache")
    rop(out, "ifd", "beauty", inputs=[cache])
    return ([out.node("beauty")], {"/out/cache": ("1001-1004", None), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/out/cache"], True)})


def simulation_then_render(out):
    sim = rop(out, "geometry", "sim")
    sim.parm("initsim").set(1)
    rop(out, "ifd", "beauty", inputs=[sim])
    return ([out.node("beauty")], {"/out/sim": ("1001-1004", 4), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/out/sim"], False)})


def dop_then_render(out):
    sim = rop(out, "dop", "pyro")
    rop(out, "karma", "beauty", inputs=[sim])
    return ([out.node("beauty")], {"/out/pyro": ("1001-1004", 4), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/out/pyro"], False)})


def fetch_from_other_network(out):
    ropnet = hou.node("/obj").createNode("ropnet", "fx")
    rop(ropnet, "geometry", "cache")
    fetch = out.createNode("fetch", "get_cache")
    fetch.parm("source").set("/obj/fx/cache")
    rop(out, "Redshift_ROP", "beauty", inputs=[fetch])
    return ([out.node("beauty")], {"/obj/fx/cache": ("1001-1004", None), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/obj/fx/cache"], True)})


def merge_of_two_branches(out):
    chars = rop(out, "arnold", "chars", inputs=[rop(out, "alembic", "anim")])
    env = rop(out, "arnold", "env")
    merge = out.createNode("merge", "all")
    merge.setInput(0, chars)
    merge.setInput(1, env)
    comp = rop(out, "comp", "comp", inputs=[merge])
    return ([comp], {"/out/anim": ("1001-1004", None), "/out/chars": ("1001-1004", None),
                     "/out/env": ("1001-1004", None), "/out/comp": ("1001-1004", None)},
            {"/out/chars": (["/out/anim"], True), "/out/comp": (["/out/chars", "/out/env"], True)})


def bypassed_render(out):
    cache = rop(out, "geometry", "cache")
    mid = rop(out, "ifd", "prepass", inputs=[cache])
    mid.bypass(True)
    rop(out, "ifd", "beauty", inputs=[mid])
    return ([out.node("beauty")], {"/out/cache": ("1001-1004", None), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/out/cache"], True)})


def locked_null(out):
    cache = rop(out, "geometry", "cache")
    null = out.createNode("null", "cached")
    null.setInput(0, cache)
    null.setLocked(True)
    rop(out, "ifd", "beauty", inputs=[null])
    return [out.node("beauty")], {"/out/beauty": ("1001-1004", None)}, {}


def locked_render(out):
    cache = rop(out, "geometry", "cache")
    mid = rop(out, "ifd", "prepass", inputs=[cache])
    mid.setLocked(True)
    rop(out, "ifd", "beauty", inputs=[mid])
    return ([out.node("beauty")], {"/out/prepass": ("1001-1004", None), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/out/prepass"], True)})


def diamond(out):
    cache = rop(out, "geometry", "cache")
    left = rop(out, "ifd", "left", inputs=[cache])
    right = rop(out, "ifd", "right", inputs=[cache])
    comp = rop(out, "comp", "comp", inputs=[left, right])
    return ([comp], {"/out/cache": ("1001-1004", None), "/out/left": ("1001-1004", None),
                     "/out/right": ("1001-1004", None), "/out/comp": ("1001-1004", None)},
            {"/out/left": (["/out/cache"], True), "/out/right": (["/out/cache"], True),
             "/out/comp": (["/out/left", "/out/right"], True)})


def switch_second(out):
    switch = out.createNode("switch", "which")
    switch.setInput(0, rop(out, "ifd", "lo"))
    switch.setInput(1, rop(out, "ifd", "hi"))
    switch.parm("index").set(1)
    rop(out, "comp", "comp", inputs=[switch])
    return ([out.node("comp")], {"/out/hi": ("1001-1004", None), "/out/comp": ("1001-1004", None)},
            {"/out/comp": (["/out/hi"], True)})


def different_ranges(out):
    """An input ROP renders the frames its dependant asks for, beyond its own range (not strict)."""
    cache = rop(out, "geometry", "cache", frames=(1001, 1003, 1))
    rop(out, "ifd", "beauty", inputs=[cache])
    return ([out.node("beauty")], {"/out/cache": ("1001-1004", None), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/out/cache"], True)})


def different_ranges_strict(out):
    """A strict input ROP renders only the asked-for frames inside its own range."""
    cache = rop(out, "geometry", "cache", frames=(1001, 1003, 1))
    cache.parm("trange").set("on")
    rop(out, "ifd", "beauty", frames=(1002, 1004, 1), inputs=[cache])
    return ([out.node("beauty")], {"/out/cache": ("1002-1003", None), "/out/beauty": ("1002-1004", None)},
            {"/out/beauty": (["/out/cache"], False)})


def step_of_two(out):
    cache = rop(out, "geometry", "cache")
    rop(out, "ifd", "beauty", frames=(1001, 1005, 2), inputs=[cache])
    return ([out.node("beauty")], {"/out/cache": ("1001-1005x2", None), "/out/beauty": ("1001-1005x2", None)},
            {"/out/beauty": (["/out/cache"], True)})


def step_of_two_strict(out):
    cache = rop(out, "geometry", "cache", frames=(1001, 1004, 1))
    cache.parm("trange").set("on")
    rop(out, "ifd", "beauty", frames=(1001, 1005, 2), inputs=[cache])
    return ([out.node("beauty")], {"/out/cache": ("1001,1003", None), "/out/beauty": ("1001-1005x2", None)},
            {"/out/beauty": (["/out/cache"], False)})


def current_frame_input(out):
    """An input ROP set to the current frame renders its dependant's frames all the same."""
    cache = rop(out, "geometry", "cache", frames=None)
    rop(out, "ifd", "beauty", inputs=[cache])
    return ([out.node("beauty")], {"/out/cache": ("1001-1004", None), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/out/cache"], True)})


def submitted_and_asked(out):
    """A ROP submitted itself and also an input renders its own range and what is asked of it."""
    cache = rop(out, "geometry", "cache", frames=(1001, 1002, 1))
    rop(out, "ifd", "beauty", frames=(1003, 1004, 1), inputs=[cache])
    return ([out.node("beauty"), cache], {"/out/cache": ("1001-1004", None), "/out/beauty": ("1003-1004", None)},
            {"/out/beauty": (["/out/cache"], True)})


def batch_of_cache(out):
    cache = rop(out, "geometry", "cache")
    batch = out.createNode("batch", "in_order")
    batch.setInput(0, cache)
    rop(out, "ifd", "beauty", inputs=[batch])
    return ([out.node("beauty")], {"/out/cache": ("1001-1004", 4), "/out/beauty": ("1001-1004", None)},
            {"/out/beauty": (["/out/cache"], False)})


NETWORKS = [one_mantra, cache_then_render, simulation_then_render, dop_then_render, fetch_from_other_network,
            merge_of_two_branches, bypassed_render, locked_null, locked_render, diamond, switch_second,
            different_ranges, different_ranges_strict, step_of_two, step_of_two_strict, current_frame_input,
            submitted_and_asked, batch_of_cache]
