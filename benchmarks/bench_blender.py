"""Benchmarks of the Blender add-on, in real Blender (bpy; CPython 3.13 with ``pip install bpy``).

1. Collecting and building the jobs of a big file (``smedge_blender.build_graph``: collect, build, studio
   defaults, priorities) as the panel's Submit does it on Blender's main thread: 20 scenes of 1000 frames,
   each with 5 view layers and 10 File Output nodes of 4 items (goal: the median under 0.5 s, all scenes
   and one job per view layer, 100 jobs).
2. The input check of a file with 5,000 images (50 folders of 100 files, 100 of them missing; a studio shared
   root): collecting the file and the host's input check (``BlenderHost.checks``), goal: the median under
   0.5 s, 100 errors.
3. What the local master's Blender work spends choosing a program before it renders
   (``blender_work.choose``: the .blend header, ``blender --version`` when a program is on PATH).

Run: ``python benchmarks/bench_blender.py``. Prints figures; exits 1 if a goal is missed, 2 without bpy.
"""
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "blender"), str(ROOT / "tests" / "blender")]
RUNS = 5
GOAL = 0.5


def build_file(bpy, folder):
    from blend_scenes import file_output, new_file, tiny_scene

    new_file(bpy)
    for index in range(20):
        scene = tiny_scene(bpy, "Scene" if index == 0 else f"shot{index:02d}", start=1, end=1000)
        for layer in range(4):
            scene.view_layers.new(f"layer{layer}")
        for node in range(10):
            file_output(bpy, scene, f"//fo/{scene.name}/n{node}", "f_####_", ["a", "b", "c", "d"])
    path = str(Path(folder) / "big.blend")
    bpy.ops.wm.save_as_mainfile(filepath=path)
    return path


def inputs_file(bpy, folder):
    """A saved file with 5,000 images, 100 of them missing; the shared root it sits in."""
    from blend_scenes import new_file, tiny_scene

    new_file(bpy)
    tiny_scene(bpy, "Scene")
    root = Path(folder) / "shared"
    for index in range(5000):
        image_folder = root / "tex" / f"set{index // 100:02d}"
        image_folder.mkdir(parents=True, exist_ok=True)
        if index % 50:
            (image_folder / f"t{index:04d}.png").write_bytes(b"")
        image = bpy.data.images.new(f"t{index:04d}", 4, 4)
        image.source, image.filepath = "FILE", str(image_folder / f"t{index:04d}.png")
    bpy.ops.wm.save_as_mainfile(filepath=str(root / "inputs.blend"))
    return str(root)


def check_inputs(root):
    """The median time of collecting the file and running the host's input check, and its errors."""
    from integrations.studio import StudioDefaults
    from smedge_blender.host import BlenderHost

    times, errors = [], 0
    for _ in range(RUNS):
        start = time.perf_counter()
        host = BlenderHost(StudioDefaults("blender", {"shared_roots": [root]}))
        graph = host.build_graph({"all_scenes": False, "view_layers": False, "review": False})
        errors = len(host.checks()[1](graph))
        times.append(time.perf_counter() - start)
    return statistics.median(times), errors


def main():
    try:
        import bpy
    except ImportError:
        print(f"bpy does not import in {sys.executable}: pip install bpy (CPython 3.13)")
        return 2
    warnings.simplefilter("ignore", DeprecationWarning)
    import smedge_blender
    from smedge_core.sandbox import blender_work

    with tempfile.TemporaryDirectory() as folder:
        path = build_file(bpy, folder)
        times, jobs = [], 0
        for _ in range(RUNS):
            start = time.perf_counter()
            graph = smedge_blender.build_graph(all_scenes=True, view_layers=True)
            times.append(time.perf_counter() - start)
            jobs = len(graph)
        median = statistics.median(times)
        print(f"build_graph, 20 scenes x 5 view layers x 10 File Output nodes, 1000 frames: {jobs} jobs, median "
              f"{median:.3f} s (min {min(times):.3f}, max {max(times):.3f}; goal < {GOAL} s)")
        choose = []
        inputs_median, errors = check_inputs(inputs_file(bpy, folder))
        print(f"collect + input check, 5,000 images (100 missing): {errors} errors, median {inputs_median:.3f} s "
              f"(goal < {GOAL} s)")
        for _ in range(RUNS):
            start = time.perf_counter()
            _argv, why = blender_work.choose("blender", path, "Scene", "", "1", "1")
            choose.append(time.perf_counter() - start)
        print(f"blender_work.choose: median {statistics.median(choose):.3f} s ({why})")
    return 0 if median < GOAL and jobs == 100 and inputs_median < GOAL and errors == 100 else 1


if __name__ == "__main__":
    sys.exit(main())
