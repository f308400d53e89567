"""Nuke's expression language (``nuke.expr``, the ``{{...}}`` of a knob), as Foundry documents it:
floating point only; an animation curve (``curve x1 5 x10 20``) at the frame; ``frame``, ``t`` and ``x`` are
the frame; a dot-separated name is a knob (``root.first_frame``, ``parent.crop_bbox``, ``Group1.Write1.first``; a bare
name is a knob of the node itself, else of its Group, else of the Root). Operators ``?:``, ``||``, ``&&``, comparisons,
``+ - * / %``, ``**``, unary ``! - +``; the common math functions. ``[...]`` is TCL, substituted first.

``evaluate(text, resolve, frame)``: ``resolve(name)`` returns a knob's value as a float or raises
RuntimeError; anything the fake cannot evaluate raises RuntimeError naming it (the knob reports it when
read, never while a script loads).
"""
import math
import re

_TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|([A-Za-z_][\w.]*)|"
                    r"(\*\*|&&|\|\||==|!=|<=|>=|[-+*/%()<>!?:,]))")
_NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
_FUNCTIONS = {"min": min, "max": max, "abs": abs, "floor": math.floor, "ceil": math.ceil, "int": math.trunc,
              "rint": round, "pow": math.pow, "sqrt": math.sqrt, "exp": math.exp, "log": math.log,
              "log10": math.log10, "sin": math.sin, "cos": math.cos, "tan": math.tan, "asin": math.asin,
              "acos": math.acos, "atan": math.atan, "atan2": math.atan2, "degrees": math.degrees,
              "radians": math.radians, "clamp": lambda v, lo=0.0, hi=1.0: min(max(v, lo), hi),
              "lerp": lambda a, b, t: a + (b - a) * t}
_CONSTANTS = {"pi": math.pi, "true": 1.0, "false": 0.0}
_BINARY = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]


def unquoted(text):
    """The expression inside a knob's braces: ``"1 - parent.x"`` (quoted in the script) as ``1 - parent.x``."""
    text = text.strip()
    if len(text) > 1 and text[0] == '"' and text[-1] == '"':
        text = re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def evaluate(text, resolve, frame):
    if re.match(r"^curve\b", text.strip()):
        return _curve(text.strip(), frame)
    tokens = _tokens(text)
    parser = _Parser(tokens, resolve, frame, text)
    value = parser.ternary()
    if parser.pos != len(tokens):
        raise RuntimeError(f"cannot evaluate the expression {text!r}: unexpected {tokens[parser.pos][1]!r}")
    return value


def _curve(text, frame):
    """An animation curve as a script saves it (``curve x1 5 x10 20``, ``curve L 1 2 3``): the key at
    ``frame``, the first or last key outside them, linear between keys [UNCONFIRMED: Nuke's default
    interpolation is smooth; the fake does not model tangents]."""
    keys, at = [], 1.0
    for word in text.split()[1:]:
        if word.startswith("x") and _NUMBER.match(word[1:]):
            at = float(word[1:])
        elif _NUMBER.match(word):
            keys.append((at, float(word)))
            at += 1
        elif not re.match(r"^[A-Z]$", word):  # interpolation letters (K, L, C, ...) are skipped
            raise RuntimeError(f"cannot evaluate the curve {text!r}: unexpected {word!r}")
    if not keys:
        raise RuntimeError(f"cannot evaluate the curve {text!r}: it has no keys")
    if frame <= keys[0][0]:
        return keys[0][1]
    for (t0, v0), (t1, v1) in zip(keys, keys[1:]):
        if frame <= t1:
            return v0 + (v1 - v0) * (frame - t0) / (t1 - t0)
    return keys[-1][1]


def _tokens(text):
    out, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise RuntimeError(f"cannot evaluate the expression {text!r}: unexpected {text[pos:].strip()[:20]!r}")
        number, name, operator = match.groups()
        out.append(("number", float(number)) if number is not None else ("name", name) if name is not None
                   else ("op", operator))
        pos = match.end()
    return out


class _Parser:
    def __init__(self, tokens, resolve, frame, text):
        self.tokens, self.resolve, self.frame, self.text, self.pos = tokens, resolve, frame, text, 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self, operator):
        if self.peek() == ("op", operator):
            self.pos += 1
            return True
        return False

    def expect(self, operator):
        if not self.take(operator):
            raise RuntimeError(f"cannot evaluate the expression {self.text!r}: expected {operator!r}")

    def ternary(self):
        condition = self.binary(0)
        if self.take("?"):
            yes = self.ternary()
            self.expect(":")
            no = self.ternary()
            return yes if condition else no
        return condition

    def binary(self, level):
        if level == len(_BINARY):
            return self.power()
        left = self.binary(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in _BINARY[level]:
            operator = self.peek()[1]
            self.pos += 1
            left = _apply(operator, left, self.binary(level + 1))
        return left

    def power(self):
        base = self.unary()
        if self.take("**"):
            return math.pow(base, self.power())
        return base

    def unary(self):
        if self.take("!"):
            return 0.0 if self.unary() else 1.0
        if self.take("-"):
            return -self.unary()
        if self.take("+"):
            return self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.peek()
        self.pos += 1
        if kind == "number":
            return value
        if kind == "op" and value == "(":
            inner = self.ternary()
            self.expect(")")
            return inner
        if kind == "name":
            if self.take("("):
                args = [] if self.take(")") else self.arguments()
                if value in _FUNCTIONS:
                    return float(_FUNCTIONS[value](*args))
                if "." in value:
                    return self.resolve(value)  # a knob at a time: the fake's knobs are not animated
                raise RuntimeError(f"cannot evaluate the expression {self.text!r}: unknown function {value}")
            if value in ("frame", "t", "x"):
                return float(self.frame)
            if value == "y":
                return 0.0
            if value in _CONSTANTS:
                return _CONSTANTS[value]
            return self.resolve(value)
        raise RuntimeError(f"cannot evaluate the expression {self.text!r}: unexpected {value!r}")

    def arguments(self):
        args = [self.ternary()]
        while self.take(","):
            args.append(self.ternary())
        self.expect(")")
        return args


def _apply(operator, left, right):
    if operator == "||":
        return 1.0 if left or right else 0.0
    if operator == "&&":
        return 1.0 if left and right else 0.0
    if operator in ("==", "!=", "<", ">", "<=", ">="):
        result = {"==": left == right, "!=": left != right, "<": left < right, ">": left > right,
                  "<=": left <= right, ">=": left >= right}[operator]
        return 1.0 if result else 0.0
    if operator == "+":
        return left + right
    if operator == "-":
        return left - right
    if operator == "*":
        return left * right
    if right == 0:
        raise RuntimeError("division by zero")
    return left / right if operator == "/" else math.fmod(left, right)
