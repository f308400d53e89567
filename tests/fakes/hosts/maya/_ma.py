"""Maya ASCII as Maya writes it: a tokenizer, the reader that replays a file into a scene, and a writer.

A ``.ma`` file is MEL: statements ending in ``;``, strings in double quotes (``("a" + "b")`` for long
ones), flags that start with ``-``. The reader runs the commands Maya writes (``file``, ``requires``,
``currentUnit``, ``fileInfo``, ``createNode``, ``rename``, ``setAttr``, ``addAttr``, ``connectAttr``,
``select -ne``, ``lockNode``, ``relationship``, ``parent -add`` for an instance); any other command is
recorded as skipped, like a command Maya would run that the fake does not model. A command that fails is
recorded in ``scene.load_errors`` and reading goes on, as Maya reads on after an error in a file.
"""
import os
import re

# words come in runs
_TOKEN = re.compile(r'\s*(?://[^\n]*|("(?:[^"\\]|\\.)*")|([();+])|([^\s();"]+(?:\s+(?!//)[^\s();"]+)*)|$)')
_NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
#: Flags that take no value, per command (every other flag takes the token after it).
_SWITCHES = {"createNode": {"-s", "-ss"}, "setAttr": {"-av", "-c", "-ca"}, "connectAttr": {"-na", "-f"},
             "file": {"-r", "-gl", "-iv", "-i"}, "select": {"-ne", "-r", "-add", "-d", "-cl"},
             "addAttr": {"-m", "-uac"}, "parent": {"-s", "-nc", "-r", "-add", "-w", "-rm", "-a"}}
#: Long flag names as Maya also writes them (``createNode transform -shared -name "top"``): Autodesk's
#: command reference; every flag is read by its short name.
_LONG = {"-name": "-n", "-parent": "-p", "-shared": "-s", "-skipSelect": "-ss", "-uuid": "-uid",
         "-keyable": "-k", "-lock": "-l", "-size": "-s", "-alteredValue": "-av", "-clamp": "-c",
         "-caching": "-ca", "-channelBox": "-cb", "-nextAvailable": "-na", "-force": "-f",
         "-shape": "-s", "-noConnections": "-nc", "-relative": "-r", "-addObject": "-add", "-world": "-w",
         "-removeObject": "-rm", "-absolute": "-a", "-noExpand": "-ne", "-replace": "-r",
         "-deselect": "-d", "-clear": "-cl", "-reference": "-r", "-namespace": "-ns",
         "-referenceNode": "-rfn", "-deferReference": "-dr", "-options": "-op",
         "-referenceDepthInfo": "-rdi", "-groupLocator": "-gl", "-ignoreVersion": "-iv", "-import": "-i",
         "-shortName": "-sn", "-longName": "-ln", "-attributeType": "-at", "-dataType": "-dt",
         "-multi": "-m", "-usedAsColor": "-uac", "-numberOfChildren": "-nc", "-defaultValue": "-dv",
         "-minValue": "-min", "-maxValue": "-max", "-cachedInternally": "-ci", "-hidden": "-h"}
_BOOLS = {"yes": True, "on": True, "true": True, "no": False, "off": False, "false": False}


class Str(str):
    """A quoted string token (so that ``"-n"`` in quotes is a value, not a flag)."""


class MayaAsciiError(RuntimeError):
    """A file the reader cannot read: the message names the file, the line and the statement."""


def _unquote(token):
    body = token[1:-1]
    return Str(re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), body))


def statements(text):
    """Yield ``(line, tokens)`` for each statement of ``text``, in one pass over the text (line numbers
    are counted only where a statement starts)."""
    tokens, group, start = [], None, None
    line, counted = 1, 0  # the line number of offset ``counted``
    position, end = 0, len(text)
    match_at = _TOKEN.match
    while position < end:
        match = match_at(text, position)
        if match is None:
            line += text.count("\n", counted, position)
            raise MayaAsciiError(f"line {line}: cannot read {text[position:position + 40]!r}")
        quoted, special, word = match.groups()
        position = match.end()
        if quoted is None and special is None and word is None:
            continue  # blanks and comments
        if start is None:
            line += text.count("\n", counted, match.start(match.lastindex))
            counted, start = match.start(match.lastindex), line
        if word is not None:
            (group if group is not None else tokens).extend(word.split())
            continue
        token = quoted if quoted is not None else special
        if special == "(":
            group = []
        elif special == ")":
            tokens.append(Str("".join(group or [])))
            group = None
        elif group is not None:
            if special != "+":
                group.append(_unquote(token) if quoted is not None else token)
        elif special == ";":
            if tokens:
                yield start, tokens
            tokens, start = [], None
        else:
            tokens.append(_unquote(token) if quoted is not None else token)
    if tokens:
        yield start, tokens


def split_flags(command, tokens):
    """``(flags, positionals)`` of one statement: ``{"-n": value or True}`` and the other tokens."""
    switches = _SWITCHES.get(command, set())
    flags, args = {}, []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not isinstance(token, Str) and token.startswith("-") and not _NUMBER.match(token):
            token = _LONG.get(token, token)
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            takes_value = token not in switches and following is not None and (
                isinstance(following, Str) or not following.startswith("-") or _NUMBER.match(following))
            flags[token] = following if takes_value else True
            i += 2 if takes_value else 1
        else:
            args.append(token)
            i += 1
    return flags, args


def scalar(token):
    """A value token as Python: a bool, int, float or the text."""
    if isinstance(token, Str):
        return str(token)
    if token in _BOOLS:
        return _BOOLS[token]
    if _NUMBER.match(token):
        number = float(token)
        return int(number) if re.match(r"^[-+]?\d+$", token) else number
    return token


def read(scene, path, namespace="", reference=None):
    """Replay the file at ``path`` into ``scene`` (into ``namespace`` for a reference); failed commands go
    to ``scene.load_errors``."""
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            text = stream.read()
    except OSError as err:
        raise RuntimeError(f"File not found: {path} ({err.strerror})") from err
    if not text.startswith("//Maya ASCII"):
        raise RuntimeError(f"{path} is not a Maya ASCII file")
    reader = _Reader(scene, path, namespace, reference)
    for line, tokens in statements(text):
        command = tokens[0]
        try:
            flags, args = split_flags(command, tokens[1:])
            handler = getattr(reader, "c_" + command, None)
            if handler is None:
                scene.skipped.append(command)
            else:
                handler(flags, args)
        except (ValueError, KeyError, IndexError, RuntimeError) as err:
            # Maya reports the failed command and reads on (``file -q -errorStatus`` then answers true).
            scene.load_errors.append("{}:{}: {}: {}".format(os.path.basename(path), line, " ".join(
                str(t) for t in tokens)[:120], err))


class _Reader:
    def __init__(self, scene, path, namespace, reference):
        self.scene, self.path, self.namespace, self.reference = scene, path, namespace, reference
        self.current = None  # the node setAttr/addAttr act on; None while a shared node of a reference

    def name(self, name):
        """A name in the file as a name in the scene: ``:x`` is the root namespace, else our namespace."""
        if name.startswith(":"):
            return name[1:]
        if not self.namespace:
            return name
        return "|".join((self.namespace + ":" + part) if part else "" for part in name.split("|"))

    def c_requires(self, flags, args):
        if not self.reference:
            self.scene.requires.append(list(args))

    def c_fileInfo(self, flags, args):
        if not self.reference:
            self.scene.file_info[args[0]] = args[1]

    def c_currentUnit(self, flags, args):
        if not self.reference and "-t" in flags:
            self.scene.set_time_unit(flags["-t"])
        elif self.reference and "-t" in flags:
            self.reference.time_unit = flags["-t"]

    def c_file(self, flags, args):
        if "-r" not in flags:
            return  # -rdi: the reference's own nested references, read when it loads
        self.scene.add_reference(path=args[-1], namespace=self.name(flags.get("-ns", "")).lstrip(":"),
                                 node=self.name(flags.get("-rfn", "")), deferred=flags.get("-dr") in ("1", 1),
                                 file_type=flags.get("-typ", ""), parent=self.reference, base=self.path)

    def c_createNode(self, flags, args):
        shared = "-s" in flags
        if shared and self.reference:
            self.current = None  # shared nodes (persp, ...) of a referenced file are the scene's own
            return
        name = self.name(flags.get("-n") or args[0] + "1")
        parent = self.name(flags["-p"]) if "-p" in flags else None
        existing = self.scene.find(name, parent)
        if existing is not None and (shared or existing.type == "reference" == args[0]):
            self.current = existing
            return
        self.current = self.scene.create(args[0], name, parent=parent, shared=shared, reference=self.reference)

    def c_rename(self, flags, args):
        if self.current is not None and "-uid" in flags:
            self.current.uuid = flags["-uid"]

    def c_select(self, flags, args):
        if not args:
            return
        name = args[-1]
        if self.reference and name.startswith(":"):
            self.current = None
            return
        self.current = self.scene.default_node(self.name(name))

    def c_lockNode(self, flags, args):
        if self.current is not None:
            self.current.locked = flags.get("-l", "1") in ("1", 1, True)

    def c_addAttr(self, flags, args):
        node = self.scene.node(self.name(args[0])) if args else self.current
        if node is not None:
            node.add_attr(flags)

    def c_setAttr(self, flags, args):
        plug, values = args[0], args[1:]
        if plug.startswith("."):
            if self.current is None:
                return
            node, attr = self.current, plug[1:]
        else:
            node_name, attr = self.name(plug).split(".", 1)
            node = self.scene.node(node_name)
        node.set_from_file(attr, flags.get("-type"), values)

    def c_parent(self, flags, args):
        if "-add" in flags and "-s" in flags and len(args) == 2:  # a shape instanced under another transform
            node, parent = self.scene.node(self.name(args[0])), self.scene.node(self.name(args[1]))
            node.instance_parents.append(parent)
        else:
            self.scene.skipped.append("parent")

    def c_connectAttr(self, flags, args):
        source, destination = (self.name(a) for a in args[:2])
        if self.reference and (args[0].startswith(":") or args[1].startswith(":")):
            return  # connections to the scene's shared nodes stay the referenced file's business
        self.scene.connect(source, destination, next_available="-na" in flags, force="-f" in flags)


# -- writing -----------------------------------------------------------------------------------
def _quote(text):
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace(
        "\t", "\\t") + '"'


def _format(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return repr(value) if value != int(value) else str(int(value))
    return str(value)


def write(scene, path):
    """Write ``scene`` as Maya ASCII (as Maya lays it out: header, references, requires, units, nodes,
    connections)."""
    out = [f"//Maya ASCII {scene.version} scene", "//Name: " + os.path.basename(path),
           "//Codeset: UTF-8"]
    for ref in scene.references:
        if ref.parent is None:
            out.append(f"file -r -ns {_quote(ref.namespace)} -dr {1 if ref.deferred else 0} -rfn {_quote(ref.node)} "
                       f"-typ {_quote(ref.file_type)} {_quote(ref.path)};")
    out.append(f'requires maya "{scene.version}";')
    for args in scene.requires:
        if args[:1] != ["maya"]:
            out.append("requires " + " ".join(_quote(a) for a in args) + ";")
    out.append(f"currentUnit -l centimeter -a degree -t {scene.time_unit};")
    for key, value in scene.file_info.items():
        out.append(f"fileInfo {_quote(key)} {_quote(value)};")
    for node in scene.own_nodes():
        if node.default:
            out.append(f"select -ne :{node.name};")
        else:
            head = "createNode {}{} -n {}".format(node.type, " -s" if node.shared else "", _quote(node.name))
            if node.parent is not None:
                head += " -p " + _quote(node.parent.name)
            out.append(head + ";")
        if node.uuid:
            out.append(f"\trename -uid {_quote(node.uuid)};")
        for flags in node.added:
            out.append("\taddAttr " + " ".join(
                k if v is True else f"{k} {_quote(v) if isinstance(v, Str) else v}"
                for k, v in flags.items()) + ";")
        for attr, (kind, value) in node.file_values():
            out.append("\tsetAttr {}{};".format(_quote("." + attr), _file_value(kind, value)))
    for source, destination in scene.own_connections():
        out.append(f"connectAttr {_quote(source)} {_quote(destination)};")
    out.append("// End of " + os.path.basename(path))
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        stream.write("\n".join(out) + "\n")


def _file_value(kind, value):
    if kind == "raw":
        return "".join(" " + (_quote(t) if isinstance(t, Str) else str(t)) for t in value)
    if kind == "string":
        return ' -type "string" ' + _quote(value if value is not None else "")
    if isinstance(value, (tuple, list)):
        return " -type {} {}".format(_quote(kind), " ".join(_format(v) for v in value))
    return " " + _format(value)
