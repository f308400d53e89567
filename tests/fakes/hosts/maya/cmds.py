"""The fake ``maya.cmds``: the commands the Smedge glue and its tests use, over one stateful scene.

Written from Autodesk's command reference and ``/work/shared/hosts-reference.md``: flags take their long
or short names, errors are raised as Maya raises them (``ValueError: No object matches name: x``,
``RuntimeError`` for a failed command), and empty results are what Maya returns (``None`` from an empty
``listConnections``/``listRelatives``, ``[]`` from ``ls``).
"""
import fnmatch
import logging
import os

from . import _ma
from ._ma import Str
from ._scene import Scene

_scene = Scene()
_log = logging.getLogger("maya")

def _opts(kwargs, *names):
    """The flags of one call by long name (each of ``names`` is ``"long short"``); TypeError for a flag
    the command does not have, as Maya raises."""
    known = {}
    for pair in names:
        long = pair.split()[0]
        for alias in pair.split():
            known[alias] = long
    out = {}
    for key, value in kwargs.items():
        if key not in known:
            raise TypeError(f"Invalid flag '{key}'")
        out[known[key]] = value
    return out


def _touch():
    _scene.modified = True


# -- files ---------------------------------------------------------------------------------------
def file(*args, **kwargs):
    o = _opts(kwargs, "query q", "sceneName sn", "shortName shn", "modified mf", "save s", "force f", "open o", "new", "rename rn", "type typ", "reference r", "location loc", "prompt pmt", "options op", "ignoreVersion iv", "errorStatus est")
    if o.get("query"):
        if o.get("errorStatus"):
            return bool(_scene.load_errors)
        if o.get("sceneName") or o.get("location"):
            name = _scene.scene_name
            return os.path.basename(name) if o.get("shortName") else name
        if o.get("modified"):
            return _scene.modified
        if o.get("reference"):
            return [ref.path for ref in _scene.references if ref.parent is None]
        raise RuntimeError("file: no query flag given")
    if "modified" in o and not (o.get("save") or o.get("open") or o.get("new")):
        _scene.modified = bool(o["modified"])
        return None
    if o.get("rename"):
        _scene.scene_name = os.path.abspath(o["rename"])
        return _scene.scene_name
    if o.get("new"):
        _refuse_unsaved(o)
        _scene.new(cameras=True)
        return "untitled"
    if o.get("open"):
        _refuse_unsaved(o)
        path = os.path.abspath(args[0])
        if not os.path.isfile(path):
            raise RuntimeError(f"File not found: {args[0]}")
        _scene.new(cameras=False)
        try:
            _ma.read(_scene, path)
            if _scene.load_errors:
                _log.warning("file: %s: Errors have occurred while reading this scene that may result in data "
                             "loss (%d failed commands; the first: %s)", path, len(_scene.load_errors),
                             _scene.load_errors[0])
        finally:
            _scene.scene_name, _scene.modified = path, False
            _settle_saved_layer()
        return path
    if o.get("save"):
        path = _scene.scene_name
        if not path:
            raise RuntimeError("The scene has never been saved: give it a name with file -rename first")
        if not path.lower().endswith(".ma") or o.get("type") not in (None, "mayaAscii"):
            raise RuntimeError(f"The fake Maya writes Maya ASCII (.ma) only: {path}")
        _ma.write(_scene, path)
        _scene.modified = False
        return path
    raise RuntimeError("file: no action flag given")


def _refuse_unsaved(o):
    if _scene.modified and not o.get("force"):
        raise RuntimeError("Unsaved changes.")


def _settle_saved_layer():
    """A file saved in a legacy layer holds that layer's values; its master values are in the default
    layer's adjustments. Put the master values in place and make the saved layer current again."""
    manager = _scene.find("renderLayerManager")
    current = manager.get("currentRenderLayer") if manager is not None else 0
    if not current:
        return
    slot = next((a for a, (_kind, value) in manager.values.items()
                 if a.startswith("renderLayerId[") and value == current), None)
    layer = next((n for n, a in _scene.destinations(manager, slot) if n.type == "renderLayer"), None) if slot else None
    if layer is None or layer.name == "defaultRenderLayer":
        return
    for source_layer, keep in ((layer, True), (_scene.find("defaultRenderLayer"), False)):
        for index, (node, attr) in _adjustments(source_layer):
            value_attr = f"adjustments[{index}].value"
            spec = node.resolve(attr, False)[1]  # None for an attribute the fake does not model
            if keep:
                source_layer.set(value_attr, _scene.to_ui(spec.kind if spec else "", node.get(attr)))
            else:
                node.set(attr, _scene.to_internal(spec.kind if spec else "", source_layer.get(value_attr)))
    _scene.switch_layer(layer.name)


def _adjustments(layer):
    index = 0
    while layer is not None and (f"adjustments[{index}].value" in layer.values
                                 or _scene.source(layer, f"adjustments[{index}].plug")):
        source = _scene.source(layer, f"adjustments[{index}].plug")
        if source is not None:
            yield index, source
        index += 1


def workspace(*args, **kwargs):
    o = _opts(kwargs, "query q", "rootDirectory rd", "directory dir", "fileRuleEntry fre", "fileRule fr", "openWorkspace o", "expandName en")
    if o.get("openWorkspace"):
        folder = os.path.abspath(args[0])
        if not os.path.isdir(folder):
            raise RuntimeError(f"Workspace not found: {args[0]}")
        _scene.project = folder
        _read_workspace_file(folder)
        return None
    if "fileRuleEntry" in o:
        return _scene.rules.get(o["fileRuleEntry"], "")
    if "expandName" in o:
        return os.path.join(_scene.project, os.path.expanduser(os.path.expandvars(o["expandName"]))).replace("\\", "/")
    if o.get("query"):
        if o.get("rootDirectory") or o.get("directory"):
            return _scene.project.replace("\\", "/").rstrip("/") + "/"
        if o.get("fileRule"):
            return [x for rule in sorted(_scene.rules.items()) for x in rule]
    raise RuntimeError("workspace: no flag given")


def _read_workspace_file(folder):
    path = os.path.join(folder, "workspace.mel")
    if not os.path.isfile(path):
        return
    with open(path, encoding="utf-8", errors="replace") as stream:
        for _line, tokens in _ma.statements(stream.read()):
            if tokens[:2] == ["workspace", "-fr"] and len(tokens) >= 4:
                _scene.rules[str(tokens[2])] = str(tokens[3])


def about(**kwargs):
    o = _opts(kwargs, "batch b", "version v", "apiVersion api")
    if o.get("batch"):
        return _scene.batch
    if o.get("version"):
        return _scene.version
    if o.get("apiVersion"):
        return int(_scene.version) * 100
    raise RuntimeError("about: no flag given")


def currentUnit(**kwargs):
    o = _opts(kwargs, "query q", "time t", "linear l", "angle a", "fullName f", "updateAnimation ua")
    if o.get("query"):
        if o.get("time"):
            return _scene.time_unit
        if o.get("linear"):
            return "cm"
        if o.get("angle"):
            return "deg"
        raise RuntimeError("currentUnit: no query flag given")
    if "time" in o:
        try:
            _scene.set_time_unit(o["time"])
        except ValueError as err:
            raise RuntimeError(str(err)) from err
    return None


def currentTime(*args, **kwargs):
    o = _opts(kwargs, "query q", "update u", "edit e")
    if o.get("query"):
        return _scene.to_ui("time", _scene.node("time1").get("outTime"))
    if args:
        _scene.node("time1").set("outTime", _scene.to_internal("time", float(args[0])))
        return float(args[0])
    raise RuntimeError("currentTime: no time given")


# -- nodes ---------------------------------------------------------------------------------------
def ls(*args, **kwargs):
    o = _opts(kwargs, "type typ", "long l", "exactType et", "references rf")
    nodes = list(_scene.nodes)
    if args:
        names = [a for arg in args for a in ([arg] if isinstance(arg, str) else arg)]
        nodes = [n for n in nodes if any(n in _scene.matches(name) for name in names)]
    if o.get("references"):
        nodes = [n for n in nodes if n.type == "reference"]
    kinds = o.get("type") or o.get("exactType")
    if kinds:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        nodes = [n for n in nodes if n.type in kinds]
    return [n.path if o.get("long") else _scene.display_name(n) for n in nodes]


def objExists(name):
    try:
        if "." in name:
            _scene.plug(name)
        else:
            _scene.node(name)
        return True
    except ValueError:
        return False


def nodeType(name):
    return _scene.node(name).type


def createNode(kind, **kwargs):
    o = _opts(kwargs, "name n", "parent p", "skipSelect ss", "shared s")
    name = o.get("name") or _unique(kind + "1")
    if _scene.find(name) is not None and "parent" not in o:
        name = _unique(name)
    node = _scene.create(kind, name, parent=o.get("parent"))
    _touch()
    return _scene.display_name(node)


def _unique(name):
    stem = name.rstrip("0123456789") or name
    number = 1
    while _scene.find(f"{stem}{number}") is not None:
        number += 1
    return f"{stem}{number}"


def delete(*names):
    for name in names:
        node = _scene.node(name)
        if node.default or node.locked or node.reference is not None:
            raise RuntimeError("Cannot delete the {} node '{}'.".format(
                "default" if node.default else "locked" if node.locked else "referenced", name))
        _scene.delete(node)
    _touch()


def listRelatives(*args, **kwargs):
    o = _opts(kwargs, "parent p", "children c", "shapes s", "fullPath f", "type typ", "allParents ap", "allDescendents ad")
    node = _scene.node(args[0])
    if o.get("parent") or o.get("allParents"):
        found = [node.parent] if node.parent is not None else []
    else:
        found = list(node.children)
        if o.get("allDescendents"):
            stack, found = list(node.children), []
            while stack:
                child = stack.pop()
                found.append(child)
                stack.extend(child.children)
        if o.get("shapes"):
            found = [n for n in found if n.is_shape]
    if o.get("type"):
        found = [n for n in found if n.type == o["type"]]
    names = [n.path if o.get("fullPath") else _scene.display_name(n) for n in found]
    return names or None


def listConnections(*args, **kwargs):
    o = _opts(kwargs, "source s", "destination d", "type t", "plugs p", "connections c", "skipConversionNodes scn", "exactType et")
    target = args[0]
    if "." in target:
        node, attr = _scene.plug(target)
    else:
        node, attr = _scene.node(target), None
    source, destination = o.get("source", True), o.get("destination", True)

    def mine(plug):
        return plug[0] is node and (attr is None or plug[1] == attr or plug[1].startswith(attr + "[")
                                    or plug[1].startswith(attr + "."))

    found = []
    for src, dst in _scene.by_node.get(node, ()):
        if destination and mine(src):
            found.append((src, dst))
        if source and mine(dst):
            found.append((dst, src))
    kind = o.get("type") or o.get("exactType")
    if kind:
        found = [(own, other) for own, other in found if other[0].type == kind]
    out = []
    for own, other in found:
        other_name = _scene.display_name(other[0]) + ("." + other[1] if o.get("plugs") else "")
        if o.get("connections"):
            out.extend([_scene.display_name(own[0]) + "." + own[1], other_name])
        else:
            out.append(other_name)
    return out or None


def connectAttr(source, destination, **kwargs):
    o = _opts(kwargs, "force f", "nextAvailable na", "lock l")
    _scene.connect(source, destination, next_available=o.get("nextAvailable", False), force=o.get("force", False),
                   strict=True)
    _touch()


def addAttr(*args, **kwargs):
    o = _opts(kwargs, "longName ln", "shortName sn", "attributeType at", "dataType dt", "defaultValue dv", "niceName nn", "hidden h")
    node = _scene.node(args[0])
    flags = {"-ln": Str(o["longName"]), "-sn": Str(o.get("shortName") or o["longName"])}
    if "dataType" in o:
        flags["-dt"] = Str(o["dataType"])
    else:
        flags["-at"] = Str(o.get("attributeType", "double"))
    if "defaultValue" in o:
        flags["-dv"] = str(o["defaultValue"])
    node.add_attr(flags)
    _touch()


def listAttr(*args, **kwargs):
    """The node's attribute long names (modelled, added, and those the file set), ``string`` a wildcard."""
    o = _opts(kwargs, "string st", "userDefined ud")
    node = _scene.node(args[0])
    names = [s.long for s in node.dynamic.values()] if o.get("userDefined") else (
        [s.long for s in node.specs.values()] + [s.long for s in node.dynamic.values()]
        + [k.split("[")[0].split(".")[0] for k in node.values])
    names = list(dict.fromkeys(names))
    if o.get("string"):
        names = [n for n in names if fnmatch.fnmatchcase(n, o["string"])]
    return names or None


def getAttr(plug, **kwargs):
    o = _opts(kwargs, "type typ", "asString", "silent sl", "time t")
    node, attr, spec = _readable(plug)
    if o.get("type"):
        return spec.kind if spec is not None else "unknown"
    if spec is not None and spec.kind == "message":
        raise RuntimeError(f"The value for the attribute could not be retrieved: {plug}")
    value = _scene.layer_value(node, attr)
    kind = spec.kind if spec is not None else node.values.get(attr, ("raw", None))[0]
    if kind == "raw":
        return _raw(value)
    if kind == "string":
        return value or None
    if isinstance(value, tuple):
        return [value]
    return _scene.to_ui(kind, value)


def _readable(plug):
    """``(node, canonical attribute, spec)``; a shape attribute read through its transform works."""
    if "." not in plug:
        raise ValueError(f"No object matches name: {plug}")
    name, attr = plug.split(".", 1)
    if not _scene.matches(name):
        raise ValueError(f"No object matches name: {plug}")
    node = _scene.node(name)  # several matches: Maya's "More than one object matches name"
    try:
        canonical, spec = node.resolve(attr)
    except ValueError:
        shapes = [c for c in node.children if c.is_shape]
        if node.type != "transform" or len(shapes) != 1 or shapes[0].spec(attr.split(".")[0].split("[")[0]) is None:
            raise ValueError(f"No object matches name: {plug}") from None
        node = shapes[0]
        canonical, spec = node.resolve(attr)
    return node, canonical, spec


def _raw(tokens):
    values = [_ma.scalar(t) for t in (tokens or [])]
    return values[0] if len(values) == 1 else (values or None)


def setAttr(plug, *values, **kwargs):
    o = _opts(kwargs, "type typ", "lock l", "keyable k", "channelBox cb")
    node, attr, spec = _readable(plug)
    if node.locked:
        raise RuntimeError(f"The attribute '{plug}' is locked or connected and cannot be modified.")
    if spec is None:
        raise RuntimeError(f"The fake cannot set {plug}: the attribute is not modelled")
    if spec.kind == "string":
        if o.get("type") != "string":
            raise RuntimeError(f"setAttr: Error reading data element number 1: {values[:1]}")
        value = values[0] if values else ""
        if not isinstance(value, str):
            raise RuntimeError(f"setAttr: Error reading data element number 1: {value!r}")
    elif spec.kind in ("message", "compound"):
        raise RuntimeError(f"setAttr: cannot set {plug}")
    else:
        if len(values) != 1 or not isinstance(values[0], (int, float)):
            raise RuntimeError(f"setAttr: Error reading data element number 1: {values}")
        value = _scene.to_internal(spec.kind, values[0])
        value = bool(value) if spec.kind == "bool" else int(value) if spec.kind == "long" else value
    layer = _scene.find(_scene.current_layer)
    adjusted = [i for i, source in _adjustments(layer) if source == (node, attr)] if layer is not None else []
    if adjusted and layer.name != "defaultRenderLayer":
        layer.set(f"adjustments[{adjusted[0]}].value", _scene.to_ui(spec.kind, value))
    else:
        node.set(attr, value)
    _scene.switch_layer(_scene.current_layer)
    _touch()


def referenceQuery(name, **kwargs):
    o = _opts(kwargs, "filename f", "isLoaded il", "isNodeReferenced inr", "referenceNode rfn", "withoutCopyNumber wcn", "unresolvedName un")
    if o.get("isNodeReferenced"):
        return _scene.node(name).reference is not None
    ref = next((r for r in _scene.references if r.node == name or r.path == name or r.resolved == name), None)
    if ref is None:
        node = _scene.node(name)
        if node.reference is None:
            raise RuntimeError(f"referenceQuery: '{name}' is not a reference node or a referenced node")
        ref = node.reference
    if o.get("filename"):
        return ref.path if o.get("unresolvedName") else ref.resolved.replace("\\", "/")
    if o.get("isLoaded"):
        return ref.loaded
    if o.get("referenceNode"):
        return ref.node
    raise RuntimeError("referenceQuery: no flag given")


# -- render layers -------------------------------------------------------------------------------
def editRenderLayerGlobals(**kwargs):
    o = _opts(kwargs, "query q", "currentRenderLayer crl")
    if o.get("query"):
        return _scene.current_layer
    if "currentRenderLayer" in o:
        name = o["currentRenderLayer"]
        if _scene.find(name) is None or _scene.node(name).type != "renderLayer":
            raise RuntimeError(f"editRenderLayerGlobals: layer '{name}' does not exist")
        before = _scene.current_layer
        _scene.switch_layer(name)
        if name != before:  # undoable, and the current layer is saved with the file: the scene is modified
            _record_undo((before, name))
            _touch()
        return None
    raise RuntimeError("editRenderLayerGlobals: no flag given")


def _record_undo(step):
    if _scene.open_chunks:
        _scene.open_chunks[-1].append(step)
    else:
        _scene.undo_queue.append([step])


def undoInfo(*args, **kwargs):
    """Chunks and the queue's emptiness. The fake's queue holds layer switches only: the one undoable
    change the glue makes. ``closeChunk`` without an open chunk is ignored [UNCONFIRMED: Autodesk only
    warns that improper use "can leave the undo queue in a bad state"]."""
    o = _opts(kwargs, "query q", "openChunk ock", "closeChunk cck", "chunkName cn", "state st", "undoQueueEmpty uqe", "stateWithoutFlush swf")
    if o.get("query"):
        if o.get("undoQueueEmpty"):
            return not _scene.undo_queue
        if o.get("state") or o.get("stateWithoutFlush"):
            return True
        raise RuntimeError("undoInfo: the fake answers -q -undoQueueEmpty and -q -state only")
    if o.get("openChunk"):
        _scene.open_chunks.append([])
        return None
    if o.get("closeChunk"):
        if _scene.open_chunks:
            steps = _scene.open_chunks.pop()
            if steps:
                _record_undo_chunk(steps)
        return None
    raise RuntimeError("undoInfo: no flag the fake models given")


def _record_undo_chunk(steps):
    if _scene.open_chunks:
        _scene.open_chunks[-1].extend(steps)
    else:
        _scene.undo_queue.append(steps)


def undo(*args):
    """Ctrl+Z: the last entry of the queue (a closed chunk as one), undone step by step backwards."""
    if not _scene.undo_queue:
        _log_warning("There are no more commands to undo.")
        return None
    for before, _after in reversed(_scene.undo_queue.pop()):
        _scene.switch_layer(before)
    _touch()
    return None


def _log_warning(message):
    import logging

    logging.getLogger("maya").warning("# Warning: %s #", message)


def createRenderLayer(*members, **kwargs):
    """A legacy render layer under the scene's manager (membership is not modelled: it changes no value
    the glue reads)."""
    o = _opts(kwargs, "name n", "empty e", "makeCurrent mc", "noRecurse nr", "global g")
    name = o.get("name") or _unique("layer1")
    if _scene.find(name) is not None:
        name = _unique(name)
    manager = _scene.node("renderLayerManager")
    used = [int(a[len("renderLayerId["):-1]) for a in manager.values if a.startswith("renderLayerId[")]
    slot = max(used) + 1 if used else 1
    _scene.create("renderLayer", name)
    manager.set(f"renderLayerId[{slot}]", slot)
    _scene.connect(f"renderLayerManager.rlmi[{slot}]", name + ".rlid")
    if o.get("makeCurrent"):
        _scene.switch_layer(name)
    _touch()
    return name


def editRenderLayerAdjustment(plug, **kwargs):
    o = _opts(kwargs, "layer lyr", "remove r")
    layer = _scene.node(o.get("layer") or _scene.current_layer)
    if layer.name == "defaultRenderLayer":
        raise RuntimeError("editRenderLayerAdjustment: the default layer takes no adjustments")
    node, attr, spec = _readable(plug)
    indices = [i for i, _source in _adjustments(layer)]
    if any(source == (node, attr) for _i, source in _adjustments(layer)):
        return None
    index = max(indices) + 1 if indices else 0
    _scene.connect(f"{node.path}.{attr}", f"{layer.name}.adjustments[{index}].plug")
    layer.set(f"adjustments[{index}].value", _scene.to_ui(spec.kind, node.get(attr)))
    _scene.switch_layer(_scene.current_layer)
    _touch()
    return None


# -- UI ------------------------------------------------------------------------------------------
_UI_STACK = []


def _ui_only(command):
    if _scene.batch:
        raise RuntimeError(f"{command}: this command is not available in batch mode")


def _leaf_exists(name, kind):
    return any(full.rsplit("|", 1)[-1] == name.rsplit("|", 1)[-1] and item["type"] == kind
               for full, item in _scene.ui.items())


def _full(name, kind):
    for full, item in _scene.ui.items():
        if (full == name or full.rsplit("|", 1)[-1] == name) and item["type"] == kind:
            return full
    raise RuntimeError(f"Object '{name}' not found.")


def menu(*args, **kwargs):
    o = _opts(kwargs, "label l", "parent p", "tearOff to", "exists ex", "query q", "edit e", "itemArray ia", "deleteAllItems dai")
    if o.get("exists"):
        return _leaf_exists(args[0], "menu")
    _ui_only("menu")
    if o.get("query"):
        full = _full(args[0], "menu")
        if o.get("itemArray"):
            return [i.rsplit("|", 1)[-1] for i in _scene.ui[full]["items"]] or None
        if o.get("label"):
            return _scene.ui[full]["label"]
        raise RuntimeError("menu: no query flag given")
    parent = o.get("parent", "MayaWindow")
    name = args[0] if args else _ui_unique("menu")
    full = parent + "|" + name
    if full in _scene.ui:
        raise RuntimeError(f"Object's name '{name}' is not unique.")
    _scene.ui[full] = {"type": "menu", "label": o.get("label", name), "items": []}
    _UI_STACK[:] = [full]
    return full


def _ui_unique(stem):
    number = 1
    while any(f.rsplit("|", 1)[-1] == f"{stem}{number}" for f in _scene.ui):
        number += 1
    return f"{stem}{number}"


def menuItem(*args, **kwargs):
    o = _opts(kwargs, "label l", "command c", "parent p", "divider d", "annotation ann", "query q", "edit e", "exists ex", "sourceType stp", "enable en", "image i")
    if o.get("exists"):
        return _leaf_exists(args[0], "menuItem")
    _ui_only("menuItem")
    if o.get("query"):
        item = _scene.ui[_full(args[0], "menuItem")]
        for key in ("command", "label", "annotation", "divider"):
            if o.get(key):
                return item.get(key)
        raise RuntimeError("menuItem: no query flag given")
    parent = _full(o["parent"], "menu") if "parent" in o else (_UI_STACK[-1] if _UI_STACK else None)
    if parent is None:
        raise RuntimeError("menuItem: no menu to put the item in")
    full = parent + "|" + (args[0] if args else _ui_unique("menuItem"))
    _scene.ui[full] = dict(o, type="menuItem")
    _scene.ui[parent]["items"].append(full)
    return full


def setParent(*args, **kwargs):
    _opts(kwargs, "menu m", "query q")
    if args and args[0] == ".." and _UI_STACK:
        _UI_STACK.pop()
    return None


def deleteUI(*names, **kwargs):
    o = _opts(kwargs, "menu m", "control ctl", "menuItem mi", "layout lay")
    _ui_only("deleteUI")
    for name in names:
        kinds = [k for k in ("menu", "menuItem") if o.get(k)] or ["shelfLayout", "shelfButton", "menu", "menuItem"]
        full = next((f for f, item in _scene.ui.items() if item["type"] in kinds
                     and (f == name or f.rsplit("|", 1)[-1] == name)), None)
        if full is None:
            raise RuntimeError(f"Object '{name}' not found.")
        for other in [f for f in _scene.ui if f == full or f.startswith(full + "|")]:
            del _scene.ui[other]
        for item in _scene.ui.values():
            for key in ("items", "children"):
                if full in item.get(key, []):
                    item[key].remove(full)


def shelfLayout(*args, **kwargs):
    o = _opts(kwargs, "parent p", "exists ex", "query q", "childArray ca")
    if o.get("exists"):
        return _leaf_exists(args[0], "shelfLayout")
    _ui_only("shelfLayout")
    if o.get("query"):
        full = _full(args[0], "shelfLayout")
        if o.get("childArray"):
            return [c.rsplit("|", 1)[-1] for c in _scene.ui[full]["children"]] or None
        raise RuntimeError("shelfLayout: no query flag given")
    parent = o.get("parent")
    if parent != "ShelfLayout":
        raise RuntimeError(f"shelfLayout: parent '{parent}' not found")
    full = parent + "|" + args[0]
    if full in _scene.ui:
        raise RuntimeError(f"Object's name '{args[0]}' is not unique.")
    _scene.ui[full] = {"type": "shelfLayout", "children": []}
    return full


def shelfButton(*args, **kwargs):
    o = _opts(kwargs, "parent p", "label l", "command c", "sourceType stp", "image1 i1", "image i", "annotation ann", "query q", "edit e", "exists ex", "style st", "noDefaultPopup ndp", "flat fla", "height h", "width w", "imageOverlayLabel iol")
    if o.get("exists"):
        return _leaf_exists(args[0], "shelfButton")
    _ui_only("shelfButton")
    if not o.get("query") and o.get("sourceType", "mel") not in ("mel", "python"):
        raise RuntimeError("shelfButton: sourceType must be 'mel' or 'python'")
    if o.get("query") or o.get("edit"):
        item = _scene.ui[_full(args[0], "shelfButton")]
        if o.get("edit"):
            item.update({k: v for k, v in o.items() if k != "edit"})
            return None
        for key in ("command", "label", "sourceType", "annotation", "image1"):
            if o.get(key):
                return item.get(key, "mel" if key == "sourceType" else None)
        raise RuntimeError("shelfButton: no query flag given")
    parent = _full(o["parent"], "shelfLayout")
    full = parent + "|" + (args[0] if args else _ui_unique("shelfButton"))
    _scene.ui[full] = dict(o, type="shelfButton")
    _scene.ui.get(parent)["children"].append(full)
    return full


def shelfTabLayout(*args, **kwargs):
    _opts(kwargs, "edit e", "selectTab st", "query q")
    _ui_only("shelfTabLayout")


def evalDeferred(*args, **kwargs):
    _opts(kwargs, "lowestPriority lp", "lowPriority low", "evaluateNext en")
    _scene.deferred.append((args[0], ()))


def fileDialog2(**kwargs):
    """No artist is at the fake's keyboard: every file dialog is cancelled (None, as Maya returns)."""
    _opts(kwargs, "fileMode fm", "caption cap", "dialogStyle ds", "startingDirectory dir", "okCaption okc")
    _ui_only("fileDialog2")
    return None


def confirmDialog(**kwargs):
    o = _opts(kwargs, "title t", "message m", "button b", "defaultButton db", "cancelButton cb", "dismissString ds")
    _ui_only("confirmDialog")
    _scene.ui["confirmDialog"] = {"type": "confirmDialog", "title": o.get("title"), "message": o.get("message")}
    buttons = o.get("button") or ["Confirm"]
    return o.get("defaultButton") or (buttons if isinstance(buttons, str) else buttons[0])


def inViewMessage(**kwargs):
    """A message over the viewport (not queryable in Maya; the fake keeps the last one in its UI)."""
    o = _opts(kwargs, "assistMessage amg", "statusMessage smg", "message msg", "position pos", "fade f", "fadeStayTime fst", "fadeInTime fit", "fadeOutTime fot", "clear cl", "backColor bkc", "alpha a", "clickKill ck", "dragKill dk", "fontSize fts")
    _ui_only("inViewMessage")
    if o.get("position", "topCenter") not in ("topLeft", "topCenter", "topRight", "midLeft", "midCenter", "midCenterTop", "midCenterBot", "midRight", "botLeft", "botCenter", "botRight"):
        raise RuntimeError("inViewMessage: invalid position '{}'".format(o["position"]))
    _scene.ui["inViewMessage"] = {"type": "inViewMessage", "message": o.get("assistMessage") or o.get("message") or o.get("statusMessage")}
