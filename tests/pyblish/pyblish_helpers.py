"""An in-memory host for the Pyblish tests, its collector, and polling of the local master."""
import json
import uuid

import smedge_core
from fakes import memory_host
from integrations.graph import JobGraph
from integrations.studio import StudioDefaults
from integrations.validate import ERROR, Finding
from smedge_core.sandbox import states

LAYERS = ("beauty", "volumes")


class SceneStore:
    """Settings kept in the in-memory scene as JSON text: storing other settings changes the scene (it has
    unsaved changes after), as Maya's settings node, Nuke's Root knob and Houdini's parms do."""

    def __init__(self, host):
        self.host, self.text = host, ""

    def load(self):
        return json.loads(self.text) if self.text else {}

    def save(self, data):
        text = json.dumps(data, sort_keys=True)
        if text != self.text:
            self.text = text
            self.host.modified = True


class MemoryHost(memory_host.MemoryHost):
    """The tests' in-memory scene (its path, modified state and save, settings kept in it), with the
    publish tests' graph: one Maya job per layer and a Nuke comp waiting frame by frame on both. Its own
    check wants a RenderDir on every Maya job (Fix: the project's images folder). No studio defaults files
    are read.
    """

    def __init__(self, path=None, modified=False, frames="1001-1004", comp_priority=55, pool="",
                 render_dir="/proj/images"):
        super().__init__(path, modified, layers={}, studio=StudioDefaults("maya"))
        self.frames, self.comp_priority, self.pool, self.render_dir = frames, comp_priority, pool, render_dir
        self.store = SceneStore(self)

    def options(self):
        return []

    def build_graph(self, options):
        graph = JobGraph()
        layers = []
        for layer in LAYERS:
            job = {"Name": "sh010 - " + layer, "Type": "Maya", "Scene": self.path, "Range": self.frames,
                   "Extra": "-rl " + layer, "Priority": 50}
            if self.render_dir:
                job["RenderDir"] = self.render_dir
            layers.append(graph.add_job(job))
        comp = graph.add_job({"Name": "sh010 - comp", "Type": "Nuke", "Scene": "/proj/sh010.nk",
                              "Range": self.frames, "Priority": self.comp_priority, "WriteNode": "Write1"})
        for layer in layers:
            graph.add_dependency(comp, layer, per_frame=True)
        if self.pool:
            for job_id in graph:
                graph.set_value(job_id, "Pool", self.pool)
        return graph

    def checks(self):
        return [self.render_dirs]

    def render_dirs(self, graph):
        """Every Maya job renders into a folder (Fix: /proj/images)."""
        found = []
        for job_id in graph:
            if graph.value(job_id, "Type") == "Maya" and not graph.value(job_id, "RenderDir"):
                found.append(Finding(ERROR, graph.name(job_id), job_id, "RenderDir", "no output folder",
                                     fix_description="render into /proj/images",
                                     fix=lambda g, job_id=job_id: g.set_value(job_id, "RenderDir", "/proj/images")))
        return found


def a_scene_with_a_stale_priority():
    """A saved scene without RenderDir whose stored settings keep the comp at Priority 40 (an artist's
    override from the dialog, before the layers were raised to 50)."""
    from integrations.pyblish.stored import store_values

    host = MemoryHost(render_dir="")
    store_values(host, {"sh010 - comp": {"Priority": 40}})
    host.save()
    return host


def collector_for(host):
    """A collector plug-in class over ``host`` (the same Host object every time)."""
    from integrations.pyblish import plugin as _plugin

    class CollectMemoryScene(_plugin.HostCollector):
        label = "Smedge render jobs (memory)"

        def host(self, context):
            return host

    return CollectMemoryScene


def work_spans(job_id):
    """``[(started, finished)]`` of the finished runs of a job, from its history."""
    history = smedge_core.get_job_history(job_id)[uuid.UUID(str(job_id))]
    started, spans = {}, []
    for element in history:
        if element.status == states.WORK_STARTED:
            started[element.work_id] = element.time
        elif element.status == states.WORK_FINISHED:
            spans.append((started[element.work_id], element.time))
    return spans
