"""What a DCC host gives the shared layer, and the headless way to run a submitter over it.

A host package (``smedge_maya``, ``smedge_nuke``, ``smedge_houdini``, ``smedge_blender``) subclasses
:class:`Host`: the
scene path, its saved and modified state and a save action, the main window that parents dialogs, a
settings store kept in the scene, its build options (declared once, :meth:`Host.options`), its own
validation checks, and ``build_graph(options) -> JobGraph``.

:func:`collect` builds the graph for options; :func:`submit` submits or exports without a UI (scripts,
batch mode, farm-side tools) through :func:`prepare` and the one send path (:func:`.session.send`).
``integrations.ui.show`` opens the shared dialog over the same calls. Everything reads the studio
defaults (:mod:`.studio`) and validates with the host's checks beside the shared ones. Nothing here
imports Qt, ``integrations.ui`` or a host module; host checks and ``build_graph`` run on the caller's
thread (the host's main thread).
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from . import studio as _studio
from .graph import JobGraph
from .products import FARM_CONTROLS
from .session import Check, Result, Submission, send
from .settings import JsonFileSettings, MemorySettings, Settings, SettingsStore
from .settings import load as load_settings
from .validate import (ERROR, Finding, apply_fixes, max_priority, priority_findings, scene_findings, unsaved_scene,
                       validate)

if TYPE_CHECKING:
    from smedge_core import Pool

__all__ = ["Check", "Host", "Option", "Prepared", "all_checks", "chosen_options", "collect", "findings", "offered",
           "prepare", "scene_check", "submit"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Option:
    """A ``build_graph`` keyword of a host, declared once in :meth:`Host.options`.

    ``default`` is used when the caller gives none. The dialog offers it (a check box for a bool default,
    a list for ``choices``, a text field for a str default) unless ``shown`` is False (a list of layer
    names, say); the choice sticks with the scene's settings. A bool option takes only True or False,
    an option with ``choices`` only one of them; the host's ``build`` checks the rest.
    """

    name: str
    label: str
    default: Any = False
    tooltip: str = ""
    choices: Tuple[str, ...] = ()
    shown: bool = True

    def check(self, value: Any) -> Any:
        """``value`` when this option may take it; ValueError naming the option and value otherwise."""
        if isinstance(self.default, bool) and not isinstance(value, bool):
            raise ValueError(f"{self.name} must be True or False, not {value!r}")
        if self.choices and value not in self.choices:
            raise ValueError("{} must be one of {}, not {!r}".format(
                self.name, ", ".join(repr(c) for c in self.choices), value))
        return value


class Host:
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
        """Where the scene keeps its sticky submit settings (see :mod:`.settings`).

        By default a JSON file next to a saved scene, in memory for an unsaved one; hosts keep them in
        the scene (a node attribute, a root knob, a parm) so they travel with it.
        """
        path = self.scene_path()
        return JsonFileSettings(path) if path else MemorySettings()

    # -- what it renders -----------------------------------------------------------------------
    def options(self) -> List[Option]:
        """Every keyword ``build_graph`` takes, with its default (split per camera, selected Writes only...);
        :func:`collect` refuses any other."""
        return []

    def checks(self) -> List[Check]:
        """The host's own checks (beyond :func:`scene_check`, which every host gets)."""
        return []

    def build_graph(self, options: Dict[str, Any]) -> JobGraph:
        """The jobs to render, with their dependencies, for ``options``: every option of :meth:`options`,
        given or defaulted (see :func:`collect`). Typically: read the scene into records (``collect``),
        then ``jobs.build(records, options, self.studio)``."""
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
            return [Finding(ERROR, "Scene", None, "Scene", f"{os.path.basename(path)} has changes that are not "
                            "saved; the farm renders the saved file",
                            fix_description=f"save {path}", fix=lambda _graph: host.save())]
        return [replace(f, fix_description=f"save the scene to {path}", fix=lambda _graph: host.save())
                if f.severity == ERROR else f for f in scene_findings(path, host.studio.shared_roots)]

    return check


def collect(host: Host, **options: Any) -> JobGraph:
    """The host's graph for ``options``, with the studio's job defaults filled in where a job sets none,
    and each job that waits per frame raised above its parents' priority (Smedge's rule), so that
    defaults giving every job one priority still make a graph that can be sent; never past the product's
    highest priority when the product definitions are known already (collecting asks the master nothing:
    validation reports what is left). The farm controls of ``integrations.products.FARM_CONTROLS``
    (``cpus=4``, ``detect_errors=True``...), where the host declares no option of that name, are set on
    every job, before the studio's defaults; ``conform_job`` checks them against each job's product when
    the graph is validated. ValueError for an option the host does not declare, or a value it cannot take."""
    declared = {option.name: option for option in host.options()}
    farm = {FARM_CONTROLS[name]: options.pop(name) for name in list(options)
            if name in FARM_CONTROLS and name not in declared}
    unknown = sorted(set(options) - set(declared))
    if unknown:
        controls = sorted(set(FARM_CONTROLS) - set(declared))
        raise ValueError("Unknown {} option(s) {}; known: {}; farm controls: {}".format(
            host.name.capitalize(), ", ".join(repr(name) for name in unknown), ", ".join(sorted(declared)) or "none",
            ", ".join(controls)))
    graph = host.build_graph({name: option.check(options[name]) if name in options else option.default
                              for name, option in declared.items()})
    for job_id in graph:
        for parameter, value in farm.items():
            graph.set_value(job_id, parameter, value)
    host.studio.apply(graph, host.product)
    apply_fixes(graph, priority_findings(graph, limit_of=lambda product: max_priority(product, fetch=False)))
    return graph


def all_checks(host: Host) -> List[Check]:
    """The host's own checks, the studio defaults' findings and the scene check, as checks.

    The scene check comes last so that "Fix all" saves the scene after the fixes that change it.
    """
    problems = list(host.studio.findings)
    return [*host.checks(), lambda graph: problems, scene_check(host)]


def findings(host: Host, graph: JobGraph, pools: Optional[List[Pool]] = None) -> List[Finding]:
    """The shared validation of ``graph`` with every host check (see :func:`.validate.validate`)."""
    return validate(graph, pools=pools, checks=all_checks(host))


def chosen_options(options: List[Option], stored: Settings, given: Dict[str, Any]) -> Dict[str, Any]:
    """Each option's value: given by the caller, else stored with the scene (when the option may take
    it), else its default."""
    chosen: Dict[str, Any] = {}
    for option in options:
        value = stored.options.get(option.name, option.default)
        chosen[option.name] = value if _takes(option, value) else option.default
    chosen.update((name, value) for name, value in given.items() if name in chosen)
    return chosen


def offered(host: Host, given: Dict[str, Any]) -> List[Option]:
    """The options the dialog offers: those shown, unless given in a form the dialog does not edit."""
    return [o for o in host.options() if o.shown and (o.name not in given or _takes(o, given[o.name]))]


def _takes(option: Option, value: Any) -> bool:
    try:
        option.check(value)
    except ValueError:
        return False
    return isinstance(value, type(option.default))


@dataclass
class Prepared:
    """A collected graph ready for :func:`.session.send`: what :func:`prepare` made on the host's thread."""

    graph: JobGraph
    paused: bool
    name: str  # the base name of exported files
    found: List[Finding]  # what the host's side found: its checks, studio defaults, the scene, stored settings
    fix: bool

    def send(self, export_to: Optional[str] = None) -> Result:
        """:func:`.session.send` of this graph (on any thread: it never calls the host)."""
        return send(self.graph, self.paused, export_to, self.name, self.found, self.fix)


def prepare(host: Host, paused: Optional[bool] = None, fix: bool = False, stored: bool = False,
            **options: Any) -> Prepared:
    """Collect and run the host's side of validation, on the host's main thread; asks the master nothing.

    ``stored`` applies the choices the dialog last stored in the scene (common settings, per-job values,
    jobs turned off, Submit paused, build options), as the dialog would: "submit again with the last
    settings". ``paused`` (when given) wins over the stored choice. ``fix`` applies the host's fixes
    (changing the scene, saving it) here and the shared ones (raising a priority) when sent.
    """
    problems: List[Finding] = []
    if stored:
        saved, damaged = load_settings(host.settings_store())
        options = dict(options, **chosen_options([o for o in offered(host, {}) if o.name not in options], saved, {}))
        session = Submission(collect(host, **options), saved, damaged)
        graph = session.build()
        problems = list(session.settings_findings)
        paused = session.common["paused"] if paused is None else paused
    else:
        graph = collect(host, **options)

    def host_findings() -> List[Finding]:
        return problems + [finding for check in all_checks(host) for finding in check(graph)]

    found = host_findings()
    if fix and any(f.fix is not None for f in found):
        _log.info("Applied %d fixes", apply_fixes(graph, found))
        found = host_findings()
    return Prepared(graph, bool(paused), host.job_name(), found, fix)


def submit(host: Host, paused: Optional[bool] = None, fix: bool = False, export_to: Optional[str] = None,
           stored: bool = False, **options: Any) -> Result:
    """Collect, validate and submit (or, with ``export_to``, export) without a UI, on the caller's thread:
    :func:`prepare` then :meth:`Prepared.send`. From a host's UI, ``integrations.ui.background.submit``
    does the same without freezing the host."""
    return prepare(host, paused, fix, stored, **options).send(export_to)
