"""A review movie for any host: an FFmpeg encode job of one output of a render job, waiting for the whole job.

The request is the same everywhere: a host's build option, Pyblish instance data (:data:`PYBLISH_KEY`)
or a script's argument: ``False``/``None`` (no movie), ``True`` (the defaults), or a dict of
:data:`integrations.studio.REVIEW_KEYS` plus ``source`` (which output: its index in the job's
``ImageFormat``, default 0, or its pattern). Defaults: :data:`DEFAULTS`, then the studio's ``review``
section, then the request. The encode job, like the reference's encode example, reads the image sequence
(``Scene``, frame as printf), writes ``OutputFile`` and takes ``InfileOptions`` (frame rate, first frame)
and ``OutfileOptions`` (frame count, codec, options); its ``Range`` is the render's first frame.
"""
from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING, Any, Dict, Optional

from .graph import JobGraph
from .naming import FRAME_TOKEN, frame_pattern
from .outputs import outputs
from .studio import REVIEW_KEYS

if TYPE_CHECKING:
    from smedge_core import NameOrID

    from .studio import StudioDefaults

__all__ = ["DEFAULTS", "PYBLISH_KEY", "add_review", "review_settings"]

#: The Pyblish instance data key of a render instance asking for a review movie (a request, see above).
PYBLISH_KEY = "smedgeReview"
#: Review defaults when the studio sets none: H.264 in MP4 beside the images, as the reference's example.
DEFAULTS: Dict[str, Any] = {"product": "FFmpeg", "frame_rate": 24, "codec": "libx264",
                            "output_options": "-pix_fmt yuv420p", "output": "{folder}/{stem}.mp4",
                            "executable": ""}


def review_settings(request: Any, studio: Optional[StudioDefaults] = None) -> Optional[Dict[str, Any]]:
    """The settings a request gives (None for no movie); ValueError names an unknown key or a bad value."""
    if request is None or request is False:
        return None
    if request is True:
        request = {}
    if not isinstance(request, dict):
        raise ValueError(f"review must be True, False or a dict of settings, not {request!r}")
    unknown = sorted(set(request) - set(REVIEW_KEYS) - {"source"})
    if unknown:
        raise ValueError("Unknown review setting {}; known: {}".format(", ".join(repr(u) for u in unknown),
                                                                      ", ".join(sorted(set(REVIEW_KEYS) | {"source"}))))
    settings = dict(DEFAULTS, source=0)
    settings.update(studio.review if studio is not None else {})
    settings.update(request)
    rate = settings["frame_rate"]
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 < rate < float("inf"):
        raise ValueError(f"review frame_rate must be a number above 0, not {rate!r}")
    for key in ("product", "codec", "output"):
        if not isinstance(settings[key], str) or not settings[key].strip():
            raise ValueError(f"review {key} must be {REVIEW_KEYS[key]}, not {settings[key]!r}")
    return settings


def add_review(graph: JobGraph, job_id: NameOrID, request: Any = True,
               studio: Optional[StudioDefaults] = None) -> Optional[uuid.UUID]:
    """Add the encode job of one output of ``job_id`` waiting for the whole job; its ID, or None when the
    request asks for none. ValueError names the job when it has no such output, the output no frame token,
    or its frames are not one unbroken run (FFmpeg's image sequence input stops at the first gap)."""
    settings = review_settings(request, studio)
    if settings is None:
        return None
    name = graph.name(job_id)
    image = _source(graph, job_id, settings["source"])
    frames = graph.frames(job_id)
    if frames is None:
        raise ValueError(f"review of job {name!r}: the job sets no Range")
    numbers = list(frames)
    if numbers != list(range(numbers[0], numbers[-1] + 1)):
        raise ValueError(f"review of job {name!r}: frames {frames} are not one unbroken run; FFmpeg's image sequence "
                         "input stops at the first gap")
    folder, file = re.match(r"^(.*?)[/\\]?([^/\\]*)$", image).groups()  # type: ignore[union-attr]
    stem = file[:FRAME_TOKEN.search(file).start()].rstrip("._- ") or name  # type: ignore[union-attr]
    try:
        movie = settings["output"].format(folder=folder, stem=stem, job=name)
    except (KeyError, IndexError, ValueError) as err:
        raise ValueError("review output {!r}: only {{folder}}, {{stem}} and {{job}} are known ({})".format(
            settings["output"], err)) from err
    job = {"Name": f"{name} - review", "Type": settings["product"], "Scene": image,
           "Range": str(numbers[0]), "OutputFile": movie,
           "InfileOptions": "-framerate {:g} -start_number {}".format(settings["frame_rate"], numbers[0]),
           "OutfileOptions": "-frames:v {} -c:v {} {}".format(len(numbers), settings["codec"],
                                                              settings["output_options"]).strip()}
    if settings["executable"]:
        job["Executable"] = settings["executable"]
    review_id = graph.add_job(job)
    graph.add_dependency(review_id, job_id, per_frame=False)
    return review_id


def _source(graph: JobGraph, job_id: NameOrID, source: Any) -> str:
    images = outputs(graph, job_id)
    name = graph.name(job_id)
    if isinstance(source, int) and not isinstance(source, bool):
        if not 0 <= source < len(images):
            raise ValueError(f"review source {source} of job {name!r}: the job has {len(images)} output(s) "
                             "in ImageFormat")
        image = images[source]
    elif isinstance(source, str) and frame_pattern(source) in images:
        image = frame_pattern(source)
    else:
        raise ValueError("review source of job {!r} must be an index or one of its outputs ({}), not {!r}".format(
            name, ", ".join(images) or "none", source))
    if not FRAME_TOKEN.search(image):
        raise ValueError(f"review of job {name!r}: output {image} has no frame token, so it is no image sequence")
    return image
