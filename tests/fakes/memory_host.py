"""A small in-memory host implementing ``integrations.host.Host``: a scene of render layers, no DCC."""
import atexit
import os
import shutil
import tempfile
import uuid

from integrations.graph import JobGraph
from integrations.host import Host, Option
from integrations.settings import MemorySettings
from integrations.validate import ERROR, Finding


class MemoryHost(Host):
    """A "scene" of layers ``{name: {"camera": str or None, "range": str}}`` and a comp waiting per frame.

    Its saved file is real, as a host's is: by default ``sh010.mb`` in a temporary project folder of this
    process (:func:`saved_scene`). Saving needs a path, writes the file, and ``saves`` counts them. Its one
    check: a layer without a camera renders nothing (Fix: give it the scene's camera, ``persp``, which
    changes the scene, as a host fix would).
    """

    name = "maya"
    product = "Maya"

    def __init__(self, path=None, modified=True, layers=None, studio=None):
        super().__init__(studio)
        self.path = saved_scene() if path is None else path
        self.modified = modified
        self.layers = layers if layers is not None else {"beauty": {"camera": "shotCam", "range": "1-4"},
                                                         "volumes": {"camera": None, "range": "1-4"}}
        self.saves = 0
        self.store = MemorySettings()
        self._ids = {}

    def scene_path(self):
        return self.path

    def is_modified(self):
        return self.modified

    def save(self):
        if not self.path:
            raise RuntimeError("the scene has no name; save it as a file first")
        with open(self.path, "a", encoding="utf-8"):
            pass
        self.modified = False
        self.saves += 1
        return self.path

    def settings_store(self):
        return self.store

    def build_graph(self, options):
        graph = JobGraph()
        scene = self.path.rsplit("/", 1)[-1]
        for layer, values in self.layers.items():
            self._ids[layer] = graph.add_job({
                "ID": self._ids.get(layer) or uuid.uuid4(), "Name": f"{scene} - {layer}",
                "Type": self.studio.product_for(options.get("renderer"), self.product), "Scene": self.path,
                "Range": values["range"], "Extra": f"-rl {layer}"})
        if options.get("comp", True):
            comp = graph.add_job({"Name": f"{scene} - comp", "Type": "Nuke", "Scene": "/proj/sh010.nk",
                                  "Range": "1-4", "Priority": 60})
            for job_id in self._ids.values():
                graph.add_dependency(comp, job_id, per_frame=True)
        return graph

    def options(self):
        return [Option("comp", "Add the comp", True, "A Nuke comp that waits per frame on every layer"),
                Option("renderer", "Renderer", "", "Picks the Smedge product through studio defaults")]

    def checks(self):
        return [self._cameras]

    def _cameras(self, graph):
        findings = []
        for layer, values in self.layers.items():
            job_id = self._ids.get(layer)
            if values["camera"] is None and job_id in graph:
                findings.append(Finding(ERROR, graph.name(job_id), job_id, "Camera",
                                        f"layer {layer!r} has no renderable camera",
                                        fix_description="render it through persp", fix=self._fix_camera(layer)))
        return findings

    def _fix_camera(self, layer):
        def fix(graph):
            self.layers[layer]["camera"] = "persp"
            self.modified = True
        return fix


_PROJECT = []


def saved_scene():
    """``<temporary project>/sh010.mb``, an empty file made once per process (removed at its exit)."""
    if not _PROJECT:
        _PROJECT.append(tempfile.mkdtemp(prefix="memory-host-"))
        atexit.register(shutil.rmtree, _PROJECT[0], True)
    path = os.path.join(_PROJECT[0], "sh010.mb")
    with open(path, "a", encoding="utf-8"):
        pass
    return path
