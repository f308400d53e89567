"""The native UI: the Smedge panel (Output properties), the operators (also in Render and F3), and the
background submit. Blender has no Qt: findings show in the panel and in a popup, each with its Fix.

Collecting and the host's checks run on Blender's main thread (bpy is main-thread only); the shared
validation and the Smedge commands run on a thread of their own; a timer brings the outcome back to the
main thread. Without a window (``blender -b``, bpy as a module) no timer runs, so the operators submit
on the calling thread.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Dict, List, Optional

import bpy

from integrations.validate import ERROR, Finding, ValidationError

from .host import BlenderHost
from .settings import BlendSettings

__all__ = ["STATE", "register", "unregister"]

_log = logging.getLogger(__name__)


class _State:
    """The last submit: whether one runs, its outcome text, its findings and the graph they were found on."""

    def __init__(self) -> None:
        self.running = False
        self.ok = True
        self.text = ""
        self.findings: List[Finding] = []
        self.graph: Any = None


STATE = _State()


class SmedgeSettings(bpy.types.PropertyGroup):
    """What the panel edits; saved with the scene, and stored for Submit again when a submit starts."""

    pool: bpy.props.StringProperty(name="Pool", description="Smedge pool (empty: each job's own)")
    use_priority: bpy.props.BoolProperty(name="Priority", description="Set the jobs' priority")
    priority: bpy.props.IntProperty(name="Priority", default=50, min=0, max=100)
    packet_size: bpy.props.IntProperty(name="Packet size", description="Frames per work unit (0: each job's own)",
                                       default=0, min=0)
    paused: bpy.props.BoolProperty(name="Submit paused")
    all_scenes: bpy.props.BoolProperty(name="All scenes", description="A job per scene, not only the active one")
    view_layers: bpy.props.BoolProperty(name="One job per view layer")
    encode: bpy.props.BoolProperty(name="FFmpeg encode", description="An FFmpeg encode per image sequence")


def _settings_dict(props: Any, stored: Dict[str, Any]) -> Dict[str, Any]:
    """The sticky-settings dict (``integrations`` format) of the panel's values; stored per-job values kept."""
    jobs = stored.get("jobs") if isinstance(stored.get("jobs"), dict) else {}
    return {"version": 1, "pool": props.pool.strip() or None,
            "priority": props.priority if props.use_priority else None,
            "packet_size": props.packet_size or None, "paused": props.paused, "note": "", "jobs": jobs,
            "options": {"all_scenes": props.all_scenes, "view_layers": props.view_layers, "encode": props.encode}}


class _Given(BlendSettings):
    """The file's store as ``prepare`` sees it during one submit: that submit's settings (and what loading
    the stored ones found)."""

    def __init__(self, settings: Dict[str, Any], damaged: str) -> None:
        super().__init__()
        self.settings, self.damaged = settings, damaged

    def load(self) -> Dict[str, Any]:
        return dict(self.settings)


def start(context: Any, export_to: Optional[str] = None, again: bool = False, fix: bool = False) -> None:
    """Submit (or export) the open file with the panel's settings (``again``: the settings last stored).
    The settings are stored in the file once it was sent, so a submit never makes the file modified first."""
    from integrations.host import prepare, send

    if STATE.running:
        raise RuntimeError("a submit is still running")
    host = BlenderHost()
    stored = host.store.load()
    settings = stored if again else _settings_dict(context.scene.smedge, stored)
    host.store = _Given(settings, host.store.damaged)
    prepared = prepare(host, fix=fix, stored=True)
    STATE.graph, STATE.findings = prepared.graph, []
    if any(f.severity == ERROR for f in prepared.found):  # the host's errors: nothing to ask the master
        _finish({"error": ValidationError(prepared.found)}, prepared.graph, export_to, settings)
        return
    outcome: Dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["result"] = send(prepared, export_to)
        except Exception as err:  # shown in the panel
            outcome["error"] = err

    if bpy.app.background:
        work()
        _finish(outcome, prepared.graph, export_to, settings)
        return
    STATE.running, STATE.text = True, "Submitting {} jobs...".format(len(prepared.graph))
    thread = threading.Thread(target=work, name="smedge-submit", daemon=True)
    thread.start()

    def poll() -> Optional[float]:
        if thread.is_alive():
            return 0.1
        _finish(outcome, prepared.graph, export_to, settings)
        return None

    bpy.app.timers.register(poll, first_interval=0.1)


def _finish(outcome: Dict[str, Any], graph: Any, export_to: Optional[str], settings: Dict[str, Any]) -> None:
    STATE.running = False
    error = outcome.get("error")
    if error is None:
        BlendSettings().save(settings)
        result = outcome["result"]
        STATE.ok = True
        if export_to is not None:
            STATE.text = "Exported {}; submit later with: Submit -FromFile {}".format(result[1], result[0])
        else:
            STATE.text = "Submitted {} jobs: {}".format(len(result), "; ".join(
                "{} = {}".format(graph.name(node), job) for node, job in result.items()))
        STATE.findings = []
    else:
        STATE.ok = False
        STATE.findings = list(getattr(error, "findings", []))
        STATE.text = "Nothing was sent" if STATE.findings else "{}: {}".format(type(error).__name__, error)
    _log.log(logging.INFO if STATE.ok else logging.WARNING, "%s%s", STATE.text,
             "".join("\n  " + str(f) for f in STATE.findings))
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
                       icon="INFO" if STATE.ok else "ERROR")


def _draw_outcome(layout: Any) -> None:
    layout.label(text=STATE.text, icon="INFO" if STATE.ok else "ERROR")
    for index, finding in enumerate(STATE.findings):
        row = layout.row()
        row.label(text="{} [{}]: {}".format(finding.job_name, finding.field, finding.message),
                  icon="ERROR" if finding.severity == ERROR else "INFO")
        if finding.fix is not None:
            row.operator(SMEDGE_OT_fix.bl_idname, text="Fix: " + finding.fix_description).index = index
    if any(f.fix is not None for f in STATE.findings):
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
        if self.index >= len(STATE.findings) or STATE.findings[self.index].fix is None:
            self.report({"ERROR"}, "No fix at index {} of the last findings".format(self.index))
            return {"CANCELLED"}
        finding = STATE.findings.pop(self.index)
        try:
            finding.apply(STATE.graph)
        except Exception as err:
            self.report({"ERROR"}, "Could not {}: {}".format(finding.fix_description, err))
            return {"CANCELLED"}
        self.report({"INFO"}, "Done: {}; submit again".format(finding.fix_description))
        return {"FINISHED"}


def _run(operator: Any, context: Any, **how: Any) -> Any:
    try:
        start(context, **how)
    except Exception as err:  # reported, never raised into Blender's event loop
        operator.report({"ERROR"}, "Smedge: could not collect the file: {}".format(err))
        return {"CANCELLED"}
    operator.report({"INFO"} if STATE.ok or STATE.running else {"WARNING"}, "Smedge: " + STATE.text)
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
    column.prop(props, "all_scenes")
    column.prop(props, "view_layers")
    column.prop(props, "encode")


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
        row.enabled = not STATE.running
        row.operator(SMEDGE_OT_submit.bl_idname, text="Submit", icon="RENDER_ANIMATION").fix = False
        row.operator(SMEDGE_OT_submit_again.bl_idname, text="Submit Again")
        row.operator(SMEDGE_OT_export.bl_idname, text="Export", icon="EXPORT")
        if STATE.text:
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
