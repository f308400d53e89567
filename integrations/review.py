"""A review movie for any host: an FFmpeg encode job of one output of a render job, waiting for the whole job.

The request is the same everywhere: a host's build option, Pyblish instance data (:data:`PYBLISH_KEY`)
or a script's argument: ``False``/``None`` (no movie), ``True`` (the defaults), or a dict of
:data:`integrations.studio.REVIEW_KEYS` plus ``source`` (which output: its index in the job's
``ImageFormat``, default 0, or its pattern). Defaults: :data:`DEFAULTS`, then the studio's ``review``
section, then the request. The encode job, like the reference's encode example, reads the image sequence
(``Scene``, frame as printf), writes ``OutputFile`` and takes ``InfileOptions`` (frame rate, first frame)
and ``OutfileOptions`` (frame count, codec, options); its ``Range`` is the render's first frame; it takes
the render job's ``Pool``, ``Priority`` and ``Note``.

One rule for every host: :func:`add_reviews` adds the movie of each job that can have one and returns why
each other job cannot (:func:`why_no_review`: no image sequence, no ``Range``, one frame, frames with
gaps); :func:`review_findings` turns those reasons into warnings. The frame rate is the request's, else
the studio's ``review.frame_rate``, else the scene's (a host's ``fps``), else :data:`DEFAULTS`'.
"""
from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple

from .graph import JobGraph
from .naming import FRAME_TOKEN, frame_pattern
from .outputs import outputs
from .studio import REVIEW_KEYS
from .validate import WARNING, Finding

if TYPE_CHECKING:
    from smedge_core import NameOrID

    from .studio import StudioDefaults

__all__ = ["DEFAULTS", "PYBLISH_KEY", "add_review", "add_reviews", "review_findings", "review_settings",
           "why_no_review"]

#: The Pyblish instance data key of a render instance asking for a review movie (a request, see above).
PYBLISH_KEY = "smedgeReview"
#: Review defaults when the studio sets none: H.264 in MP4 beside the images, as the reference's example.
DEFAULTS: Dict[str, Any] = {"product": "FFmpeg", "frame_rate": 24, "codec": "libx264",
                            "output_options": "-pix_fmt yuv420p", "output": "{folder}/{stem}.mp4",
                            "executable": ""}


def review_settings(request: Any, studio: Optional[StudioDefaults] = None,
                    fps: Optional[float] = None) -> Optional[Dict[str, Any]]:
    """The settings a request gives (None for no movie); ``fps`` the scene's frame rate, taken when neither
    the studio nor the request sets ``frame_rate``. ValueError names an unknown key or a bad value."""
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
    if fps is not None:
        settings["frame_rate"] = fps
    settings.update(studio.review if studio is not None else {})
    settings.update(request)
    rate = settings["frame_rate"]
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 < rate < float("inf"):
        raise ValueError(f"review frame_rate must be a number above 0, not {rate!r}")
    for key in ("product", "codec", "output"):
        if not isinstance(settings[key], str) or not settings[key].strip():
            raise ValueError(f"review {key} must be {REVIEW_KEYS[key]}, not {settings[key]!r}")
    return settings


def add_review(graph: JobGraph, job_id: NameOrID, request: Any = True, studio: Optional[StudioDefaults] = None,
               fps: Optional[float] = None) -> Optional[uuid.UUID]:
    """Add the encode job of one output of ``job_id`` waiting for the whole job; its ID, or None when the
    request asks for none. ``fps``: the scene's frame rate (see :func:`review_settings`). ValueError names
    a bad setting, or the job and :func:`why_no_review`'s reason when it cannot have a movie."""
    settings = review_settings(request, studio, fps)
    if settings is None:
        return None
    reason = why_no_review(graph, job_id, settings["source"])
    name = graph.name(job_id)
    if reason:  # the source's reasons name the job already
        raise ValueError(reason if reason.startswith("review") else f"review of job {name!r}: {reason}")
    image = _source(graph, job_id, settings["source"])
    numbers = list(graph.frames(job_id))  # type: ignore[arg-type]
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
    for key in ("Pool", "Priority", "Note"):
        value = graph.value(job_id, key)
        if value not in (None, ""):
            job[key] = value
    if settings["executable"]:
        job["Executable"] = settings["executable"]
    review_id = graph.add_job(job)
    graph.add_dependency(review_id, job_id, per_frame=False)
    return review_id


def why_no_review(graph: JobGraph, job_id: NameOrID, source: Any = 0) -> str:
    """Why ``job_id`` cannot have a movie of its output ``source`` (an index in ``ImageFormat``, an output,
    or None for none the host can use); "" when it can: its output is an image sequence and it renders an
    unbroken run of more than one frame (FFmpeg's image sequence input stops at the first gap)."""
    if source is None:
        return "it writes no image sequence a movie can be made of"
    try:
        _source(graph, job_id, source)
    except ValueError as err:
        return str(err)
    frames = graph.frames(job_id)
    if frames is None:
        return "the job sets no Range"
    numbers = list(frames)
    if len(numbers) < 2:
        return f"it renders one frame ({frames}): a movie needs more than one"
    if numbers != list(range(numbers[0], numbers[-1] + 1)):
        return (f"frames {frames} are not one unbroken run; FFmpeg's image sequence input stops at the first "
                "gap")
    return ""


def add_reviews(graph: JobGraph, sources: Mapping[Any, Any], request: Any,
                studio: Optional[StudioDefaults] = None, fps: Optional[float] = None) -> List[Tuple[Any, str]]:
    """The one rule of every host: a movie (:func:`add_review`) of each job of ``sources`` (job ID: which
    output, see :func:`why_no_review`) that can have one; ``(job ID, reason)`` of each that cannot. No job
    when ``request`` asks for none; ValueError names a bad setting (the same for every job)."""
    settings = review_settings(request, studio, fps)
    if settings is None:
        return []
    skipped: List[Tuple[Any, str]] = []
    for job_id, source in sources.items():
        reason = why_no_review(graph, job_id, source)
        if reason:
            skipped.append((job_id, reason))
        else:
            add_review(graph, job_id, dict(settings, source=source))
    return skipped


def review_findings(graph: JobGraph, sources: Mapping[Any, Any]) -> List[Finding]:
    """A warning for each job of ``sources`` (as :func:`add_reviews`) that gets no movie, saying why
    (:func:`why_no_review`); jobs no longer in ``graph`` (turned off in the dialog) are left out."""
    found = []
    for job_id, source in sources.items():
        reason = why_no_review(graph, job_id, source) if job_id in graph else ""
        if reason:
            found.append(Finding(WARNING, graph.name(job_id), job_id, "review", f"no review movie: {reason}"))
    return found


def _source(graph: JobGraph, job_id: NameOrID, source: Any) -> str:
    images = outputs(graph, job_id)
    name = graph.name(job_id)
    if not images:
        raise ValueError(f"review of job {name!r}: it names no output in ImageFormat, so no image sequence")
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
