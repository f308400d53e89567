"""What a DCC host gives the shared layer, and the two ways to run a submitter over it.

A host package (``smedge_maya``, ``smedge_nuke``, ``smedge_houdini``) subclasses :class:`Host`: the
scene path, its saved and modified state and a save action, the main window that parents dialogs, a
settings store kept in the scene, its own validation checks, and ``build_graph(options) -> JobGraph``.

:func:`show` opens the shared dialog for any host; :func:`submit` submits or exports without a UI
(scripts, batch mode, farm-side tools). Both read the studio defaults (:mod:`.studio`) when they start
and validate with the host's checks beside the shared ones. Nothing here imports Qt or a host module;
host checks and ``build_graph`` run on the caller's thread (the host's main thread).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, List, Optional, Tuple, Union
from uuid import UUID

from . import studio as _studio
from .graph import JobGraph
from .validate import (ERROR, WARNING, Finding, ValidationError, apply_fixes, max_priority, priority_findings,
                       scene_findings, unique, unsaved_scene, validate)

if TYPE_CHECKING:
    from smedge_core import Pool

    from .ui.dialog import SubmitDialog
    from .ui.settings import SettingsStore

__all__ = ["Check", "Host", "Option", "Prepared", "all_checks", "chosen_options", "collect", "findings", "prepare",
           "scene_check", "send", "show", "submit"]

_log = logging.getLogger(__name__)

#: A host check: takes the graph about to be sent, returns findings (with fixes where one exists).
Check = Callable[[JobGraph], Iterable[Finding]]


@dataclass(frozen=True)
class Option:
    """A ``build_graph`` keyword the artist chooses in the dialog: a check box for a bool default, a text
    field for a str one. The choice sticks with the scene's settings."""

    name: str
    label: str
    default: Union[bool, str] = False
    tooltip: str = ""


class Host(object):
    """One DCC session as the shared layer sees it. Subclass it and override what the host has.

    ``studio`` holds the studio defaults for this host, read once per Host object: a submitter makes a
    new Host each time it opens, so an edited defaults file takes effect the next time.
    """

    #: The host's key in studio defaults (``maya``, ``nuke``, ``houdini``).
    name = "host"
    #: The Smedge product of this host's jobs when studio defaults name none.
    product = "Generic Script"

    def __init__(self, studio: Optional[_studio.StudioDefaults] = None) -> None:
        self._studio = studio

    @property
    def studio(self) -> _studio.StudioDefaults:
        """The studio defaults for this host (read from the files on first use)."""
        if self._studio is None:
            self._studio = _studio.load(self.name)
        return self._studio

    # -- the scene -----------------------------------------------------------------------------
    def scene_path(self) -> str:
        """The scene's full path, ``""`` while it has never been saved."""
        raise NotImplementedError

    def is_modified(self) -> bool:
        """Whether the scene has changes not saved yet."""
        raise NotImplementedError

    def save(self) -> str:
        """Save the scene under its path and return it; RuntimeError when it cannot (never saved, say)."""
        raise NotImplementedError

    # -- the UI and the settings ---------------------------------------------------------------
    def main_window(self) -> Any:
        """The host's main window (a QWidget) that parents the dialog, or None."""
        return None

    def settings_store(self) -> SettingsStore:
        """Where the scene keeps its sticky submit settings: an object with ``load()`` and ``save(dict)``.

        By default a JSON file next to a saved scene, in memory for an unsaved one; hosts keep them in
        the scene (a node attribute, a root knob, a parm) so they travel with it.
        """
        from .ui.settings import JsonFileSettings, MemorySettings

        path = self.scene_path()
        return JsonFileSettings(path) if path else MemorySettings()

    # -- what it renders -----------------------------------------------------------------------
    def options(self) -> List[Option]:
        """The build options the dialog offers (split per camera, selected Writes only, ...)."""
        return []

    def checks(self) -> List[Check]:
        """The host's own checks (beyond :func:`scene_check`, which every host gets)."""
        return []

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        """The jobs to render, with their dependencies, for ``options`` (host-specific keywords)."""
        raise NotImplementedError

    def job_name(self) -> str:
        """Base name of exported files: the scene's file name without its extension."""
        path = self.scene_path()
        return os.path.splitext(os.path.basename(path))[0] if path else "smedge_jobs"


def scene_check(host: Host) -> Check:
    """The check every host gets: the scene is saved, and saved since its last change (Fix: save); the
    saved file exists on this machine (Fix: save it again), under a root the studio declares shared."""

    def check(graph: JobGraph) -> List[Finding]:
        path = host.scene_path()
        if not path:
            return [unsaved_scene()]
        if host.is_modified():
            return [Finding(ERROR, "Scene", None, "Scene", "{} has changes that are not saved; the farm "
                            "renders the saved file".format(os.path.basename(path)),
                            fix_description="save {}".format(path), fix=lambda _graph: host.save())]
        return [replace(f, fix_description="save the scene to {}".format(path), fix=lambda _graph: host.save())
                if f.severity == ERROR else f for f in scene_findings(path, host.studio.shared_roots)]

    return check


def collect(host: Host, **options: Any) -> JobGraph:
    """The host's graph for ``options``, with the studio's job defaults filled in where a job sets none,
    and each job that waits per frame raised above its parents' priority (Smedge's rule), so that
    defaults giving every job one priority still make a graph that can be sent; never past the product's
    highest priority when the product definitions are known already (collecting asks the master nothing:
    validation reports what is left)."""
    graph = host.build_graph(options)
    host.studio.apply(graph, host.product)
    apply_fixes(graph, priority_findings(graph, limit_of=lambda product: max_priority(product, fetch=False)))
    return graph


def all_checks(host: Host) -> List[Check]:
    """The host's own checks, the studio defaults' findings and the scene check, as checks.

    The scene check comes last so that "Fix all" saves the scene after the fixes that change it.
    """
    problems = list(host.studio.findings)
    return list(host.checks()) + [lambda graph: problems, scene_check(host)]


def findings(host: Host, graph: JobGraph, pools: Optional[List[Pool]] = None) -> List[Finding]:
    """The shared validation of ``graph`` with every host check (see :func:`.validate.validate`)."""
    return validate(graph, pools=pools, checks=all_checks(host))


def show(host: Host, **options: Any) -> SubmitDialog:
    """Collect and open the shared Submit dialog for ``host``, parented to its main window; return it.

    The host's :meth:`Host.options` show in the dialog, starting from ``options``, else the choice stored
    with the scene, else their defaults; changing one collects again. Keep a reference to the dialog
    while it is open. Qt is imported here, not before.
    """
    from .ui.dialog import show_submit_dialog

    store = host.settings_store()
    # an option given in another form than the dialog's (Maya's comp as a dict, say) is not offered
    offered = [o for o in host.options() if o.name not in options or isinstance(options[o.name], type(o.default))]
    chosen = chosen_options(offered, store.load(), options)
    graph = collect(host, **dict(options, **chosen))
    scene = host.scene_path()
    return show_submit_dialog(graph, settings=store, parent=host.main_window(), name=host.job_name(),
                              export_folder=os.path.dirname(scene) or None, checks=all_checks(host),
                              options=offered, chosen=chosen,
                              rebuild=lambda choices: collect(host, **dict(options, **choices)))


def chosen_options(offered: List[Option], stored: Any, given: Dict[str, Any]) -> Dict[str, Any]:
    """Each offered option's value: given by the caller, else stored with the scene (when of the
    option's type), else its default."""
    saved = stored.get("options") if isinstance(stored, dict) else None
    saved = saved if isinstance(saved, dict) else {}
    chosen = {}  # type: Dict[str, Any]
    for option in offered:
        value = saved.get(option.name, option.default)
        chosen[option.name] = value if isinstance(value, type(option.default)) else option.default
    chosen.update((name, value) for name, value in given.items() if name in chosen)
    return chosen


@dataclass
class Prepared:
    """A collected graph ready to be sent: what :func:`prepare` made on the host's thread for :func:`send`."""

    graph: JobGraph
    paused: bool
    name: str  # the base name of exported files
    found: List[Finding]  # what the host's side found: its checks, studio defaults, the scene, stored settings
    fix: bool


def prepare(host: Host, paused: Optional[bool] = None, fix: bool = False, stored: bool = False,
            **options: Any) -> Prepared:
    """Collect and run the host's side of validation, on the host's main thread; asks the master nothing.

    ``stored`` applies the choices the dialog last stored in the scene (common settings, per-job values,
    jobs turned off, Submit paused), as the dialog would: "submit again with the last settings".
    ``paused`` (when given) wins over the stored choice. ``fix`` applies the host's fixes (changing the
    scene, saving it) here and the shared ones (raising a priority) in :func:`send`.
    """
    saved = host.settings_store().load() if stored else {}
    if stored:  # the build options the dialog stored, unless given here
        options = dict(options, **chosen_options(
            [o for o in host.options() if o.name not in options], saved, {}))
    graph = collect(host, **options)
    problems = []  # type: List[Finding]
    if stored:
        from .ui.session import Submission  # the dialog's logic, without Qt

        session = Submission(graph, saved)
        graph = session.build()
        problems = list(session.settings_findings)
        paused = session.common["paused"] if paused is None else paused

    def host_findings() -> List[Finding]:
        return problems + [finding for check in all_checks(host) for finding in check(graph)]

    found = host_findings()
    if fix and any(f.fix is not None for f in found):
        _log.info("Applied %d fixes", apply_fixes(graph, found))
        found = host_findings()
    return Prepared(graph, bool(paused), host.job_name(), found, fix)


def send(prepared: Prepared, export_to: Optional[str] = None) -> Union[Dict[UUID, UUID], Tuple[str, str]]:
    """The shared validation, then one Submit call (or, with ``export_to``, the job file and JSON written
    there); never calls the host, so it may run on any thread. Raises ValidationError before anything is
    sent when an error remains. Returns ``{node ID: job ID}``, or ``(job file, JSON file)``."""
    graph = prepared.graph
    shared = validate(graph)
    if prepared.fix and any(f.fix is not None for f in shared):
        _log.info("Applied %d fixes", apply_fixes(graph, shared))
        shared = validate(graph)
    found = unique(shared + prepared.found)
    if any(f.severity == ERROR for f in found):
        raise ValidationError(found)
    for finding in found:
        if finding.severity == WARNING:
            _log.warning("%s", finding)
    if export_to is not None:
        from .export import export_graph

        job_file = os.path.join(export_to, prepared.name + ".sj")
        json_file = os.path.join(export_to, prepared.name + ".json")
        export_graph(graph, job_file, json_file, paused=prepared.paused, check=False)
        return job_file, json_file
    from .submit import submit_graph

    return submit_graph(graph, paused=prepared.paused, check=False)


def submit(host: Host, paused: Optional[bool] = None, fix: bool = False, export_to: Optional[str] = None,
           stored: bool = False, **options: Any) -> Union[Dict[UUID, UUID], Tuple[str, str]]:
    """Collect, validate and submit (or, with ``export_to``, export) without a UI, on the caller's thread:
    :func:`prepare` then :func:`send`. From a host's UI, ``integrations.ui.background.submit`` does the same
    without freezing the host."""
    return send(prepare(host, paused, fix, stored, **options), export_to)
