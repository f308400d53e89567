"""Blender's own validation, over the collected records (no bpy calls): findings an artist can act on.

The shared layer adds the saved/modified check (Fix: save); these add: a linked library that is missing,
a scene with no camera, a view layer job whose scene renders none, an output left on Blender's default
``/tmp/``, a path template nothing fills, two jobs writing the same files, and File Output nodes of a
file saved by Blender 4 or older read by Blender 5 (which splits their path into folder and file name).
"""
from __future__ import annotations

import re
from typing import Dict, List

from integrations.graph import JobGraph
from integrations.validate import ERROR, WARNING, Finding

from .jobs import sources
from .records import BlendRecord, output_patterns

__all__ = ["findings"]


def findings(graph: JobGraph, records: BlendRecord) -> List[Finding]:
    """The findings for the file ``records`` describes and the render jobs of ``graph`` that came from it
    (traced by :func:`.jobs.sources`)."""
    found: List[Finding] = []
    for library in records.libraries:
        if not library.exists:
            found.append(Finding(ERROR, "Scene", None, "Scene", f"the linked library {library.name} is missing "
                                 f"({library.path}): the farm cannot render what it links; relink it (File > "
                                 "External Data)"))
    older = records.saved_by[0] < 5 <= records.read_by[0] and records.saved_by > (0, 0)
    writers: Dict[str, str] = {}
    for job_id, source in sources(records, graph).items():
        scene, name = source.scene, graph.name(job_id)
        if not scene.camera and not scene.markers:
            found.append(Finding(ERROR, name, job_id, "SceneName", f"scene {scene.name} has no camera: set the "
                                 "scene camera (Scene properties)"))
        if not scene.view_layers:
            found.append(Finding(ERROR, name, job_id, "ViewLayer", f"scene {scene.name} renders no view layer: "
                                 "turn on 'Use for Rendering' of one"))
        if scene.filepath.rstrip("/") in ("/tmp", "") and not scene.movie:
            found.append(Finding(WARNING, name, job_id, "ImageFormat", f"scene {scene.name} writes to Blender's "
                                 f"default {scene.filepath!r}: each render machine keeps its frames in its own /tmp; "
                                 "set the Output path"))
        for node in scene.file_outputs if older and scene.compositing else []:
            saved, read = "{}.{}".format(*records.saved_by), "{}.{}".format(*records.read_by)
            found.append(Finding(WARNING, name, job_id, "ImageFormat", f"{records.path} was saved by Blender "
                                 f"{saved}: Blender {read} reads its File Output node {node.node} as directory "
                                 f"{node.directory} and file name {node.file_name}, where Blender 4 and older write "
                                 "into that path as a folder; the farm renders with the Blender that opens the file: "
                                 "save it in this Blender, or check the node's path"))
        for pattern in output_patterns(scene):
            left = re.findall(r"\{\w+(?::[^}]*)?\}", pattern)
            if left:
                found.append(Finding(WARNING, name, job_id, "ImageFormat", "{} keeps the path template {} that "
                                     "the submitter does not fill: the predicted files may differ from what "
                                     "Blender writes".format(pattern, ", ".join(left))))
            if pattern in writers and writers[pattern] != name:
                found.append(Finding(WARNING, name, job_id, "ImageFormat", f"{name} writes the same files as "
                                     f"{writers[pattern]}: {pattern} (put the view layer or scene in the output "
                                     "path)"))
            writers.setdefault(pattern, name)
    return found
