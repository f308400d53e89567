"""The native UI: the Smedge panel (Output properties), the operators (also in Render and F3), and the
background submit. Blender has no Qt: findings show in the panel and in a popup, each with its Fix.

Collecting and the host's checks run on Blender's main thread (bpy is main-thread only:
``integrations.host.prepare``); the shared validation and the Smedge commands run on a thread of their
own (``Prepared.send``); a timer brings the ``Result`` (or the exception) back to the main thread.
Without a window (``blender -b``, bpy as a module) no timer runs, so the operators submit on the calling
thread.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import Any, Dict, List, Optional, Union

import bpy

from integrations.host import prepare
from integrations.session import Result, job_count
from integrations.settings import MemorySettings, Settings
from integrations.settings import load as load_settings
from integrations.validate import ERROR, WARNING, Finding, ValidationError

from .host import BlenderHost

__all__ = ["DIALOG", "SubmitDialog", "register", "unregister"]

_log = logging.getLogger(__name__)


class SubmitDialog:
    """Blender's native Submit dialog as a script sees it: the popup Submit to Smedge opens over the window
    (the panel's settings and build options, then Submit) and the outcome it and the panel show: whether a
    submit runs, its text, the findings (with their fixes) and the graph they were found on, the Result."""

    def __init__(self) -> None:
        self.running = False
        self.ok = True
        self.text = ""
        self.findings: List[Finding] = []
        self.graph: Any = None
        self.result: Optional[Result] = None

    def open(self, **options: Any) -> SubmitDialog:
        """Set the scene's build options (checked by the caller) and open the popup in Blender's window (the
        operator ``smedge.submit``, invoked); this dialog. RuntimeError without a window (``blender -b``, bpy
        as a module: there Blender would run the operator at once, submitting without asking)."""
        if bpy.app.background:
            raise RuntimeError("the Submit popup needs Blender's window; without one (blender -b, bpy as a "
                               "module) call smedge_blender.submit() or export()")
        for name, value in options.items():
            setattr(bpy.context.scene.smedge, name, value)
        opened = bpy.ops.smedge.submit("INVOKE_DEFAULT")
        if opened != {"RUNNING_MODAL"}:
            raise RuntimeError(f"the Submit popup did not open: {sorted(opened)}")
        return self


#: The one Submit dialog: what the popup, the panel and the operators show and change.
DIALOG = SubmitDialog()


def _settings_class() -> Any:
    """The panel's settings (a PropertyGroup saved with each scene): the common settings, and a check box
    per build option that ``BlenderHost.options`` declares."""
    properties: Dict[str, Any] = {
        "pool": bpy.props.StringProperty(name="Pool", description="Smedge pool (empty: each job's own)"),
        "use_priority": bpy.props.BoolProperty(name="Priority", description="Set the jobs' priority"),
        "priority": bpy.props.IntProperty(name="Priority", default=50, min=0, max=100),
        "packet_size": bpy.props.IntProperty(name="Packet size", description="Frames per work unit (0: each "
                                             "job's own)", default=0, min=0),
        "paused": bpy.props.BoolProperty(name="Submit paused")}
    for option in BlenderHost().options():
        if not isinstance(option.default, bool):
            raise TypeError(f"the panel offers check boxes only, not option {option.name}={option.default!r}")
        properties[option.name] = bpy.props.BoolProperty(name=option.label, description=option.tooltip,
                                                         default=option.default)
    return type("SmedgeSettings", (bpy.types.PropertyGroup,), {
        "__annotations__": properties, "__doc__": "What the panel edits; stored for Submit again once sent."})


SmedgeSettings = _settings_class()


def _panel_settings(props: Any, stored: Settings) -> Settings:
    """The sticky settings of the panel's values, the stored per-job values and note kept."""
    return replace(stored, pool=props.pool.strip() or None, priority=props.priority if props.use_priority else None,
                   packet_size=props.packet_size or None, paused=props.paused,
                   options={option.name: getattr(props, option.name) for option in BlenderHost().options()})


class _Chosen(BlenderHost):
    """The open file with the settings of one submit from the panel, as ``prepare(stored=True)`` reads them."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.chosen = MemorySettings(settings.to_data())

    def settings_store(self) -> MemorySettings:
        return self.chosen


def start(context: Any, export_to: Optional[str] = None, again: bool = False, fix: bool = False) -> None:
    """Submit (or export) the open file with the panel's settings (``again``: the settings last stored).
    The settings are stored in the file once it was sent, so a submit never makes the file modified first."""
    if DIALOG.running:
        raise RuntimeError("a submit is still running")
    host = BlenderHost()
    stored, damaged = load_settings(host.settings_store())
    if again:
        settings, prepared = stored, prepare(host, fix=fix, stored=True)  # the shared loader reports damage
    else:
        settings = _panel_settings(context.scene.smedge, stored)
        prepared = prepare(_Chosen(settings), fix=fix, stored=True)
        prepared.found += [Finding(WARNING, "Stored settings", None, key, message) for key, message in damaged]
    DIALOG.graph, DIALOG.findings = prepared.graph, []
    if any(f.severity == ERROR for f in prepared.found):  # the host's errors: nothing to ask the master
        _finish(ValidationError(prepared.found), settings)
        return
    outcome: List[Union[Result, Exception]] = []

    def work() -> None:
        try:
            outcome.append(prepared.send(export_to))
        except Exception as err:  # shown in the panel
            outcome.append(err)

    if bpy.app.background:
        work()
        _finish(outcome[0], settings)
        return
    DIALOG.running, DIALOG.text = True, f"Submitting {job_count(len(prepared.graph))}..."
    thread = threading.Thread(target=work, name="smedge-submit", daemon=True)
    thread.start()

    def poll() -> Optional[float]:
        if thread.is_alive():
            return 0.1
        _finish(outcome[0], settings)
        return None

    bpy.app.timers.register(poll, first_interval=0.1)


def _finish(outcome: Union[Result, Exception], settings: Settings) -> None:
    DIALOG.running = False
    if isinstance(outcome, Result):
        BlenderHost().settings_store().save(settings.to_data())
        DIALOG.ok, DIALOG.result, DIALOG.findings = True, outcome, list(outcome.findings)
        if outcome.job_file is not None:
            DIALOG.text = f"Exported {outcome.json_file}; submit later with: Submit -FromFile {outcome.job_file}"
        else:
            DIALOG.text = "Submitted {}: {}".format(job_count(len(outcome.ids)), "; ".join(
                f"{outcome.graph.name(node)} = {job}" for node, job in outcome.ids.items()))
    else:
        DIALOG.ok, DIALOG.result = False, None
        DIALOG.findings = list(getattr(outcome, "findings", []))
        DIALOG.text = "Nothing was sent" if DIALOG.findings else f"{type(outcome).__name__}: {outcome}"
    _log.log(logging.INFO if DIALOG.ok else logging.WARNING, "%s%s", DIALOG.text,
             "".join("\n  " + str(f) for f in DIALOG.findings))
    _show_outcome()


def _show_outcome() -> None:
    """Redraw the panel, and pop the outcome up in the window (nothing to do without one)."""
    manager = bpy.context.window_manager
    if manager is None or bpy.app.background:
        return
    for window in manager.windows:
        for area in window.screen.areas:
            if area.type == "PROPERTIES":
                area.tag_redraw()
    manager.popup_menu(lambda menu, _context: _draw_outcome(menu.layout), title="Smedge",
                       icon="INFO" if DIALOG.ok else "ERROR")


def _draw_outcome(layout: Any) -> None:
    layout.label(text=DIALOG.text, icon="INFO" if DIALOG.ok else "ERROR")
    for index, finding in enumerate(DIALOG.findings):
        row = layout.row()
        row.label(text=f"{finding.job_name} [{finding.field}]: {finding.message}",
                  icon="ERROR" if finding.severity == ERROR else "INFO")
        if finding.fix is not None:
            row.operator(SMEDGE_OT_fix.bl_idname, text="Fix: " + finding.fix_description).index = index
    if any(f.fix is not None for f in DIALOG.findings):
        layout.operator(SMEDGE_OT_submit.bl_idname, text="Fix all and submit").fix = True


class SMEDGE_OT_submit(bpy.types.Operator):
    """Validate the open file's jobs and submit them to Smedge (Blender stays responsive)"""

    bl_idname = "smedge.submit"
    bl_label = "Submit to Smedge"
    fix: bpy.props.BoolProperty(name="Apply fixes", description="Apply every available fix first")

    def invoke(self, context: Any, event: Any) -> Any:
        return context.window_manager.invoke_props_dialog(self, width=420)

    def draw(self, context: Any) -> None:
        _draw_settings(self.layout, context.scene.smedge)

    def execute(self, context: Any) -> Any:
        return _run(self, context, fix=self.fix)


class SMEDGE_OT_submit_again(bpy.types.Operator):
    """Submit to Smedge with the settings stored by the last submit"""

    bl_idname = "smedge.submit_again"
    bl_label = "Submit Again with the Last Settings"

    def execute(self, context: Any) -> Any:
        return _run(self, context, again=True)


class SMEDGE_OT_export(bpy.types.Operator):
    """Write the Smedge job file (for Submit -FromFile) and its JSON without submitting"""

    bl_idname = "smedge.export"
    bl_label = "Export Smedge Job Files"
    directory: bpy.props.StringProperty(subtype="DIR_PATH")

    def invoke(self, context: Any, event: Any) -> Any:
        context.window_manager.fileselect_add(self)
        return {"RUNNING_MODAL"}

    def execute(self, context: Any) -> Any:
        return _run(self, context, export_to=bpy.path.abspath(self.directory) or None)


class SMEDGE_OT_fix(bpy.types.Operator):
    """Apply this finding's fix"""

    bl_idname = "smedge.fix"
    bl_label = "Fix"
    index: bpy.props.IntProperty(min=0)

    def execute(self, context: Any) -> Any:
        if self.index >= len(DIALOG.findings) or DIALOG.findings[self.index].fix is None:
            self.report({"ERROR"}, f"No fix at index {self.index} of the last findings")
            return {"CANCELLED"}
        finding = DIALOG.findings.pop(self.index)
        try:
            finding.apply(DIALOG.graph)
        except Exception as err:
            self.report({"ERROR"}, f"Could not {finding.fix_description}: {err}")
            return {"CANCELLED"}
        self.report({"INFO"}, f"Done: {finding.fix_description}; submit again")
        return {"FINISHED"}


def _run(operator: Any, context: Any, **how: Any) -> Any:
    try:
        start(context, **how)
    except Exception as err:  # reported, never raised into Blender's event loop
        operator.report({"ERROR"}, f"Smedge: could not collect the file: {err}")
        return {"CANCELLED"}
    operator.report({"INFO"} if DIALOG.ok or DIALOG.running else {"WARNING"}, "Smedge: " + DIALOG.text)
    return {"FINISHED"}


def _draw_settings(layout: Any, props: Any) -> None:
    column = layout.column()
    column.prop(props, "pool")
    row = column.row(heading="Priority")
    row.prop(props, "use_priority", text="")
    sub = row.row()
    sub.active = props.use_priority
    sub.prop(props, "priority", text="")
    column.prop(props, "packet_size")
    column.prop(props, "paused")
    column.separator()
    for option in BlenderHost().options():
        column.prop(props, option.name)


class SMEDGE_PT_output(bpy.types.Panel):
    """The Smedge panel in the Output properties."""

    bl_label = "Smedge"
    bl_space_type = "PROPERTIES"
    bl_region_type = "WINDOW"
    bl_context = "output"

    def draw(self, context: Any) -> None:
        layout = self.layout
        _draw_settings(layout, context.scene.smedge)
        row = layout.row(align=True)
        row.enabled = not DIALOG.running
        row.operator(SMEDGE_OT_submit.bl_idname, text="Submit", icon="RENDER_ANIMATION").fix = False
        row.operator(SMEDGE_OT_submit_again.bl_idname, text="Submit Again")
        row.operator(SMEDGE_OT_export.bl_idname, text="Export", icon="EXPORT")
        if DIALOG.text:
            _draw_outcome(layout.box())


def _menu(menu: Any, context: Any) -> None:
    menu.layout.separator()
    menu.layout.operator(SMEDGE_OT_submit.bl_idname, icon="RENDER_ANIMATION")
    menu.layout.operator(SMEDGE_OT_submit_again.bl_idname)
    menu.layout.operator(SMEDGE_OT_export.bl_idname, icon="EXPORT")


CLASSES = (SmedgeSettings, SMEDGE_OT_submit, SMEDGE_OT_submit_again, SMEDGE_OT_export, SMEDGE_OT_fix, SMEDGE_PT_output)


def register() -> None:
    for cls in CLASSES:
        bpy.utils.register_class(cls)
    bpy.types.Scene.smedge = bpy.props.PointerProperty(type=SmedgeSettings)
    bpy.types.TOPBAR_MT_render.append(_menu)


def unregister() -> None:
    bpy.types.TOPBAR_MT_render.remove(_menu)
    del bpy.types.Scene.smedge
    for cls in reversed(CLASSES):
        bpy.utils.unregister_class(cls)
