"""Blender's own validation, over the collected records (no bpy calls): findings an artist can act on.

The shared layer adds the saved/modified check (Fix: save), output collisions (every output of every
job), the input check (over :func:`inputs`: linked libraries, images, caches, sounds, clips, volumes) and
the products check; these add: a scene with no camera, a view layer job whose scene renders none, an
output left on Blender's default ``/tmp/``, a path template nothing fills, File Output nodes of a file
saved by Blender 4 or older read by Blender 5 (which splits their path into folder and file name), and a
review movie a render job cannot have.
"""
from __future__ import annotations

import re
from typing import List, Tuple

from integrations.graph import JobGraph
from integrations.review import review_findings
from integrations.validate import ERROR, WARNING, Finding

from .jobs import sources
from .records import BlendRecord, output_patterns, sequence_pattern

__all__ = ["findings", "inputs"]


def inputs(records: BlendRecord) -> List[Tuple[str, str]]:
    """The file's inputs for ``integrations.inputs``: each linked library and each input data-block, as
    ``(data-block, path)``; but not the files a scene of the file writes (rendered by the farm before they
    are read: a compositor reading another scene's frames)."""
    written = {pattern for scene in records.scenes for pattern in output_patterns(scene)}
    frames = [re.compile(re.sub(r"%0(\d+)d", r"\\d{\1,}", re.escape(p))) for p in written]
    found = [(f"Library {library.name!r}", library.path) for library in records.libraries]
    for item in records.inputs:
        as_pattern = sequence_pattern(item.path) if "#" in item.path.rpartition("/")[2] else None
        if as_pattern not in written and not any(regex.fullmatch(item.path) for regex in frames):
            found.append((item.datablock, item.path))
    return found


def findings(graph: JobGraph, records: BlendRecord, review: bool = False) -> List[Finding]:
    """The findings for the file ``records`` describes and the render jobs of ``graph`` that came from it
    (traced by :func:`.jobs.sources`); ``review`` whether review movies were asked for."""
    found: List[Finding] = []
    older = records.saved_by[0] < 5 <= records.read_by[0] and records.saved_by > (0, 0)
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
    if review:
        found.extend(review_findings(graph, {job_id: 0 for job_id in sources(records, graph)}))
    return found
