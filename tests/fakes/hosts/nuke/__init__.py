"""A stateful fake of Foundry's ``nuke`` module, written from the Nuke Python reference and the hosts
reference (``shared/hosts-reference.md``), for tests of the Smedge submitter.

It holds one script: a Root (a Group) with nodes, knobs with values and expressions, inputs, Groups
(``begin``/``end``, ``with group:``), selection, the modified flag and menus. ``scriptOpen(path)`` reads
real ``.nk`` files (node blocks, TCL words, the ``set``/``push`` stack, ``Group {...} end_group``), and
``scriptSave`` writes them back. String and file knobs evaluate the TCL Nuke evaluates (``[value ...]``,
``[file dirname ...]``, ``$env(...)``; see ``_tcl``). Errors are raised as Nuke raises them: ``NameError``
for a missing knob through ``node['x']``, ``None`` from ``toNode``/``knob``, ``RuntimeError`` for what
Nuke refuses (``menu`` outside the GUI, a script that cannot be read). What the fake does not model it
refuses with a RuntimeError rather than guess: node classes are generic (a gizmo is an opaque node,
its insides unknown), Python inside knob expressions is not run.

``GUI`` is True as in an interactive session; a test of terminal mode (``nuke -t``) sets it False.
"""
import fnmatch
import os
import re

from . import _expr, _nk, _tcl

EXPRESSIONS = 1
INPUTS = 2
HIDDEN_INPUTS = 4
LINKINPUTS = 8
INVISIBLE = 0x400
# nuke.plugins switches [UNCONFIRMED values: the reference names them, not their numbers].
ALL = 1
NODIR = 2
GUI = True
NUKE_VERSION_MAJOR = 15
NUKE_VERSION_MINOR = 0
NUKE_VERSION_RELEASE = 4
NUKE_VERSION_STRING = "15.0v4"
env = {"NukeVersionString": NUKE_VERSION_STRING, "NukeVersionMajor": NUKE_VERSION_MAJOR,
       "NukeVersionMinor": NUKE_VERSION_MINOR}

_NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


class CancelledError(Exception):
    """Raised by Nuke when the user cancels an operation."""


# -- knobs ---------------------------------------------------------------------------------------------
class Knob:
    """A knob that keeps its text (unknown knobs read from a script are these)."""

    TYPE_ID = None  # addUserKnob type number

    def __init__(self, name, label=None, value=None):
        self._name = name
        self._label = label if label is not None else name
        self._node = None
        self._flags = 0
        self._expression = None
        self._value = self._default() if value is None else self._checked(value)

    def _default(self):
        return ""

    def _checked(self, value):
        return str(value)

    def _from_text(self, text):
        return text

    def _to_text(self):
        return str(self._value)

    def _changed(self):
        if self._node is not None:
            self._node._touched()

    def Class(self):
        return type(self).__name__

    def name(self):
        return self._name

    def label(self):
        return self._label

    def node(self):
        return self._node

    def setFlag(self, flag):
        self._flags |= flag

    def clearFlag(self, flag):
        self._flags &= ~flag

    def getFlag(self, flag):
        return bool(self._flags & flag)

    def value(self):
        return self._value

    def getValue(self):
        return self.value()

    def setValue(self, value):
        self._value = self._checked(value)
        self._expression = None
        self._changed()
        return True

    def hasExpression(self):
        return self._expression is not None

    def isAnimated(self):
        """True for keys or an expression (the fake keeps a curve as an expression)."""
        return self._expression is not None

    def toScript(self):
        return "{" + self._expression + "}" if self._expression is not None else self._to_text()

    def fromScript(self, text):
        self._load(text)
        self._changed()
        return True

    def _load(self, text):
        self._value = self._from_text(text)

    def __repr__(self):
        return f"<{self.Class()} {self._name!r}>"


class Tab_Knob(Knob):
    TYPE_ID = 20


class String_Knob(Knob):
    TYPE_ID = 1

    def _checked(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self._name}: expected a string, got {value!r}")
        return value

    def getText(self):
        return self._value


class EvalString_Knob(String_Knob):
    def evaluate(self):
        """The text with its TCL substituted and the frame number put in any #### / %04d."""
        return _frame_filled(self._substituted(), root()._frame())

    def _substituted(self):
        return _tcl.substitute(self._value, _Context(self._node))


class Multiline_Eval_String_Knob(EvalString_Knob):
    TYPE_ID = 22


class File_Knob(EvalString_Knob):
    TYPE_ID = 2

    def getEvaluatedValue(self):
        """The text with its TCL substituted, the sequence in Nuke's notation: #### comes back as %04d
        (hosts reference: "TCL evaluated, but the sequence kept as %0Nd"; value() keeps the text)."""
        return re.sub(r"#+", lambda m: f"%0{len(m.group(0))}d", self._substituted())


class Boolean_Knob(Knob):
    TYPE_ID = 6

    def _default(self):
        return False

    def _checked(self, value):
        return bool(value)

    def _from_text(self, text):
        lowered = text.strip().lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
        raise RuntimeError(f"{self._name}: {text!r} is not a boolean")

    def _load(self, text):
        if text.strip().startswith("{"):  # an expression, as on any animatable knob
            self._expression = _expr.unquoted(text.strip()[1:-1])
        else:
            self._value = self._from_text(text)
            self._expression = None

    def _to_text(self):
        return "true" if self._value else "false"

    def setExpression(self, expression):
        self._expression = expression
        self._changed()
        return True

    def value(self):
        if self._expression is None:
            return self._value
        return bool(_expression_value(self._expression, self._node))


class Disable_Knob(Boolean_Knob):
    pass


class Double_Knob(Knob):
    """A number that may hold an expression (``{{root.first_frame}}`` in a script)."""

    TYPE_ID = 7
    _kind = float

    def _default(self):
        return self._kind(0)

    def _checked(self, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{self._name}: expected a number, got {value!r}")
        return self._kind(value)

    def _load(self, text):
        text = text.strip()
        if text.startswith("{") and text.endswith("}"):
            self._expression = _expr.unquoted(text[1:-1])
        elif _NUMBER.match(text):
            self._value = self._kind(float(text))
            self._expression = None
        else:
            raise RuntimeError(f"{self._name}: {text!r} is not a number")

    def _to_text(self):
        return repr(self._value) if self._kind is float and not self._value.is_integer() else str(int(self._value))

    def setExpression(self, expression):
        self._expression = expression
        self._changed()
        return True

    def value(self):
        if self._expression is None:
            return self._value
        return self._kind(_expression_value(self._expression, self._node))


class Int_Knob(Double_Knob):
    TYPE_ID = 3
    _kind = int


class Enumeration_Knob(Knob):
    TYPE_ID = 4

    def __init__(self, name, label=None, values=()):
        self._values = list(values)
        super().__init__(name, label)

    def _default(self):
        return self._values[0] if self._values else ""

    def _checked(self, value):
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(self._values):
            return self._values[value]
        if value not in self._values:
            raise ValueError(f"{self._name}: {value!r} is not one of {self._values}")
        return value

    def values(self):
        return list(self._values)


class MultiView_Knob(Knob):
    """The views a node works on; unset, all the script's views (``value()`` is space separated)."""

    def __init__(self, name, label=None):
        super().__init__(name, label)
        self._value = None

    def value(self):
        return " ".join(views()) if self._value is None else self._value

    def _to_text(self):
        return self.value()

    def _from_text(self, text):
        return " ".join(text.split())


_USER_KNOBS = {cls.TYPE_ID: cls for cls in (String_Knob, File_Knob, Int_Knob, Boolean_Knob, Double_Knob, Tab_Knob,
                                            Multiline_Eval_String_Knob)}

# The Write's file_type menu as Nuke 15 lists it (values()); the empty value means "from the file's
# extension". mxf is UNCONFIRMED (Nuke writes MXF since 12, from memory): not checked against a live values().
WRITE_FILE_TYPES = ("", "cin", "dpx", "exr", "hdr", "jpeg", "mov", "mxf", "null", "pic", "png", "sgi", "targa",
                    "tiff", "xpm", "yuv")

# The Read's and Write's frame knob modes (Foundry's Read/Write reference); "expression" with no frame
# text is the default: file numbers are the frames.
FRAME_MODES = ("expression", "start at", "offset")


# Other nodes that read a file, and the file knob (Foundry's Nuke node reference: ReadGeo's and Precomp's
# "file", Camera's and Axis's "file" read when "read from file" (read_from_file) is on, OCIOFileTransform's
# "file", Vectorfield's "vfield_file"). Documentation only.
_FILE_KNOBS = {"ReadGeo": "file", "Camera": "file", "Camera2": "file", "Camera3": "file", "Camera4": "file",
               "Axis": "file", "Axis2": "file", "Axis3": "file", "Precomp": "file", "OCIOFileTransform": "file",
               "Vectorfield": "vfield_file"}
_FROM_FILE = ("Camera", "Camera2", "Camera3", "Camera4", "Axis", "Axis2", "Axis3")


def _node_knobs(cls):
    """The knobs a node of ``cls`` starts with (knobs of other classes come from the script as text)."""
    knobs = [String_Knob("name"), Boolean_Knob("selected"), Int_Knob("xpos"), Int_Knob("ypos"),
             Multiline_Eval_String_Knob("label")]
    if cls == "Root":
        return [File_Knob("name"), File_Knob("project_directory"), Int_Knob("first_frame", value=1),
                Int_Knob("last_frame", value=100), Int_Knob("frame", value=1), Double_Knob("fps", value=24),
                Boolean_Knob("proxy"), String_Knob("views", value="main")]
    knobs.append(Disable_Knob("disable"))
    if cls in ("Write", "DeepWrite", "WriteGeo", "Read", "DeepRead"):
        knobs += [Enumeration_Knob("frame_mode", values=FRAME_MODES), String_Knob("frame")]
    if cls in ("Write", "DeepWrite", "WriteGeo"):
        knobs += [File_Knob("file"), File_Knob("proxy"), Enumeration_Knob("file_type", values=WRITE_FILE_TYPES),
                  Boolean_Knob("use_limit"), Int_Knob("first", value=1), Int_Knob("last", value=100),
                  Int_Knob("render_order", value=1), MultiView_Knob("views"), Boolean_Knob("reading"),
                  String_Knob("channels", value="rgb")]
    elif cls in ("Read", "DeepRead", "ReadGeo2"):
        knobs += [File_Knob("file"), File_Knob("proxy"), Int_Knob("first", value=1), Int_Knob("last", value=1),
                  Int_Knob("origfirst", value=1), Int_Knob("origlast", value=1)]
    elif cls in _FILE_KNOBS:
        knobs.append(File_Knob(_FILE_KNOBS[cls]))
        if cls in _FROM_FILE:
            knobs.append(Boolean_Knob("read_from_file"))
    elif cls == "Input":
        knobs.append(Int_Knob("number"))
    elif cls == "Switch":
        knobs.append(Double_Knob("which"))
    return knobs


#: Classes that are Groups: a script holds their nodes up to ``end_group``. Foundry: nuke.LiveGroup has the
#: Group methods, collapseToVariableGroup returns "the new Group node", "a gizmo is a Group Node ... saved in
#: a separate .gizmo file" (which opens with ``Gizmo {``). That a published LiveGroup writes its nodes too is
#: unconfirmed.
_GROUP_CLASSES = ("Group", "LiveGroup", "VariableGroup", "Gizmo")
_NO_INPUTS = {"Read", "DeepRead", "ReadGeo2", "Constant", "ColorBars", "CheckerBoard2", "Input", "BackdropNode",
              "StickyNote", "Root"}


def _frame_filled(path, frame):
    path = re.sub(r"#+", lambda m: f"%0{len(m.group(0))}d" % frame, path)
    return re.sub(r"%(0\d+)?d", lambda m: m.group(0) % frame, path)


# -- nodes ---------------------------------------------------------------------------------------------
class Node:
    """A node: knobs, inputs, its Group."""

    def __init__(self, cls, group):
        self._class = cls
        self._group = group
        self._knobs = {}
        self._inputs = []
        for knob in _node_knobs(cls):
            self._add(knob)

    def _add(self, knob):
        knob._node = self
        self._knobs[knob.name()] = knob

    def _touched(self):
        if not _STATE.loading:
            _STATE.modified = True

    def Class(self):
        return self._class

    def name(self):
        return self._knobs["name"].value()

    def fullName(self):
        parents = []
        group = self._group
        while group is not None and group is not _STATE.root:
            parents.append(group.name())
            group = group._group
        return ".".join([*list(reversed(parents)), self.name()])

    def setName(self, name):
        if not isinstance(name, str) or not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
            raise ValueError(f"Illegal name '{name}'")
        other = self._group.node(name) if self._group is not None else None
        if other is not None and other is not self:
            raise ValueError(f"Name '{name}' is already in use")
        self._knobs["name"].setValue(name)

    def knob(self, name):
        if isinstance(name, int):
            knobs = list(self._knobs.values())
            return knobs[name] if 0 <= name < len(knobs) else None
        return self._knobs.get(name)

    def knobs(self):
        return dict(self._knobs)

    def __getitem__(self, name):
        knob = self._knobs.get(name)
        if knob is None:
            raise NameError(f"knob {name} does not exist")
        return knob

    def addKnob(self, knob):
        if not isinstance(knob, Knob):
            raise TypeError(f"addKnob expects a Knob, got {knob!r}")
        if knob.name() in self._knobs:
            raise ValueError(f"knob {knob.name()} already exists on {self.name()}")
        knob._user = True
        self._add(knob)
        self._touched()

    def maxInputs(self):
        if self._class in _NO_INPUTS:
            return 0
        return 1 if self._class in ("Write", "DeepWrite", "WriteGeo", "Output") else 99

    def input(self, index):
        return self._inputs[index] if 0 <= index < len(self._inputs) else None

    def inputs(self):
        while self._inputs and self._inputs[-1] is None:
            self._inputs.pop()
        return len(self._inputs)

    def setInput(self, index, node):
        if index < 0 or index >= self.maxInputs() or (node is not None and node._group is not self._group):
            return False
        while len(self._inputs) <= index:
            self._inputs.append(None)
        self._inputs[index] = node
        self._touched()
        return True

    def dependencies(self, what=EXPRESSIONS | INPUTS | HIDDEN_INPUTS):
        """Direct dependencies only: inputs (INPUTS/HIDDEN_INPUTS), nodes named in expressions (EXPRESSIONS)."""
        out = []
        if what & (INPUTS | HIDDEN_INPUTS):
            out += [node for node in self._inputs if node is not None]
        if what & EXPRESSIONS:
            for knob in self._knobs.values():
                expression = getattr(knob, "_expression", None)
                for name in re.findall(r"([A-Za-z_][\w.]*)\.\w+", expression or ""):
                    node = _Context(self).node_named(name)
                    if node is not None and node is not self:
                        out.append(node)
        unique = []
        for node in out:
            if node not in unique:
                unique.append(node)
        return unique

    def isSelected(self):
        return self._knobs["selected"].value()

    def setSelected(self, selected):
        self._knobs["selected"]._value = bool(selected)  # selecting does not modify the script

    def __repr__(self):
        return "<{} {}>".format(self._class, self.fullName() if self._group is not None else "Root")


class Group(Node):
    """A Group (and the Root): nodes inside, ``begin``/``end`` or ``with`` to create nodes in it."""

    def __init__(self, cls, group):
        super().__init__(cls, group)
        self._nodes = []

    def nodes(self):
        return list(self._nodes)

    def numNodes(self):
        return len(self._nodes)

    def node(self, name):
        head, _, rest = name.partition(".")
        found = next((n for n in self._nodes if n.name() == head), None)
        if rest:
            return found.node(rest) if isinstance(found, Group) else None
        return found

    def begin(self):
        _STATE.context.append(self)
        return self

    def end(self):
        if len(_STATE.context) > 1 and _STATE.context[-1] is self:
            _STATE.context.pop()

    def __enter__(self):
        return self.begin()

    def __exit__(self, *exc):
        self.end()
        return False

    def output(self):
        """The group's Output node, or None."""
        return next((n for n in self._nodes if n.Class() == "Output"), None)

    def maxInputs(self):
        return sum(1 for n in self._nodes if n.Class() == "Input") if self is not _STATE.root else 0


class Root(Group):
    def name(self):
        return self._knobs["name"].value() or "Root"

    def fullName(self):
        return "root"

    def modified(self):
        return _STATE.modified

    def setModified(self, modified):
        _STATE.modified = bool(modified)

    def firstFrame(self):
        return int(self["first_frame"].value())

    def lastFrame(self):
        return int(self["last_frame"].value())

    def fps(self):
        return int(self["fps"].value())

    def proxy(self):
        return bool(self["proxy"].value())

    def setProxy(self, proxy):
        self["proxy"].setValue(bool(proxy))

    def _frame(self):
        return int(self["frame"].value())


class _State:
    def __init__(self):
        self.root = Root("Root", None)
        self.context = [self.root]
        self.modified = False
        self.loading = False


_STATE = _State()


class _Context:
    """Resolves names for TCL and expressions the way Nuke does for a knob of ``node``."""

    def __init__(self, node):
        self.node = node

    def node_named(self, name):
        """The node a TCL or expression path names: ``root``, ``this``, ``parent``, ``input0``, ``Group1.Write1``,
        ``parent.parent``..."""
        head, _, rest = name.partition(".")
        node = self._first(head)
        for part in rest.split(".") if rest else ():
            if node is None:
                return None
            if part == "parent":
                node = node._group if node._group is not None else _STATE.root
            else:
                node = node.node(part) if isinstance(node, Group) else None
        return node

    def _first(self, name):
        node = self.node
        if name == "root":
            return _STATE.root
        if name == "this":
            return node
        if name == "parent":
            return node._group if node is not None and node._group is not None else _STATE.root
        if name.startswith("input") and node is not None:
            index = name[len("input"):]
            return node.input(int(index) if index.isdigit() else 0)
        group = node._group if node is not None and node._group is not None else _STATE.root
        return next((n for n in group._nodes if n.name() == name), None) or _STATE.root.node(name)

    def knob_text(self, path, default):
        node_name, _, knob_name = path.rpartition(".")
        if node_name:
            node = self.node_named(node_name)
            knob = node.knob(knob_name) if node is not None else None
        else:  # a bare name: the node's own knob, else its Group's, else the Root's
            here = self.node if self.node is not None else _STATE.root
            group = here._group if here._group is not None else _STATE.root
            knob = next((k for k in (n.knob(knob_name) for n in (here, group, _STATE.root)) if k is not None), None)
        if knob is None:
            if default is not None:
                return default
            raise RuntimeError(f"{path}: no such knob")
        value = knob.value()
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def frame_text(self):
        return str(_STATE.root._frame())

    def script_directory(self):
        return script_directory()


def _expression_value(expression, node):
    """A Nuke expression of a knob of ``node`` (see ``_expr``); RuntimeError naming the node and the reason
    when it cannot be evaluated [UNCONFIRMED: what Nuke's value() gives for an expression in error]."""
    context = _Context(node)

    def resolve(name):
        text = context.knob_text(name, None)
        if text in ("true", "false"):
            return 1.0 if text == "true" else 0.0
        if not _NUMBER.match(text.strip()):
            raise RuntimeError(f"{name} is not a number: {text!r}")
        return float(text)

    try:
        return _expr.evaluate(_tcl.substitute(expression, context), resolve, _STATE.root._frame())
    except RuntimeError as err:
        raise RuntimeError("{}: expression {!r}: {}".format(
            node.fullName() if node is not None else "root", expression, err)) from err


# -- the script ----------------------------------------------------------------------------------------
def root():
    """The Root node; never None."""
    return _STATE.root


def thisGroup():
    return _STATE.context[-1]


def _unique_name(group, base, node=None):
    names = {n.name() for n in group._nodes if n is not node}
    if base not in names:
        return base
    stem = base.rstrip("0123456789") or base
    number = 1
    while f"{stem}{number}" in names:
        number += 1
    return f"{stem}{number}"


def _new_node(cls, group, name=None):
    node = (Group if cls in _GROUP_CLASSES else Node)(cls, group)
    node._knobs["name"]._value = _unique_name(group, name or cls + "1")
    if cls == "Input":
        node._knobs["number"]._value = sum(1 for n in group._nodes if n.Class() == "Input")
    group._nodes.append(node)
    return node


def createNode(node, knobs="", inpanel=True):
    """Create a node of class ``node`` in the current group, connected to the selected node, selected."""
    if not isinstance(node, str) or not re.match(r"^[A-Z]\w*$", node):
        raise RuntimeError(f"{node!r}: unknown command")
    group = thisGroup()
    selected = [n for n in group._nodes if n.isSelected()]
    new = _new_node(node, group)
    pairs = _nk.words(knobs)
    if len(pairs) % 2:
        raise RuntimeError(f"createNode {node}: knobs must be name value pairs, got {knobs!r}")
    for name, value in zip(pairs[::2], pairs[1::2]):
        _set_from_script(new, name, value)
    if len(selected) == 1 and new.maxInputs() > 0:
        new.setInput(0, selected[0])
    for other in selected:
        other._knobs["selected"]._value = False
    new._knobs["selected"]._value = True
    _STATE.modified = True
    return new


class _Nodes:
    """``nuke.nodes.Write(file="...", inputs=[node])``: create a node without connecting or selecting."""

    def __getattr__(self, cls):
        if not re.match(r"^[A-Z]\w*$", cls):
            raise AttributeError(cls)

        def make(**knobs):
            inputs = knobs.pop("inputs", ())
            node = _new_node(cls, thisGroup(), knobs.pop("name", None))
            for name, value in knobs.items():
                node[name].setValue(value)
            for index, upstream in enumerate(inputs):
                node.setInput(index, upstream)
            _STATE.modified = True
            return node

        return make


nodes = _Nodes()


def _set_from_script(node, name, value):
    if name == "name":
        node._knobs["name"]._value = _unique_name(node._group, value, node) if node._group is not None else value
        return
    if name == "addUserKnob":
        words = value.split()
        if len(words) < 2 or not words[0].isdigit():
            raise RuntimeError(f"addUserKnob {{{value}}}: expected a type number and a name")
        knob = _USER_KNOBS.get(int(words[0]), Knob)(words[1])
        if "+INVISIBLE" in words:
            knob.setFlag(INVISIBLE)
        knob._user = True
        node._add(knob)
        return
    knob = node.knob(name)
    if knob is None:
        knob = Knob(name)
        node._add(knob)
    knob._load(value)


def scriptClear():
    """Clear the script: no nodes, root knobs back to their defaults, not modified."""
    _STATE.__init__()


def scriptOpen(filename):
    """Read ``filename`` into the (empty) current script; Root name becomes its path."""
    if _STATE.root._nodes or _STATE.root["name"].value():
        raise RuntimeError("fake nuke: a script is already open; call nuke.scriptClear() first "
                           "(Nuke opens another window here)")
    path = os.path.abspath(filename)
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:  # Nuke reads bytes: a label in
            text = stream.read()  # another encoding (GBK, Latin-1) loads; unconfirmed how it shows
    except OSError as err:
        raise RuntimeError(f"{filename}: {err.strerror}") from err
    try:
        commands = _nk.parse(text)
    except _nk.NkSyntaxError as err:
        raise RuntimeError(f"{filename}: {err}") from err
    _STATE.loading = True
    try:
        _run(commands, filename)
        _STATE.root._knobs["name"]._value = path.replace(os.sep, "/")
    except Exception:
        _STATE.__init__()
        raise
    finally:
        _STATE.loading = False
    _STATE.modified = False


def _run(commands, filename):
    stacks, variables, groups = [[]], {}, [_STATE.root]
    for command in commands:
        kind, stack = command[0], stacks[-1]
        if kind == "set":
            _, name, depth = command
            variables[name] = stack[-1 - depth] if depth < len(stack) else None
        elif kind == "push":
            if command[1] == "cut_paste_input" and command[1] not in variables:
                variables[command[1]] = None  # Nuke's paste defines it; a toolset may not (unconfirmed)
            if command[1] is not None and command[1] not in variables:
                raise RuntimeError(f"{filename}: push ${command[1]}: no such variable")
            stack.append(variables[command[1]] if command[1] is not None else None)
        elif kind == "end_group":
            if len(groups) == 1:
                raise RuntimeError(f"{filename}: end_group without a Group")
            groups.pop()
            stacks.pop()
        elif kind in ("node", "clone"):
            _, cls, knobs, line = command
            if kind == "clone":
                if not isinstance(variables.get(cls), Node):
                    raise RuntimeError(f"{filename}: line {line}: clone ${cls}: no such node")
                original = variables[cls]
                cls = original.Class()
            if cls == "Root":
                for name, value in knobs:
                    if name != "inputs":
                        _set_from_script(_STATE.root, name, value)
                continue
            count = 0 if cls in _NO_INPUTS else 1
            node = _new_node(cls, groups[-1])
            if kind == "clone":
                _share_knobs(original, node)
            for name, value in knobs:
                if name == "inputs":
                    count = int(value.split()[0]) if value.split() and value.split()[0].isdigit() else count
                else:
                    try:
                        _set_from_script(node, name, value)
                    except (RuntimeError, TypeError) as err:
                        raise RuntimeError(f"{filename}: line {line}: {err}") from err
            popped = [stack.pop() if stack else None for _ in range(count)]
            node._inputs = popped
            stack.append(node)
            if cls in _GROUP_CLASSES:
                groups.append(node)
                stacks.append([])
    if len(groups) > 1:
        raise RuntimeError(f"{filename}: Group {groups[-1].name()} has no end_group")


def _share_knobs(original, clone):
    """A clone shares every knob of its original but its name, position and selection (TCL ``clone``:
    "a clone node that behaves identical to the original"); its knobs' expressions read in the original's
    context [UNCONFIRMED]."""
    for name, knob in original._knobs.items():
        if name not in ("name", "xpos", "ypos", "selected"):
            clone._knobs[name] = knob


def scriptName():
    name = _STATE.root["name"].value()
    if not name:
        raise RuntimeError("No script name: the script has never been saved")
    return name


def script_directory():
    name = _STATE.root["name"].value()
    return os.path.dirname(name) if name else ""


def modified():
    return _STATE.modified


def scriptSave(filename=None):
    """Save to ``filename`` (a copy; the script keeps its name) or to the script's own path.

    Outside the GUI (``nuke -t``) a bare ``scriptSave()`` depends on the modified flag: with the flag off
    it silently writes nothing (hosts reference, after ynput/ayon-nuke PR #341).
    """
    target = filename or _STATE.root["name"].value()
    if not target:
        raise RuntimeError("fake nuke: the script has no name; Nuke would ask for one (use scriptSaveAs)")
    if not filename and not GUI and not _STATE.modified:
        return True
    _write(target)
    if not filename:
        _STATE.modified = False
    return True


def scriptSaveAs(filename=None, overwrite=-1):
    if not filename:
        raise RuntimeError("scriptSaveAs: a filename is required outside the GUI file browser")
    if os.path.exists(filename) and overwrite != 1:
        raise RuntimeError(f"{filename} already exists")
    _STATE.root["name"]._value = os.path.abspath(filename).replace(os.sep, "/")
    _write(filename)
    _STATE.modified = False


def _write(path):
    lines = ["#! fake-nuke -nx", "version {} v{}".format(
        f"{NUKE_VERSION_MAJOR}.{NUKE_VERSION_MINOR}", NUKE_VERSION_RELEASE)]
    lines.append("Root {")
    lines += _knob_lines(_STATE.root)
    lines.append("}")
    _group_lines(_STATE.root, lines)
    with open(path, "w", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")


def _knob_lines(node):
    out = []
    for knob in node._knobs.values():
        if getattr(knob, "_user", False):
            out.append(" addUserKnob {{{} {}{}}}".format(
                knob.TYPE_ID or 1, knob.name(), " +INVISIBLE" if knob.getFlag(INVISIBLE) else ""))
        if isinstance(knob, MultiView_Knob) and knob._value is None:
            continue
        out.append(f" {knob.name()} {_nk.quote(knob.toScript())}")
    return out


def _group_lines(group, lines):
    for node in group._nodes:
        count = node.inputs()
        for index in reversed(range(count)):
            upstream = node.input(index)
            lines.append("push {}".format(f"$N{id(upstream):x}" if upstream is not None else "0"))
        lines.append(f"{node.Class()} {{")
        lines.append(f" inputs {count}")
        lines += _knob_lines(node)
        lines.append("}")
        if isinstance(node, Group):
            _group_lines(node, lines)
            lines.append("end_group")
        lines.append(f"set N{id(node):x} [stack 0]")


def toNode(name):
    """The node of that (full, dotted) name, or None."""
    if name == "root":
        return _STATE.root
    return thisGroup().node(name) or _STATE.root.node(name)


def allNodes(filter=None, group=None, recurseGroups=False):
    """Nodes of the group (the current one by default), of the exact class ``filter`` when given."""
    found = []

    def walk(parent):
        for node in parent._nodes:
            if filter is None or node.Class() == filter:
                found.append(node)
            if recurseGroups and isinstance(node, Group):
                walk(node)

    walk(group if group is not None else thisGroup())
    return found


def selectedNodes(filter=None):
    return [n for n in allNodes(filter) if n.isSelected()]


def selectedNode():
    chosen = selectedNodes()
    if not chosen:
        raise ValueError("no node selected")
    return chosen[-1]


def views():
    """The script's views, from the Root ``views`` knob (one ``name colour`` a line)."""
    names = [line.split()[0].strip("{}") for line in _STATE.root["views"].value().splitlines() if line.split()]
    return names or ["main"]


# -- menus ---------------------------------------------------------------------------------------------
class MenuItem:
    def __init__(self, name, command=None, shortcut=None, icon=None, tooltip=None):
        self._name, self._command, self._shortcut, self._icon, self._tooltip = name, command, shortcut, icon, tooltip
        self._enabled = True

    def name(self):
        return self._name

    def script(self):
        return self._command if isinstance(self._command, str) else ""

    def setEnabled(self, enabled):
        self._enabled = bool(enabled)

    def invoke(self):
        if callable(self._command):
            self._command()
        elif isinstance(self._command, str):
            exec(self._command, {"nuke": __import__(__name__), "__name__": "__main__"})
        else:
            createNode(self._name)


class Menu(MenuItem):
    def __init__(self, name):
        super().__init__(name)
        self._items = []

    def items(self):
        return list(self._items)

    def _child(self, name):
        return next((i for i in self._items if i.name() == name), None)

    def findItem(self, name):
        head, _, rest = name.partition("/")
        item = self._child(head)
        if rest:
            return item.findItem(rest) if isinstance(item, Menu) else None
        return item

    def addMenu(self, name, icon=None, tooltip=None, index=None):
        head, _, rest = name.partition("/")
        item = self._child(head)
        if not isinstance(item, Menu):
            item = Menu(head)
            self._insert(item, index if not rest else None)
        item._icon = icon if icon is not None else item._icon
        return item.addMenu(rest, icon, tooltip, index) if rest else item

    def addCommand(self, name, command=None, shortcut=None, icon=None, tooltip=None, index=None, **options):
        folder, _, leaf = name.rpartition("/")
        menu = self.addMenu(folder) if folder else self
        existing = menu._child(leaf)
        item = MenuItem(leaf, command, shortcut, icon, tooltip)
        if existing is not None:
            menu._items[menu._items.index(existing)] = item
        else:
            menu._insert(item, index)
        return item

    def addSeparator(self, index=None):
        item = MenuItem("")
        self._insert(item, index)
        return item

    def removeItem(self, name):
        item = self.findItem(name)
        if item is None:
            return False
        folder = name.rpartition("/")[0]
        (self.findItem(folder) if folder else self)._items.remove(item)
        return True

    def _insert(self, item, index):
        if index is None or index < 0:
            self._items.append(item)
        else:
            self._items.insert(index, item)


_MENUS = {}
_MENU_NAMES = ("Nuke", "Pane", "Nodes", "Properties", "Animation", "Viewer", "Node Graph", "Axis")


# The plug-in path (nuke.pluginPath): ~/.nuke first by default; a session's, not a script's.
_PLUGIN_PATH = [os.path.join(os.path.expanduser("~"), ".nuke")]


def pluginPath():
    """The folders Nuke searches for plug-ins and gizmos, in search order."""
    return list(_PLUGIN_PATH)


def pluginAddPath(args, addToSysPath=True):
    """Put ``args`` (a path or a list of them) at the start of the plug-in path, one already there moved
    (the reference: "If the path already exists in the list of plugin paths, it is moved to the start");
    ``sys.path`` and the folder's init.py are not modelled."""
    for path in reversed([args] if isinstance(args, str) else list(args)):
        if path in _PLUGIN_PATH:
            _PLUGIN_PATH.remove(path)
        _PLUGIN_PATH.insert(0, path)


def plugins(switches=0, *pattern):
    """With ``ALL``: the files in the plug-in path's folders whose names match a glob ``pattern`` (full
    paths in search order; ``NODIR``: names only). The loaded plug-ins (no ``ALL``) are not modelled."""
    if not switches & ALL:
        raise RuntimeError("fake nuke: plugins() lists only with nuke.ALL (loaded plug-ins are not modelled)")
    found = []
    for folder in _PLUGIN_PATH:
        try:
            names = sorted(os.listdir(folder))
        except OSError:
            continue
        for name in names:
            if not pattern or any(fnmatch.fnmatch(name, p) for p in pattern):
                found.append(name if switches & NODIR else os.path.join(folder, name))
    return found


def menu(name):
    """A menu bar or toolbar; RuntimeError when Nuke is not in GUI mode, None for an unknown name."""
    if not GUI:
        raise RuntimeError("menu: Nuke is not running in GUI mode")
    if name not in _MENU_NAMES:
        return None
    if name not in _MENUS:
        _MENUS[name] = Menu(name)
        if name == "Nuke":
            for top in ("File", "Edit", "Render", "Help"):
                _MENUS[name].addMenu(top)
    return _MENUS[name]


def message(prompt):
    """Shows a message box in Nuke; the fake logs nothing and returns None."""
    return None
