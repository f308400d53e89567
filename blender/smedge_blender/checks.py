"""Blender's own validation, over the collected records (no bpy calls): findings an artist can act on.

The shared layer adds the saved/modified check (Fix: save); these add: a linked library that is missing,
a scene with no camera, a view layer job whose scene renders none, an output left on Blender's default
``/tmp/``, a path template nothing fills, two jobs writing the same files, and File Output nodes of a
file saved by Blender 4 or older read by Blender 5 (which splits their path into folder and file name).
"""
from __future__ import annotations

import re
from typing import Dict, List
from uuid import UUID

from integrations.graph import JobGraph
from integrations.validate import ERROR, WARNING, Finding

from .jobs import JobSource
from .records import BlendRecord, output_patterns

__all__ = ["findings"]


def findings(graph: JobGraph, records: BlendRecord, sources: Dict[UUID, JobSource]) -> List[Finding]:
    """The findings for the jobs of ``graph`` that came from ``records`` (``sources``)."""
    found: List[Finding] = []
    for library in records.libraries:
        if not library.exists:
            found.append(Finding(ERROR, "Scene", None, "Scene", "the linked library {} is missing ({}): the farm "
                                 "cannot render what it links; relink it (File > External Data)".format(
                                     library.name, library.path)))
    older = records.saved_by[0] < 5 <= records.read_by[0] and records.saved_by > (0, 0)
    writers: Dict[str, str] = {}
    for job_id, source in sources.items():
        if job_id not in graph or source.kind != "render":
            continue
        scene, name = source.scene, graph.name(job_id)
        if not scene.camera and not scene.markers:
            found.append(Finding(ERROR, name, job_id, "SceneName", "scene {} has no camera: set the scene "
                                 "camera (Scene properties)".format(scene.name)))
        if not scene.view_layers:
            found.append(Finding(ERROR, name, job_id, "ViewLayer", "scene {} renders no view layer: turn on "
                                 "'Use for Rendering' of one".format(scene.name)))
        if scene.filepath.rstrip("/") in ("/tmp", "") and not scene.movie:
            found.append(Finding(WARNING, name, job_id, "ImageFormat", "scene {} writes to Blender's default "
                                 "{!r}: each render machine keeps its frames in its own /tmp; set the Output "
                                 "path".format(scene.name, scene.filepath)))
        for node in scene.file_outputs if older and scene.compositing else []:
            found.append(Finding(WARNING, name, job_id, "ImageFormat", "{} was saved by Blender {}.{}: Blender "
                                 "{}.{} reads its File Output node {} as directory {} and file name {}, where "
                                 "Blender 4 and older write into that path as a folder; the farm renders with "
                                 "the Blender that opens the file: save it in this Blender, or check the node's "
                                 "path".format(records.path, records.saved_by[0], records.saved_by[1],
                                               records.read_by[0], records.read_by[1], node.node, node.directory,
                                               node.file_name)))
        for pattern in output_patterns(scene):
            left = re.findall(r"\{\w+(?::[^}]*)?\}", pattern)
            if left:
                found.append(Finding(WARNING, name, job_id, "ImageFormat", "{} keeps the path template {} that "
                                     "the submitter does not fill: the predicted files may differ from what "
                                     "Blender writes".format(pattern, ", ".join(left))))
            if pattern in writers and writers[pattern] != name:
                found.append(Finding(WARNING, name, job_id, "ImageFormat", "{} writes the same files as {}: {} "
                                     "(put the view layer or scene in the output path)".format(
                                         name, writers[pattern], pattern)))
            writers.setdefault(pattern, name)
    return found
