"""The .nk script format as Nuke writes it: TCL words, node blocks, the ``set``/``push`` stack, groups.

``parse(text)`` yields commands: ``("version", text)``, ``("node", class, [(knob, value)], line)``,
``("clone", var, [(knob, value)], line)`` (a clone of the node saved in ``var``; a clone copied from
another session, ``clone node1a2b|Read|123 Read {``, is a ``node``), ``("set", var, depth)``,
``("push", var or None)``, ``("end_group",)``. A word followed by a knob block is a node of that class,
whatever its case (plug-ins and gizmos are often lowercase: ``afanasy {``). Knob values are the knob's text
after the file's own quoting is undone (``"\\[value root.name]"`` -> ``[value root.name]``); braced
values are kept verbatim. ``script(...)`` writes a script back in the same format.
"""

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


class NkSyntaxError(RuntimeError):
    """A script Nuke could not read; the message names the line."""


class _Reader:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def line(self):
        return self.text.count("\n", 0, self.pos) + 1

    def error(self, message):
        return NkSyntaxError(f"line {self.line()}: {message}")

    def skip_blanks(self, newlines):
        text = self.text
        while self.pos < len(text):
            char = text[self.pos]
            if char in " \t\r" or (newlines and char == "\n"):
                self.pos += 1
            elif char == "\\" and text.startswith("\\\n", self.pos):
                self.pos += 2
            else:
                return

    def at_end_of_line(self):
        self.skip_blanks(newlines=False)
        return self.pos >= len(self.text) or self.text[self.pos] == "\n"

    def word(self):
        """One TCL word: braced (verbatim), quoted or bare (backslash escapes undone)."""
        self.skip_blanks(newlines=False)
        text = self.text
        if self.pos >= len(text):
            raise self.error("expected a word, found the end of the script")
        char = text[self.pos]
        if char == "{":
            return self._braced()
        if char == '"':
            return self._quoted()
        out, depth = [], 0
        while self.pos < len(text) and (depth or text[self.pos] not in " \t\r\n"):
            depth += {"[": 1, "]": -1}.get(text[self.pos], 0)
            if text[self.pos] == "\\" and self.pos + 1 < len(text):
                out.append(_ESCAPES.get(text[self.pos + 1], text[self.pos + 1]))
                self.pos += 2
            else:
                out.append(text[self.pos])
                self.pos += 1
        return "".join(out)

    def _braced(self):
        text, start, depth = self.text, self.pos + 1, 0
        while self.pos < len(text):
            char = text[self.pos]
            if char == "\\":
                self.pos += 2
                continue
            if char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    self.pos += 1
                    return text[start:self.pos - 1]
            self.pos += 1
        self.pos = start - 1
        raise self.error("unbalanced braces")

    def _quoted(self):
        text, out, start = self.text, [], self.pos
        self.pos += 1
        while self.pos < len(text):
            char = text[self.pos]
            if char == "\\" and self.pos + 1 < len(text):
                out.append(_ESCAPES.get(text[self.pos + 1], text[self.pos + 1]))
                self.pos += 2
            elif char == '"':
                self.pos += 1
                return "".join(out)
            else:
                out.append(char)
                self.pos += 1
        self.pos = start
        raise self.error("unterminated quoted string")


def parse(text):
    """The commands of a script, in order (see the module docstring)."""
    reader = _Reader(text)
    commands = []
    while True:
        reader.skip_blanks(newlines=True)
        if reader.pos >= len(text):
            return commands
        line = reader.line()
        if text[reader.pos] == "#":
            end = text.find("\n", reader.pos)
            reader.pos = len(text) if end < 0 else end
            continue
        command = reader.word()
        if command == "version":
            words = []
            while not reader.at_end_of_line():
                words.append(reader.word())
            commands.append(("version", " ".join(words)))
        elif command == "set":
            name, stack = reader.word(), reader.word()
            parts = stack.replace("[", " ").replace("]", " ").split()
            if len(parts) != 2 or parts[0] != "stack" or not parts[1].isdigit():
                raise reader.error(f"set {name} expects [stack N], found {stack!r}")
            commands.append(("set", name, int(parts[1])))
        elif command == "push":
            target = reader.word()
            if target == "0":
                commands.append(("push", None))
            elif target.startswith("$"):
                commands.append(("push", target[1:]))
            else:
                raise reader.error(f"push expects $variable or 0, found {target!r}")
        elif command == "end_group":
            commands.append(("end_group",))
        elif command in ("define_window_layout_xml", "add_layer"):
            reader.word()
        elif command == "clone":
            target = reader.word()
            if target.count("|") == 2 and not reader.at_end_of_line():
                # copied from another session: clone node<address>|<Class>|<pid> <Class> {...}; the
                # original is not in this script, so the node is a plain one of that class (unconfirmed)
                cls, body_line = reader.word(), reader.line()
                commands.append(("node", cls, _knobs(reader.word(), body_line), line))
                continue
            if not target.startswith("$") or reader.at_end_of_line():
                raise reader.error(f"clone expects $variable and a knob block, found {target!r}")
            body_line = reader.line()
            commands.append(("clone", target[1:], _knobs(reader.word(), body_line), line))
        elif not reader.at_end_of_line() and reader.text[reader.pos] == "{":
            body_line = reader.line()
            body = reader.word()
            commands.append(("node", command, _knobs(body, body_line), line))
        else:
            raise reader.error(f'unknown command "{command}"')
        if not reader.at_end_of_line():
            raise reader.error(f"unexpected text after {command}")


def _knobs(body, first_line):
    """``[(name, value)]`` of a node block; ``addUserKnob`` entries keep their braced definition."""
    reader = _Reader(body)
    knobs = []
    while True:
        reader.skip_blanks(newlines=True)
        if reader.pos >= len(body):
            return knobs
        try:
            name = reader.word()
            value = reader.word()
        except NkSyntaxError as err:
            line = first_line + reader.line() - 1
            raise NkSyntaxError("line {}: {}".format(line, str(err).split(": ", 1)[1])) from err
        knobs.append((name, value))  # Nuke also reads several "name value" pairs on one line


def words(text):
    """The TCL words of ``text`` (newlines are blanks), e.g. the knob list of ``createNode``."""
    reader, out = _Reader(text), []
    while True:
        reader.skip_blanks(newlines=True)
        if reader.pos >= len(text):
            return out
        out.append(reader.word())


def quote(value):
    """A knob value as Nuke writes it: bare when safe, else quoted with TCL's specials escaped."""
    if value and not any(c in value for c in ' \t\n\r"\\[]{}$;'):
        return value
    escaped = "".join("\\" + c if c in '"\\[]{}$' else {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(c, c)
                      for c in value)
    return f'"{escaped}"'
