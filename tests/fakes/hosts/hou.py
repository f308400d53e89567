"""A stateful fake of Houdini's ``hou`` module: what a render submitter touches, and nothing more.

Written from SideFX's hou documentation (as the ``types-houdini`` stubs carry it) and
``shared/hosts-reference.md``. By default it models a graphical session of Houdini 20.5
(``isUIAvailable()`` is True, so ``hipFile.hasUnsavedChanges()`` tracks edits as it does in the UI).

Which Houdini it plays is read from the environment when the module is imported (or reloaded with
``importlib.reload(hou)``), as a real session is fixed when it starts:

- ``FAKE_HOU_VERSION`` (``major.minor.build``, default ``20.5.370``): ``applicationVersion()``; below 20
  there is no ``hou.OpNode`` (SideFX: "As of Houdini 20 ... the old hou.Node class is now hou.OpNode"),
  nodes are ``hou.Node``.
- ``FAKE_HOU_HYTHON=1``: a hython session: ``isUIAvailable()`` is False, ``hipFile.hasUnsavedChanges()``
  is always True (SideFX: "In hython it will always return True") and there is no ``hou.ui``
  (``AttributeError``) [UNCONFIRMED whether hython lacks the attribute or raises on use; either way
  ``hou.ui`` must be guarded by ``isUIAvailable()``].

Modelled: the node tree from ``/`` (``/obj``, ``/out``, ``/stage``, ... as a new scene has them), node
types by network category with their default parms (``trange``, ``f1``-``f3`` with ``$FSTART``/``$FEND``
expressions, each ROP type's output parm, ``source`` on Fetch, ``initsim`` on Geometry, ``index`` on
Switch), ``createNode`` (``hou.OperationFailed`` for an unknown type or a bad name), ``setInput`` and
``inputs()`` (padded with None), the bypass and lock flags, user data, parms with values and keyframe
expressions (``$F``/``$F4``, ``$FF``, ``$HIP``, ``$HIPNAME``, ``$HIPFILE``, ``$OS``, ``$FSTART``, ``$FEND``,
``$JOB``, environment variables, ``+ - * /``; in string parms between backticks), parm templates and
``setParmTemplateGroup``, Python button callbacks run by ``pressButton`` with the documented ``kwargs``,
``hipFile``, the current frame and the playbar range, ``ui.displayMessage``.

Choices where the documentation is silent, marked [UNCONFIRMED] where they matter:
- ``setInput`` refuses a connection that would make a loop (hou.OperationFailed) [UNCONFIRMED: the UI
  cannot wire one; a Fetch's ``source`` is the only way to make a render loop].
- ``Parm.set`` on a parm driven by an expression changes the keyframe's value but keeps the expression,
  so eval still gives the expression; ``deleteAllKeyframes()`` first, as production scripts do
  [UNCONFIRMED in the docs; the common pattern implies it].
- ``createNode`` with a name already taken makes it unique by bumping its number [UNCONFIRMED].
- Default output paths are the usual ``$HIP/render/$HIPNAME.$OS.$F4.exr`` style [UNCONFIRMED per type].
- ``hipFile.save`` writes a small text file (this fake's own format); ``load`` is not modelled.
- ``qt.mainWindow()`` returns None (no Houdini main window exists here).
"""
import ast
import json
import os
import re
import sys


def _version(text):
    parts = text.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"FAKE_HOU_VERSION must be major.minor.build, e.g. 19.5.805, not {text!r}")
    return tuple(int(p) for p in parts)


#: The Houdini this fake plays (see the module docstring).
_VERSION = _version(os.environ.get("FAKE_HOU_VERSION", "20.5.370"))
_HYTHON = os.environ.get("FAKE_HOU_HYTHON", "") == "1"
# -- errors (all hou.Error, as the stubs list them) -----------------------------------------------


class Error(Exception):
    """Base of every hou exception."""

    def instanceMessage(self):
        return str(self)


class OperationFailed(Error):
    pass


class InvalidInput(Error):
    pass


class InvalidSize(Error):
    pass


class ObjectWasDeleted(Error):
    pass


class NotAvailable(Error):
    pass


class LoadWarning(Error):
    pass


class PermissionError(Error):
    pass


class TypeError(Error):
    pass


# -- enums ----------------------------------------------------------------------------------------


class EnumValue:
    def __init__(self, owner, name):
        self._name = f"{owner}.{name}"

    def name(self):
        return self._name.split(".")[-1]

    def __repr__(self):
        return f"<hou.{self._name}>"


class _Enum:
    def __init__(self, owner, *names):
        for name in names:
            setattr(self, name, EnumValue(owner, name))


scriptLanguage = _Enum("scriptLanguage", "Python", "Hscript")
severityType = _Enum("severityType", "Message", "ImportantMessage", "Warning", "Error", "Fatal")
parmTemplateType = _Enum("parmTemplateType", "Int", "Float", "String", "Toggle", "Menu", "Button", "Folder",
                         "FolderSet", "Separator", "Label", "Ramp", "Data")
renderMethod = _Enum("renderMethod", "RopByRop", "FrameByFrame")
exprLanguage = _Enum("exprLanguage", "Python", "Hscript")
stringParmType = _Enum("stringParmType", "Regular", "FileReference", "NodeReference", "NodeReferenceList")
menuType = _Enum("menuType", "Normal", "Mini", "ControlNextParameter", "StringReplace", "StringToggle")


# -- session state ----------------------------------------------------------------------------------


class _Session:
    def __init__(self):
        self.path = os.path.join(os.getcwd(), "untitled.hip")
        self.new_file = True
        self.modified = False
        self.frame = 1.0
        self.fps = 24.0
        self.frame_range = (1.0, 240.0)
        self.root = _build_root()


def _touch():
    _session.modified = True


# -- parm templates ---------------------------------------------------------------------------------


class ParmTemplate:
    _type = None

    def __init__(self, name, label, num_components=1, default_value=(), is_hidden=False, join_with_next=False,
                 help=None, script_callback=None, script_callback_language=None, tags=None, disable_when=None,
                 is_label_hidden=False, naming_scheme=None, default_expression=(), min=0, max=10, **_):
        if not isinstance(name, str) or not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
            raise OperationFailed(f"Invalid parm template name {name!r}")
        self._name = name
        self._label = label
        self._num = num_components
        self._default = tuple(default_value)
        self._hidden = is_hidden
        self._help = help
        self._callback = script_callback or ""
        self._language = script_callback_language if script_callback_language is not None else scriptLanguage.Hscript
        self._tags = dict(tags or {})
        self._expressions = tuple(default_expression)
        self._min, self._max = min, max
        self._naming = naming_scheme
        self._join = join_with_next
        self._disable_when = disable_when

    def name(self):
        return self._name

    def label(self):
        return self._label

    def type(self):
        return self._type

    def numComponents(self):
        return self._num

    def defaultValue(self):
        return self._default

    def defaultExpression(self):
        return self._expressions

    def isHidden(self):
        return self._hidden

    def help(self):
        return self._help or ""

    def tags(self):
        tags = dict(self._tags)
        if self._callback:
            tags["script_callback"] = self._callback
            tags["script_callback_language"] = "python" if self._language is scriptLanguage.Python else "hscript"
        return tags

    def setTags(self, tags):
        self._tags = dict(tags)

    def scriptCallback(self):
        return self._callback

    def scriptCallbackLanguage(self):
        return self._language

    def minValue(self):
        return self._min

    def maxValue(self):
        return self._max

    def clone(self):
        import copy

        return copy.copy(self)

    def _parm_names(self):
        if self._num == 1:
            return [self._name]
        suffixes = "xyzw" if self._naming == "XYZW" else [str(i + 1) for i in range(self._num)]
        return [self._name + suffix for suffix in suffixes]

    def _kind(self):
        return "float"


class IntParmTemplate(ParmTemplate):
    _type = parmTemplateType.Int

    def __init__(self, name, label, num_components, default_value=(), min=0, max=10, **kwargs):
        super().__init__(name, label, num_components, default_value, min=min, max=max, **kwargs)

    def _kind(self):
        return "int"


class FloatParmTemplate(ParmTemplate):
    _type = parmTemplateType.Float

    def __init__(self, name, label, num_components, default_value=(), min=0.0, max=10.0, **kwargs):
        super().__init__(name, label, num_components, default_value, min=min, max=max, **kwargs)


class StringParmTemplate(ParmTemplate):
    _type = parmTemplateType.String

    def __init__(self, name, label, num_components, default_value=(), naming_scheme=None,
                 string_type=None, file_type=None, menu_items=(), menu_labels=(), **kwargs):
        super().__init__(name, label, num_components, default_value,
                                                 naming_scheme=naming_scheme, **kwargs)
        self._menu = (tuple(menu_items), tuple(menu_labels))
        self._string_type = string_type if string_type is not None else stringParmType.Regular

    def menuItems(self):
        return self._menu[0]

    def stringType(self):
        return self._string_type

    def _kind(self):
        return "string"


class ToggleParmTemplate(ParmTemplate):
    _type = parmTemplateType.Toggle

    def __init__(self, name, label, default_value=False, **kwargs):
        super().__init__(name, label, 1, (int(bool(default_value)),), **kwargs)

    def _kind(self):
        return "toggle"


class MenuParmTemplate(ParmTemplate):
    _type = parmTemplateType.Menu

    def __init__(self, name, label, menu_items, menu_labels=(), default_value=0, **kwargs):
        super().__init__(name, label, 1, (default_value,), **kwargs)
        self._items = tuple(menu_items)
        self._labels = tuple(menu_labels) or self._items
        if len(self._labels) != len(self._items):
            raise InvalidSize("menu_labels must be as long as menu_items")

    def menuItems(self):
        return self._items

    def menuLabels(self):
        return self._labels

    def _kind(self):
        return "menu"


class ButtonParmTemplate(ParmTemplate):
    _type = parmTemplateType.Button

    def __init__(self, name, label, **kwargs):
        super().__init__(name, label, 1, (), **kwargs)

    def _kind(self):
        return "button"


class SeparatorParmTemplate(ParmTemplate):
    _type = parmTemplateType.Separator

    def __init__(self, name, is_hidden=False, tags=None):
        super().__init__(name, "", 0, (), is_hidden=is_hidden, tags=tags)

    def _parm_names(self):
        return []


class FolderParmTemplate(ParmTemplate):
    _type = parmTemplateType.Folder

    def __init__(self, name, label, parm_templates=(), **kwargs):
        super().__init__(name, label, 1, (), **kwargs)
        self._children = [t.clone() for t in parm_templates]

    def parmTemplates(self):
        return tuple(t.clone() for t in self._children)

    def addParmTemplate(self, template):
        self._children.append(template.clone())

    def _parm_names(self):
        return []


class ParmTemplateGroup:
    """Templates in order; ``find`` returns a copy, as the docs say."""

    def __init__(self, parm_templates=()):
        self._templates = [t.clone() for t in parm_templates]

    def entries(self):
        return tuple(t.clone() for t in self._templates)

    def parmTemplates(self):
        return self.entries()

    def _all(self):
        out = []
        for template in self._templates:
            out.append(template)
            if isinstance(template, FolderParmTemplate):
                out.extend(template._children)
        return out

    def find(self, name):
        found = next((t for t in self._all() if t.name() == name), None)
        return found.clone() if found is not None else None

    def append(self, template):
        if not isinstance(template, ParmTemplate):
            raise InvalidInput(f"append takes a hou.ParmTemplate, not {template!r}")
        if self.find(template.name()) is not None:
            raise OperationFailed(f"A parm template named {template.name()!r} is already in the group")
        self._templates.append(template.clone())

    addParmTemplate = append

    def replace(self, name, template):
        for i, existing in enumerate(self._templates):
            if existing.name() == name:
                self._templates[i] = template.clone()
                return
        raise OperationFailed(f"No parm template named {name!r}")

    def remove(self, name):
        before = len(self._templates)
        self._templates = [t for t in self._templates if t.name() != name]
        if len(self._templates) == before:
            raise OperationFailed(f"No parm template named {name!r}")


# -- parms ------------------------------------------------------------------------------------------

_VAR = re.compile(r"\$(?:\{(\w+)\}|([A-Za-z_]+?)(\d*)(?=$|[^A-Za-z_]))")


def _variables(node, frame):
    hip = _session.path
    start, end = _session.frame_range
    values = {
        "HIP": os.path.dirname(hip), "HIPFILE": hip, "HIPNAME": os.path.splitext(os.path.basename(hip))[0],
        "FSTART": _number_text(start), "FEND": _number_text(end), "F": str(round(frame)),
        "FF": _number_text(frame), "T": repr((frame - 1) / 24.0),
        "JOB": os.environ.get("JOB", os.path.dirname(hip)),
    }
    if node is not None:
        values["OS"] = node.name()
    return values


def _number_text(value):
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _expand(text, node, frame):
    """Houdini variable expansion: ``$NAME``, ``${NAME}``, ``$F4`` (padded); unknown names stay as written."""
    values = _variables(node, frame)

    def replace(match):
        braced, name, digits = match.group(1), match.group(2), match.group(3)
        key = braced or name
        if key == "F" and digits:
            return str(round(frame)).zfill(int(digits))
        value = values.get(key, os.environ.get(key))
        if value is None:
            return match.group(0)
        return value + (digits or "")

    return _VAR.sub(replace, text)


_BACKTICKS = re.compile(r"`([^`]*)`")


def _expand_string(text, node, frame, where):
    """A string parm's value: backtick expressions evaluated (arithmetic only; hou.OperationFailed on a bad
    one, as Houdini raises for a broken expression), then variables expanded."""
    text = _BACKTICKS.sub(lambda m: _number_text(_arithmetic(_expand(m.group(1), node, frame), where)), text)
    return _expand(text, node, frame)


_ALLOWED = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Add, ast.Sub, ast.Mult, ast.Div,
            ast.USub, ast.UAdd) + ((ast.Num,) if sys.version_info < (3, 8) else ())  # Python 3.7 parses to Num


def _arithmetic(text, where):
    try:
        tree = ast.parse(text.strip(), mode="eval")
        if not all(isinstance(n, _ALLOWED) for n in ast.walk(tree)):
            raise ValueError(text)
        return float(eval(compile(tree, "<expr>", "eval"), {"__builtins__": {}}))
    except (SyntaxError, ValueError, ZeroDivisionError):
        raise OperationFailed(f"Error evaluating expression {text!r} of {where}") from None


class Parm:
    def __init__(self, node, template, name, index, default, expression):
        self._node = node
        self._template = template
        self._name = name
        self._index = index
        self._value = default
        self._expression = expression or None

    def __repr__(self):
        return f"<hou.Parm {self._name} in {self._node.path()}>"

    def name(self):
        return self._name

    def node(self):
        return self._node

    def path(self):
        return self._node.path() + "/" + self._name

    def parmTemplate(self):
        return self._template.clone()

    def tuple(self):
        return self._node.parmTuple(self._template.name())

    def menuItems(self):
        return self._template.menuItems() if hasattr(self._template, "menuItems") else ()

    # reading
    def evalAtFrame(self, frame):
        kind = self._template._kind()
        if kind == "button":
            return 0
        if kind == "string":
            raw = self._expression if self._expression is not None else self._value
            return _expand_string(raw, self._node, frame, self.path())
        if self._expression is not None:
            value = _arithmetic(_expand(self._expression, self._node, frame), self.path())
        else:
            value = self._value
        return float(value) if kind == "float" else int(value)

    def eval(self):
        return self.evalAtFrame(_session.frame)

    def evalAsFloat(self):
        value = self.eval()
        try:
            return float(value)
        except ValueError:
            raise TypeError(f"Parameter {self.path()} is not a number: {value!r}") from None

    def evalAsInt(self):
        value = self.eval()
        try:
            return int(value)
        except ValueError:
            raise TypeError(f"Parameter {self.path()} is not a number: {value!r}") from None

    def evalAsString(self):
        if self._template._kind() == "menu":
            return self._template.menuItems()[self.eval()]
        return str(self.eval())

    def evalAsStringAtFrame(self, frame):
        return str(self.evalAtFrame(frame))

    def unexpandedString(self):
        if self._template._kind() != "string":
            raise OperationFailed(f"Parameter {self.path()} is not a string parameter")
        return self._expression if self._expression is not None else self._value

    def expression(self):
        if self._expression is None:
            raise OperationFailed(f"Parameter {self.path()} has no expression")
        return self._expression

    # writing
    def set(self, value, language=None, follow_parm_reference=True):
        kind = self._template._kind()
        if kind == "button":
            raise OperationFailed(f"Cannot set button parameter {self.path()}")
        if kind == "menu" and isinstance(value, str):
            items = self._template.menuItems()
            if value not in items:
                raise InvalidInput("{!r} is not an item of menu {} ({})".format(value, self.path(), ", ".join(items)))
            value = items.index(value)
        if kind == "string":
            if not isinstance(value, str):
                raise TypeError(f"Parameter {self.path()} takes a string, not {value!r}")
        else:
            if isinstance(value, bool):
                value = int(value)
            if not isinstance(value, (int, float)):
                raise TypeError(f"Parameter {self.path()} takes a number, not {value!r}")
            if kind == "menu" and not 0 <= int(value) < len(self._template.menuItems()):
                raise InvalidInput(f"Menu index {value} out of range for {self.path()}")
            value = float(value) if kind == "float" else int(value)
        self._value = value
        if self._name in _MULTIPARMS:  # a multiparm count: its instances follow
            self._node._make_parms(self._node._group)
        _touch()

    def setExpression(self, expression, language=None, replace_expression=True):
        self._expression = expression
        _touch()

    def deleteAllKeyframes(self):
        if self._expression is not None:
            value = self.eval()
            self._expression = None
            self._value = value
            _touch()

    def pressButton(self, arguments=None):
        """Run the parm's callback script as Houdini does for a button press (Python callbacks only)."""
        template = self._template
        script = template.scriptCallback()
        if not script:
            return
        if template.scriptCallbackLanguage() is not scriptLanguage.Python:
            raise OperationFailed(f"HScript callbacks are not modelled; {self.path()} has {script!r}")
        kwargs = {"node": self._node, "parm": self, "parm_name": self._name, "script_parm": template.name(),
                  "script_value": "0", "script_value0": "0", "script_multiparm_index": "-1",
                  "script_multiparm_nesting": "0"}
        kwargs.update(arguments or {})
        exec(compile(script, f"<callback of {self.path()}>", "exec"),
             {"hou": __import__(__name__), "kwargs": kwargs, "__name__": "__main__"})


class ParmTuple:
    def __init__(self, node, template, parms):
        self._node = node
        self._template = template
        self._parms = parms

    def name(self):
        return self._template.name()

    def node(self):
        return self._node

    def __len__(self):
        return len(self._parms)

    def __getitem__(self, index):
        return self._parms[index]

    def __iter__(self):
        return iter(self._parms)

    def eval(self):
        return tuple(p.eval() for p in self._parms)

    def evalAtFrame(self, frame):
        return tuple(p.evalAtFrame(frame) for p in self._parms)

    def set(self, values, language=None, follow_parm_reference=True):
        if len(values) != len(self._parms):
            raise InvalidSize(f"{self.name()} takes {len(self._parms)} values, not {len(values)}")
        for parm, value in zip(self._parms, values):
            parm.set(value)

    def deleteAllKeyframes(self):
        for parm in self._parms:
            parm.deleteAllKeyframes()

    def parmTemplate(self):
        return self._template.clone()


# -- node types -------------------------------------------------------------------------------------

_RANGE = [MenuParmTemplate("trange", "Valid Frame Range", ("off", "normal", "on"),
                           ("Render Current Frame", "Render Frame Range", "Render Frame Range Only (Strict)"), 0),
          FloatParmTemplate("f", "Start/End/Inc", 3, (0, 0, 1), default_expression=("$FSTART", "$FEND", ""))]


def _output(name, default):
    return StringParmTemplate(name, "Output", 1, (default,), string_type=stringParmType.FileReference)


_IMAGE = "$HIP/render/$HIPNAME.$OS.$F4.exr"


def _file(name, label="File"):
    return StringParmTemplate(name, label, 1, ("",), string_type=stringParmType.FileReference)


#: Multiparm counts -> the templates of instance ``i`` (1-based), as the renderers name them (SideFX Mantra:
#: Extra Image Planes; Redshift ROP: AOVs; HtoA Arnold ROP: AOVs; parm names as public pipeline code reads
#: them: AYON/OpenPype, CGRU, Royal Render). The plane file defaults are "" [UNCONFIRMED].
_MULTIPARMS = {
    "vm_numaux": lambda i: [StringParmTemplate(f"vm_variable_plane{i}", "VEX Variable", 1, ("",)),
                            StringParmTemplate(f"vm_channel_plane{i}", "Channel Name", 1, ("",)),
                            ToggleParmTemplate(f"vm_disable_plane{i}", "Disable", False),
                            ToggleParmTemplate(f"vm_usefile_plane{i}", "Different File", False),
                            _file(f"vm_filename_plane{i}", "Output Picture")],
    "RS_aov": lambda i: [ToggleParmTemplate(f"RS_aovEnable_{i}", "Enable", True),
                         StringParmTemplate(f"RS_aovSuffix_{i}", "Name", 1, ("",)),
                         _file(f"RS_aovCustomPrefix_{i}", "Custom File Prefix")],
    "ar_aovs": lambda i: [ToggleParmTemplate(f"ar_enable_aov{i}", "Enable", True),
                          StringParmTemplate(f"ar_aov_label{i}", "Label", 1, ("",)),
                          ToggleParmTemplate(f"ar_aov_separate{i}", "Separate File", False),
                          _file(f"ar_aov_separate_file{i}", "File")],
}
_COUNT = IntParmTemplate  # the template of a multiparm count (its instances: _MULTIPARMS)

#: Render node types: (categories they live in, default node name, own parm templates).
_ROP_TYPES = {
    "ifd": (("Driver",), "mantra", [_output("vm_picture", _IMAGE), _COUNT("vm_numaux", "Extra Image Planes", 1)]),
    "karma": (("Driver",), "karma", [_output("picture", _IMAGE)]),
    "Redshift_ROP": (("Driver",), "Redshift_ROP", [
        _output("RS_outputFileNamePrefix", _IMAGE), StringParmTemplate("RS_outputBeautyAOVSuffix", "Beauty Suffix", 1),
        MenuParmTemplate("RS_outputMultilayerMode", "Multi-Layered EXR", ("1", "2"),
                         ("No Multi-Layered EXR File", "Full Multi-Layered EXR File"), 0),
        _COUNT("RS_aov", "AOVs", 1)]),
    "arnold": (("Driver",), "arnold", [_output("ar_picture", _IMAGE), _COUNT("ar_aovs", "AOVs", 1)]),
    "opengl": (("Driver",), "opengl", [_output("picture", _IMAGE)]),
    "usdrender": (("Driver",), "usdrender", [_output("outputimage", "")]),
    "usdrender_rop": (("Lop",), "usdrender_rop", [_output("outputimage", "")]),
    "usd": (("Driver",), "usd", [_output("lopoutput", "$HIP/usd/$OS.usd")]),
    "usd_rop": (("Lop",), "usd_rop", [_output("lopoutput", "$HIP/usd/$OS.usd")]),
    "geometry": (("Driver",), "geometry", [_output("sopoutput", "$HIP/geo/$HIPNAME.$OS.$F4.bgeo.sc"),
                                           ToggleParmTemplate("initsim", "Initialize Simulation OPs", False)]),
    "rop_geometry": (("Sop",), "rop_geometry", [_output("sopoutput", "$HIP/geo/$HIPNAME.$OS.$F4.bgeo.sc"),
                                                ToggleParmTemplate("initsim", "Initialize Simulation OPs", False)]),
    "alembic": (("Driver",), "alembic", [_output("filename", "$HIP/output.abc")]),
    "rop_alembic": (("Sop",), "rop_alembic", [_output("filename", "$HIP/output.abc")]),
    "vray_renderer": (("Driver",), "vray_renderer", [_output("SettingsOutput_img_file", _IMAGE)]),
    "dop": (("Driver",), "dop", [_output("dopoutput", "$HIP/sim/$OS.$F4.sim")]),
    "comp": (("Driver",), "comp", [_output("copoutput", "$HIP/comp/$OS.$F4.exr")]),
    "shell": (("Driver",), "shell", [StringParmTemplate("command", "Command", 1, ("",))]),
    "framedep": (("Driver",), "framedep", []),
    "prepost": (("Driver",), "prepost", []),
    "wedge": (("Driver",), "wedge", []),
}
#: Dependency-only ROPs and their parms (no frame range).
_LOGIC_TYPES = {
    "merge": [],
    "null": [],
    "batch": [ToggleParmTemplate("fullrange", "Always Render Input's Full Frame Range", False)],
    "fetch": [StringParmTemplate("source", "Source", 1, ("",), string_type=stringParmType.NodeReference)],
    "switch": [IntParmTemplate("index", "Input Index", 1, (0,), min=-1)],
}
_NETWORK_TYPES = {
    # type: (categories it lives in, default name, category of its children or None)
    "geo": (("Object",), "geo", "Sop"),
    "ropnet": (("Object", "Sop", "Lop", "Driver"), "ropnet", "Driver"),
    "subnet": (("Object",), "subnet", "Object"),
    "cam": (("Object",), "cam", None),
    "dopnet": (("Object",), "dopnet", None),
    "lopnet": (("Object", "Driver"), "lopnet", "Lop"),
    "box": (("Sop",), "box", None),
    "file": (("Sop",), "file", None),
}
#: Nodes that read files, by (network category, type): their file parms (SideFX: File SOP ``file``, Alembic SOP
#: ``fileName``, File COP ``filename1``, Sublayer and Reference LOPs ``filepath1``). Default "" [UNCONFIRMED:
#: a real File SOP holds ``default.bgeo``, which ``hou.fileReferences`` leaves out].
_INPUT_TYPES = {
    ("Sop", "file"): [_file("file", "Geometry File")],
    ("Sop", "alembic"): [_file("fileName", "File Name")],
    ("Cop2", "file"): [_file("filename1", "File")],
    ("Lop", "sublayer"): [_file("filepath1", "File")],
    ("Lop", "reference"): [_file("filepath1", "File")],
}
_TOP = {"obj": "Object", "out": "Driver", "stage": "Lop", "img": "Cop2", "ch": "Chop", "mat": "Vop", "shop": "Shop",
        "tasks": "Top"}


class NodeTypeCategory:
    def __init__(self, name):
        self._name = name

    def name(self):
        return self._name


class NodeType:
    def __init__(self, name, category):
        self._name = name
        self._category = category

    def name(self):
        return self._name

    def category(self):
        return NodeTypeCategory(self._category)

    def __repr__(self):
        return f"<hou.NodeType {self._category}/{self._name}>"


def _templates(type_name, category=None):
    if (category, type_name) in _INPUT_TYPES:
        return list(_INPUT_TYPES[(category, type_name)])
    if type_name in _ROP_TYPES:
        return list(_RANGE) + list(_ROP_TYPES[type_name][2])
    return list(_LOGIC_TYPES.get(type_name, []))


_NAME = re.compile(r"^[A-Za-z0-9_.]+$")


class Node:
    """One node; :class:`RopNode` and the other subclasses add the flags their kind of node has."""

    def __init__(self, parent, name, type_name, category, child_category):
        self._parent = parent
        self._name = name
        self._type = NodeType(type_name, category)
        self._child_category = child_category
        self._children = {}
        self._inputs = []
        self._bypass = False
        self._locked = False
        self._user_data = {}
        self._deleted = False
        self._selected = False
        self._group = ParmTemplateGroup(_templates(type_name, category))
        self._parms = {}
        self._make_parms(self._group)

    def __repr__(self):
        return f"<hou.Node at {self.path()}>"

    def _check(self):
        if self._deleted:
            raise ObjectWasDeleted("Attempt to access an object that no longer exists in Houdini.")

    def _make_parms(self, group):
        parms = {}
        templates = list(group._all())
        for template in list(templates):  # each multiparm count adds its instances' templates
            if template.name() in _MULTIPARMS and template.name() in self._parms:
                for i in range(1, max(0, int(self._parms[template.name()]._value)) + 1):
                    templates.extend(_MULTIPARMS[template.name()](i))
        for template in templates:
            names = template._parm_names()
            defaults = list(template.defaultValue()) + [None] * len(names)
            expressions = list(template.defaultExpression()) + [""] * len(names)
            for i, name in enumerate(names):
                old = self._parms.get(name)
                if old is not None and old._template._kind() == template._kind():
                    old._template = template
                    parms[name] = old
                    continue
                default = defaults[i]
                if default is None:
                    default = "" if template._kind() == "string" else 0
                parms[name] = Parm(self, template, name, i, default, expressions[i])
        self._parms = parms

    # identity
    def name(self):
        self._check()
        return self._name

    def path(self):
        self._check()
        if self._parent is None:
            return "/"
        parent = self._parent.path()
        return (parent if parent.endswith("/") else parent + "/") + self._name

    def parent(self):
        return self._parent

    def type(self):
        return self._type

    def children(self):
        return tuple(self._children.values())

    def isNetwork(self):
        return self._child_category is not None

    def childTypeCategory(self):
        return NodeTypeCategory(self._child_category) if self._child_category else None

    def setSelected(self, on, clear_all_selected=False, show_asset_if_selected=False):
        self._check()
        if clear_all_selected:
            for other in _all_nodes(_session.root):
                other._selected = False
        self._selected = bool(on)

    def isSelected(self):
        self._check()
        return self._selected

    # lookup
    def node(self, node_path):
        self._check()
        if node_path.startswith("/"):
            current = _session.root
            parts = node_path.split("/")[1:]
        else:
            current = self
            parts = node_path.split("/")
        for part in parts:
            if part in ("", "."):
                continue
            current = current._parent if part == ".." else current._children.get(part)
            if current is None:
                return None
        return current

    def createNode(self, node_type_name, node_name=None, run_init_scripts=True, load_contents=True,
                   exact_type_name=False, force_valid_node_name=False):
        self._check()
        category = self._child_category
        if category is None:
            raise OperationFailed(f"Node {self.path()} cannot have children")
        if (category, node_type_name) in _INPUT_TYPES:
            homes, default_name, child = (category,), node_type_name, None
        elif node_type_name in _ROP_TYPES:
            homes, default_name, child = _ROP_TYPES[node_type_name][0], _ROP_TYPES[node_type_name][1], None
        elif node_type_name in _LOGIC_TYPES:
            homes, default_name, child = ("Driver",), node_type_name, None
        elif node_type_name in _NETWORK_TYPES:
            homes, default_name, child = _NETWORK_TYPES[node_type_name]
        else:
            homes = ()
        if category not in homes:
            raise OperationFailed(f"Invalid node type name: {node_type_name!r} in a {category} network ({self.path()})")
        if node_name is not None:
            if force_valid_node_name:
                node_name = re.sub(r"[^A-Za-z0-9_.]", "_", node_name)
            if not _NAME.match(node_name):
                raise OperationFailed(f"Invalid node name: {node_name!r}")
        name = self._unique(node_name or default_name + "1")
        node = _CLASSES.get(category, Node)(self, name, node_type_name, category, child)
        self._children[name] = node
        _touch()
        return node

    def _unique(self, name):
        if name not in self._children:
            return name
        stem = re.sub(r"\d+$", "", name)
        number = 1
        while f"{stem}{number}" in self._children:
            number += 1
        return f"{stem}{number}"

    def destroy(self):
        self._check()
        for other in self._parent._children.values():
            other._inputs = [None if n is self else n for n in other._inputs]
        del self._parent._children[self._name]
        self._deleted = True
        _touch()

    def setName(self, name, unique_name=False):
        self._check()
        if not _NAME.match(name):
            raise OperationFailed(f"Invalid node name: {name!r}")
        if name in self._parent._children and self._parent._children[name] is not self:
            if not unique_name:
                raise OperationFailed(f"Name {name!r} is already taken in {self._parent.path()}")
            name = self._parent._unique(name)
        del self._parent._children[self._name]
        self._name = name
        self._parent._children[name] = self
        _touch()

    # wiring
    def setInput(self, input_index, item_to_become_input, output_index=0):
        self._check()
        if output_index != 0:
            raise InvalidInput(f"Invalid output index {output_index}")
        if input_index < 0:
            raise InvalidInput(f"Invalid input index {input_index}")
        if item_to_become_input is not None:
            item_to_become_input._check()
            if item_to_become_input._parent is not self._parent:
                raise OperationFailed(f"{item_to_become_input.path()} is not in the same network as {self.path()}")
            if item_to_become_input is self or self in _upstream(item_to_become_input):
                raise OperationFailed(f"Connecting {item_to_become_input.path()} to {self.path()} would create a loop")
        while len(self._inputs) <= input_index:
            self._inputs.append(None)
        self._inputs[input_index] = item_to_become_input
        while self._inputs and self._inputs[-1] is None:
            self._inputs.pop()
        _touch()

    def setFirstInput(self, item_to_become_input, output_index=0):
        self.setInput(0, item_to_become_input, output_index)

    def setNextInput(self, item_to_become_input, output_index=0, unordered_only=False):
        self.setInput(len(self._inputs), item_to_become_input, output_index)

    def inputs(self):
        self._check()
        return tuple(self._inputs)

    def outputs(self):
        self._check()
        return tuple(n for n in self._parent._children.values() if self in n._inputs)

    # parms
    def parm(self, parm_path):
        self._check()
        return self._parms.get(parm_path)

    def parms(self):
        self._check()
        return tuple(self._parms.values())

    def parmTuple(self, name):
        self._check()
        template = next((t for t in self._group._all() if t.name() == name), None)
        if template is None or not template._parm_names():
            return None
        return ParmTuple(self, template, [self._parms[n] for n in template._parm_names()])

    def evalParm(self, parm_path):
        parm = self.parm(parm_path)
        if parm is None:
            raise OperationFailed(f"Invalid parameter name {parm_path!r} on {self.path()}")
        return parm.eval()

    def parmTemplateGroup(self):
        self._check()
        return ParmTemplateGroup(self._group._templates)

    def setParmTemplateGroup(self, parm_template_group, rename_conflicting_parms=False):
        self._check()
        names = [n for t in parm_template_group._all() for n in t._parm_names()]
        if len(names) != len(set(names)):
            raise OperationFailed(f"Parm names are not unique in the group for {self.path()}")
        self._group = ParmTemplateGroup(parm_template_group._templates)
        self._make_parms(self._group)
        _touch()

    # user data
    def setUserData(self, name, value):
        self._check()
        if not isinstance(value, str):
            raise TypeError(f"User data values are strings, not {value!r}")
        self._user_data[name] = value
        _touch()

    def userData(self, name):
        self._check()
        return self._user_data.get(name)

    def userDataDict(self):
        self._check()
        return dict(self._user_data)

    def destroyUserData(self, name, must_exist=True):
        self._check()
        if name not in self._user_data:
            if must_exist:
                raise OperationFailed(f"No user data {name!r} on {self.path()}")
            return
        del self._user_data[name]
        _touch()


if _VERSION >= (20, 0, 0):
    OpNode = Node
else:
    globals().pop("OpNode", None)  # a reload as 19.5 after 20: Houdini 19.5 has no hou.OpNode


class _Bypass:
    def isBypassed(self):
        self._check()
        return self._bypass

    def bypass(self, on):
        self._check()
        self._bypass = bool(on)
        _touch()


class RopNode(_Bypass, Node):
    """A node in a ROP network: the bypass flag and the lock flag ("prevents upstream dependencies from
    rendering")."""

    def isLocked(self):
        self._check()
        return self._locked

    def setLocked(self, on):
        self._check()
        self._locked = bool(on)
        _touch()


class SopNode(_Bypass, Node):
    """A SOP (its lock flags are hard/soft locks of geometry, not modelled)."""


class LopNode(_Bypass, Node):
    """A LOP."""


class ObjNode(Node):
    """An object; no bypass or lock flag."""


_CLASSES = {"Driver": RopNode, "Sop": SopNode, "Lop": LopNode, "Object": ObjNode}


def _upstream(node):
    seen, stack = set(), [node]
    while stack:
        current = stack.pop()
        for item in current._inputs:
            if item is not None and item not in seen:
                seen.add(item)
                stack.append(item)
    return seen


def _build_root():
    root = Node(None, "", "root", "Manager", "Manager")
    for name, category in _TOP.items():
        root._children[name] = Node(root, name, name, "Manager", category)
    return root


# -- module functions -----------------------------------------------------------------------------


def node(path):
    if not isinstance(path, str):
        raise TypeError(f"node() takes a path string, not {path!r}")
    if not path.startswith("/"):
        return None  # relative to hou.pwd(), which is "/" outside a cook
    return _session.root.node(path)


def pwd():
    return _session.root


def root():
    return _session.root


def frame():
    return _session.frame


def intFrame():
    return round(_session.frame)


def setFrame(frame):
    _session.frame = float(frame)


def fps():
    """The scene's frames per second (hou.fps; a new scene's is 24)."""
    return _session.fps


def setFps(fps, set_frame_range=True, modify_keyframes=False):
    """Set the frames per second (hou.setFps); the playbar range and keys are not rescaled here."""
    if fps <= 0:
        raise InvalidInput(f"Invalid frames per second: {fps}")
    _session.fps = float(fps)
    _touch()


def applicationVersion(include_patch=False):
    return _VERSION if not include_patch else (*_VERSION, 0)


def applicationVersionString():
    return ".".join(str(part) for part in _VERSION)


def isUIAvailable():
    return not _HYTHON


class playbar:
    """The global animation range ($FSTART, $FEND)."""

    @staticmethod
    def frameRange():
        return _session.frame_range

    @staticmethod
    def setFrameRange(start, end):
        if end < start:
            raise InvalidInput(f"The end frame {end} is before the start frame {start}")
        _session.frame_range = (float(start), float(end))
        _touch()


class hipFile:
    """The current scene file."""

    @staticmethod
    def path():
        return _session.path

    @staticmethod
    def basename():
        return os.path.basename(_session.path)

    @staticmethod
    def name():
        return os.path.relpath(_session.path)

    @staticmethod
    def hasUnsavedChanges():
        return True if _HYTHON else _session.modified

    @staticmethod
    def isNewFile():
        return _session.new_file

    @staticmethod
    def save(file_name=None, save_to_recent_files=True):
        target = os.path.abspath(file_name) if file_name else _session.path
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as stream:
                json.dump({"fake_hip": True, "nodes": sorted(_all_paths(_session.root))}, stream)
        except OSError as err:
            raise OperationFailed(f"Could not save {target}: {err}") from None
        _session.path = target
        _session.new_file = False
        _session.modified = False

    @staticmethod
    def clear(suppress_save_prompt=False):
        global _session
        _session = _Session()


class ScriptEvalContext:
    """``with hou.ScriptEvalContext(parm):`` expressions and variables (``$OS``) evaluate as in ``parm``."""

    def __init__(self, node_or_parm):
        self._node = node_or_parm.node() if isinstance(node_or_parm, Parm) else node_or_parm
        self._before = None

    def __enter__(self):
        self._before = _context[0]
        _context[0] = self._node
        return self

    def __exit__(self, *exc):
        _context[0] = self._before
        return False


_context = [None]  # the node ScriptEvalContext sets


def expandStringAtFrame(text, frame):
    """Variables in ``text`` expanded at ``frame`` (node variables from the ScriptEvalContext's node)."""
    return _expand_string(text, _context[0], frame, "the expanded string")


def expandString(text):
    return expandStringAtFrame(text, _session.frame)


def fileReferences(project_dir_variable="HIP", include_all_refs=True):
    """(parm, unexpanded path) for every file reference parm with a value, as SideFX documents it; the
    path is kept as written (``project_dir_variable`` substitution is not modelled) [UNCONFIRMED whether
    output parms of ROPs are listed: modelled as listed, as they are file reference parms]."""
    found = []
    for item in _all_nodes(_session.root):
        for parm in item._parms.values():
            template = parm._template
            if isinstance(template, StringParmTemplate) and template.stringType() is stringParmType.FileReference:
                path = parm.unexpandedString()
                if path:
                    found.append((parm, path))
    return tuple(found)


def _all_nodes(node):
    for child in node._children.values():
        yield child
        yield from _all_nodes(child)


def _all_paths(node):
    return [n.path() for n in _all_nodes(node)]


def selectedNodes(include_hidden=False):
    return tuple(n for n in _all_nodes(_session.root) if n._selected)


class ui:
    """The UI module; a hython session has none (removed below)."""

    @staticmethod
    def displayMessage(text, buttons=("OK",), severity=None, default_choice=0, close_choice=-1, help=None,
                       title=None, details=None, details_label=None, details_expanded=False, suppress=None):
        if not isinstance(text, str):
            raise TypeError(f"displayMessage text must be a string, not {text!r}")
        return default_choice


if _HYTHON:
    del ui


class qt:
    @staticmethod
    def mainWindow():
        return None


_session = _Session()
