"""The Smedge ROP: a Null ROP carrying the submit parms below, tagged with the user data ``smedge_submit``.

It is defined here in Python rather than as a binary asset: :func:`create` (the shelf tool) makes a Null
ROP in a ROP network and :func:`install` puts these parms on it with ``setParmTemplateGroup``. Wire the
ROPs to render into it; its buttons run one import and one call each:

- **Submit...** (:func:`on_dialog`): the Submit to Smedge dialog, its settings sticking to these parms;
- **Submit Again** (:func:`on_submit`): validates and submits headlessly with the settings on this ROP (the
  last ones the dialog stored), then shows the job IDs or what to fix;
- **Export Job Files** (:func:`on_export`): writes the job file and JSON into *Export Folder*.

The same three actions as every host's menu (Submit..., Submit again, Export job files).

Being a Null ROP it is structure, not a job: bypassing it passes its inputs on, locking it renders nothing.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Sequence

import hou

from . import collect as _collect

__all__ = ["create", "create_from_shelf", "install", "on_dialog", "on_export", "on_submit", "parm_templates"]

_log = logging.getLogger(__name__)

#: Bumped when the parms change; stored in the node's ``smedge_submit`` user data.
VERSION = "1"


def _callback(function: str) -> str:
    return f"from smedge_houdini import rop; rop.{function}(kwargs)"


def parm_templates() -> List[Any]:
    """The Smedge ROP's parms, in the order they show."""
    python = hou.scriptLanguage.Python
    return [
        hou.IntParmTemplate("priority", "Priority (0: studio default)", 1, default_value=(0,), min=0, max=100,
                            help="Priority of the jobs; 0: each job takes the studio default for its product. "
                                 "A job waiting frame by frame gets one more than what it waits on"),
        hou.StringParmTemplate("pool", "Pool (empty: studio default)", 1, default_value=("",),
                               help="Smedge pool; empty: the studio default (or none)"),
        hou.IntParmTemplate("packet_size", "Packet Size (0: studio default)", 1, default_value=(0,), min=0,
                            max=100, help="Frames per work unit; 0: the studio default for each job's product "
                                          "(a simulation is always one packet)"),
        hou.ToggleParmTemplate("paused", "Submit Paused", default_value=False),
        hou.StringParmTemplate("note", "Note", 1, default_value=("",)),
        hou.MenuParmTemplate("dependency_mode", "Dependencies", ("frame", "node"),
                             ("Frame by frame where frames line up", "Node by node (whole jobs)"), default_value=0,
                             help="Node by node makes every job wait for all of what it depends on"),
        hou.StringParmTemplate("export_dir", "Export Folder", 1, default_value=("$HIP/smedge",),
                               string_type=hou.stringParmType.FileReference,
                               help="Where Export Job Files writes the job file and its JSON"),
        hou.ButtonParmTemplate("open_dialog", "Submit...", script_callback=_callback("on_dialog"),
                               script_callback_language=python, join_with_next=True,
                               help="The Submit to Smedge dialog: jobs, waits, findings with fixes"),
        hou.ButtonParmTemplate("submit", "Submit Again", script_callback=_callback("on_submit"),
                               script_callback_language=python, join_with_next=True,
                               help="Submit with the settings on this ROP (the last ones the dialog stored)"),
        hou.ButtonParmTemplate("export", "Export Job Files", script_callback=_callback("on_export"),
                               script_callback_language=python,
                               help="Write the job file and its JSON into Export Folder; submits nothing"),
        hou.StringParmTemplate(_collect.OVERRIDES_PARM, "Per-job Overrides", 1, default_value=("",), is_hidden=True),
    ]


def install(node: hou.OpNode, defaults: Optional[Dict[str, Any]] = None) -> hou.OpNode:
    """Put the Smedge parms on ``node`` (a Null ROP) and tag it; ``defaults`` sets parm values
    (``priority``, ``pool``, ``packet_size``). Parms it already has keep their values. Returns the node."""
    group = node.parmTemplateGroup()
    for template in parm_templates():
        if group.find(template.name()) is None:
            group.append(template)
        else:
            group.replace(template.name(), template)
    node.setParmTemplateGroup(group)
    node.setUserData(_collect.SMEDGE_TAG, VERSION)
    _collect.write_rop_settings(node, {k: v for k, v in (defaults or {}).items() if v not in (None, "")})
    return node


def create(network: Optional[hou.Node] = None, inputs: Sequence[hou.Node] = ()) -> hou.OpNode:
    """A new Smedge ROP in ``network`` (default ``/out``) with ``inputs`` wired in. Its priority, pool and
    packet size start at 0 / empty: each job takes the studio defaults for its product when submitted."""
    parent = network if network is not None else hou.node("/out")
    if not isinstance(parent, _collect.node_class()):
        raise ValueError("network: {!r} is not a ROP network".format(network or "/out"))
    node = parent.createNode("null", "smedge_submit")
    install(node)
    for index, item in enumerate(inputs):
        node.setInput(index, item)
    return node


def create_from_shelf(kwargs: Dict[str, Any]) -> hou.OpNode:
    """The shelf tool: a Smedge ROP beside the selected ROPs (wired to them), else in ``/out``."""
    selected = [n for n in hou.selectedNodes() if isinstance(n, hou.RopNode)]
    network = selected[0].parent() if selected else hou.node("/out")
    node = create(network, [n for n in selected if n.parent() is network])
    node.setSelected(True, clear_all_selected=True)
    return node


def _message(text: str, severity: Any = None, details: Optional[str] = None) -> None:
    _log.info("%s%s", text, "\n" + details if details else "")
    if hou.isUIAvailable():
        hou.ui.displayMessage(text, severity=severity or hou.severityType.Message, title="Smedge",
                              details=details)


def on_submit(kwargs: Dict[str, Any]) -> Any:
    """Submit Again button: validate and submit the ROPs wired into this Smedge ROP (see :func:`_send`)."""
    return _send(kwargs["node"], "Submit")


def on_export(kwargs: Dict[str, Any]) -> Any:
    """Export Job Files button: write the job file and JSON into the Export Folder parm's folder."""
    import os

    node = kwargs["node"]
    folder = node.parm("export_dir").eval()
    try:
        if not folder:
            raise ValueError("Export Folder is empty; set it to the folder to write the job file into")
        if not os.path.isdir(folder):
            os.makedirs(folder)
    except (OSError, ValueError) as err:  # shown to the artist
        _outcome("Export", err)
        return None
    return _send(node, "Export", folder)


def _send(node: Any, what: str, export_to: Optional[str] = None) -> Any:
    """Submit or export the ROPs wired into ``node`` with the choices stored on it. With Houdini's UI (and
    Qt), the master is asked on a pool thread so Houdini stays free, and the outcome shows when it comes:
    returns the running task. In hython, here: returns the ``Result`` (None after a failure, logged)."""
    from .host import HoudiniHost

    if hou.isUIAvailable():
        try:
            from integrations.ui import background
        except ImportError:  # no Qt binding: submit here
            background = None  # type: ignore[assignment]
        if background is not None:
            return background.submit(HoudiniHost([node]), export_to=export_to, stored=True,
                                     notify=lambda outcome: _outcome(what, outcome))
    from integrations.host import submit

    try:
        result = submit(HoudiniHost([node]), export_to=export_to, stored=True)
    except Exception as err:  # shown to the artist; a callback must not raise into Houdini's UI
        _log.exception("%s from %s failed", what, node.path())
        _outcome(what, err)
        return None
    _outcome(what, result)
    return result


def _outcome(what: str, outcome: Any) -> None:
    """Show how a submit or export ended (a ``Result``, or the exception): a first line, the job IDs,
    files or findings as details."""
    from integrations.session import Result
    from integrations.validate import ValidationError

    if isinstance(outcome, Result):  # the same words as the dialog's and the other hosts'
        first, _, rest = outcome.summary().partition("\n")
        _message(first, details=rest or None)
    elif isinstance(outcome, ValidationError):
        _message(f"{what} refused: fix these first (Submit... shows them beside each job, with fixes).",
                 hou.severityType.Error, "\n".join(str(f) for f in outcome.findings))
    else:
        _message(f"{what} failed: {outcome}", hou.severityType.Error)


def on_dialog(kwargs: Dict[str, Any]) -> Any:
    """Submit... button: the Submit to Smedge dialog for this Smedge ROP (kept open until closed)."""
    from smedge_houdini import show

    try:
        return show(rops=[kwargs["node"]])
    except Exception as err:  # shown to the artist
        _log.exception("Opening the dialog from %s failed", kwargs["node"].path())
        _outcome("Opening the dialog", err)
        return None
