"""The ``$(...)`` substitution system: variables, member chains and modifiers, for commands and queries.

``$(Name)`` is a variable (names ignore case; ``SubRange.Start`` style names are variables too),
``$(Name.Member.Member)`` applies members left to right, ``$(Name.Modifier:arg1|arg2)`` a member with
arguments (it takes the rest of the token), ``$(:NAME)`` an environment variable. An unknown variable is
empty; an unknown member raises ValueError. Substitution is one pass: values are never expanded again.

Members: ``Path`` (parent folder), ``File`` (last component), ``Base`` (file name without extension),
``Ext`` (extension without the dot), ``Upper``, ``Lower``, ``Enquote`` (quoted as one argument of a
command line, as ``shlex.split`` reads it), ``Replace:a|b[|c|d...]`` (replace a with b, then c with d).
"""

import os
import re

_TOKEN = re.compile(r"\$\(([^()]*)\)")


def _split_path(value):
    stripped = value.rstrip("/\\") or value
    cut = max(stripped.rfind("/"), stripped.rfind("\\"))
    if cut < 0:
        return "", stripped
    return stripped[:cut] or stripped[:cut + 1], stripped[cut + 1:]


def enquote(value):
    """``value`` as one command-line argument for ``shlex.split``, always quoted."""
    return "'" + value.replace("'", "'\"'\"'") + "'"


def _replace(value, args):
    pairs = args.split("|")
    if len(pairs) % 2:
        raise ValueError(f"Replace needs pairs 'old|new', found {args!r}")
    for old, new in zip(pairs[::2], pairs[1::2]):
        value = value.replace(old, new)
    return value


def _base(value):
    name = _split_path(value)[1]
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name


def _ext(value):
    name = _split_path(value)[1]
    return name.rsplit(".", 1)[1] if "." in name.lstrip(".") else ""


MEMBERS = {
    "path": lambda value, args: _split_path(value)[0],
    "file": lambda value, args: _split_path(value)[1],
    "base": lambda value, args: _base(value),
    "ext": lambda value, args: _ext(value),
    "upper": lambda value, args: value.upper(),
    "lower": lambda value, args: value.lower(),
    "enquote": lambda value, args: enquote(value),
    "replace": _replace,
}


def resolve(token, variables, environ=None):
    """The value of one token (the text between ``$(`` and ``)``); ``variables`` maps lower-case names."""
    from_env = token.startswith(":")
    head, colon, args = (token[1:] if from_env else token).partition(":")
    parts = head.split(".")
    if from_env:
        value, members = (os.environ if environ is None else environ).get(parts[0], ""), parts[1:]
    else:
        value, members = "", parts[1:]
        for cut in range(len(parts), 0, -1):
            key = ".".join(parts[:cut]).lower()
            if key in variables:
                value, members = variables[key], parts[cut:]
                break
    for index, member in enumerate(members):
        function = MEMBERS.get(member.lower())
        if function is None:
            raise ValueError("unknown member {!r} in $({}); known: {}".format(
                member, token, ", ".join(sorted(MEMBERS))))
        value = function(value, args if colon and index == len(members) - 1 else "")
    return value


def expand(text, variables, environ=None):
    """``text`` with every ``$(...)`` replaced; ``variables`` maps lower-case names to str values."""
    return _TOKEN.sub(lambda match: resolve(match.group(1), variables, environ), text)


def lowered(values):
    """A variables map from a dict of names to values."""
    return {str(key).lower(): "" if value is None else str(value) for key, value in values.items()}
