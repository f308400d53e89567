"""The TCL that Nuke evaluates in string and file knobs, as far as a render submitter meets it.

Commands: ``value``, ``file dirname|rootname|tail|extension|join``, ``getenv``, ``frame``, ``python`` (only
``nuke.script_directory()``, Nuke's own default project directory; other Python is refused with a
RuntimeError naming it, since the fake does not run the artist's code). Variables: ``$env(NAME)``. Errors
are RuntimeErrors with TCL's wording.
"""
import os
import posixpath

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def substitute(text, context):
    """``text`` with commands, variables and backslashes substituted. ``context`` resolves names."""
    out, pos = [], 0
    while pos < len(text):
        char = text[pos]
        if char == "\\" and pos + 1 < len(text):
            out.append(_ESCAPES.get(text[pos + 1], text[pos + 1]))
            pos += 2
        elif char == "[":
            end = _close(text, pos, "[", "]")
            out.append(run(text[pos + 1:end], context))
            pos = end + 1
        elif char == "$":
            value, pos = _variable(text, pos)
            out.append(value)
        else:
            out.append(char)
            pos += 1
    return "".join(out)


def _close(text, start, opening, closing):
    depth, pos = 0, start
    while pos < len(text):
        char = text[pos]
        if char == "\\":
            pos += 2
            continue
        if char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return pos
        pos += 1
    raise RuntimeError(f'missing close-bracket in "{text[start:]}"')


def _variable(text, pos):
    name_end = pos + 1
    while name_end < len(text) and (text[name_end].isalnum() or text[name_end] == "_"):
        name_end += 1
    name = text[pos + 1:name_end]
    if not name:
        return "$", pos + 1
    if name == "env" and text.startswith("(", name_end):
        close = text.find(")", name_end)
        if close < 0:
            raise RuntimeError(f'missing ")" after $env in "{text}"')
        key = text[name_end + 1:close]
        if key not in os.environ:
            raise RuntimeError(f'can\'t read "env({key})": no such variable')
        return os.environ[key], close + 1
    raise RuntimeError(f'can\'t read "{name}": no such variable')


def _words(command, context):
    """The words of one command, each substituted as TCL does (braced words verbatim)."""
    words, pos = [], 0
    while True:
        while pos < len(command) and command[pos] in " \t\n":
            pos += 1
        if pos >= len(command):
            return words
        char = command[pos]
        if char == "{":
            end = _close(command, pos, "{", "}")
            words.append(command[pos + 1:end])
            pos = end + 1
        elif char == '"':
            end = pos + 1
            while end < len(command) and command[end] != '"':
                end += 2 if command[end] == "\\" else 1
            words.append(substitute(command[pos + 1:end], context))
            pos = end + 1
        else:
            end, depth = pos, 0
            while end < len(command) and (depth or command[end] not in " \t\n"):
                if command[end] == "\\":
                    end += 1
                elif command[end] == "[":
                    depth += 1
                elif command[end] == "]":
                    depth -= 1
                end += 1
            words.append(substitute(command[pos:end], context))
            pos = end


def run(command, context):
    """The result of one bracketed command."""
    words = _words(command, context)
    if not words:
        return ""
    name, args = words[0], words[1:]
    if name == "value":
        if not args:
            raise RuntimeError('wrong # args: should be "value knob ?default?"')
        return context.knob_text(args[0], args[1] if len(args) > 1 else None)
    if name == "file":
        return _file(args)
    if name == "getenv":
        return os.environ.get(args[0], "") if args else ""
    if name == "frame":
        return context.frame_text()
    if name == "python":
        code = " ".join(args).strip()
        if code.startswith("-exec"):
            code = code[len("-exec"):].strip()
        if code.replace(" ", "") == "nuke.script_directory()":
            return context.script_directory()
        raise RuntimeError(f"fake nuke: [python {code}] is not evaluated (the fake runs no Python from knobs; "
                           "only nuke.script_directory() is known)")
    raise RuntimeError(f'invalid command name "{name}"')


def _file(args):
    if not args:
        raise RuntimeError('wrong # args: should be "file subcommand ?arg ...?"')
    sub, rest = args[0], args[1:]
    if sub == "join":
        return posixpath.join(*rest) if rest else ""
    if len(rest) != 1:
        raise RuntimeError(f'wrong # args: should be "file {sub} name"')
    path = rest[0]
    if sub == "dirname":
        head = posixpath.dirname(path.rstrip("/")) if path.rstrip("/") else "/"
        return head or "."
    if sub == "tail":
        return posixpath.basename(path.rstrip("/"))
    if sub == "rootname":
        return posixpath.splitext(path)[0]
    if sub == "extension":
        return posixpath.splitext(path)[1]
    raise RuntimeError(f'bad option "{sub}": must be dirname, extension, join, rootname or tail')
