"""What a render layer changes when it is made current, as Maya applies it.

- The default layer (``masterLayer``) changes nothing.
- A legacy layer applies its adjustments: ``<layer>.adjustments[i].plug`` is connected from the plug it
  adjusts and ``.value`` holds the value in that layer.
- A Render Setup layer (a ``renderSetupLayer`` whose ``legacyRenderLayer`` is fed by the layer's
  ``message``) applies its overrides from lowest to highest priority: the layer's children list runs
  from ``childLowest`` along ``next`` -> ``previous`` connections; collections nest the same way. An
  absolute override sets its ``attrValue``; a relative one sets ``value * multiply + offset`` on top of
  what the overrides before it left; a unique override (``abs/relUniqueOverride``) acts on
  ``targetNodeName``, the others on every member of their collection (its selector's static selection
  and pattern, through the type filter, with the members' DAG descendants) that has the attribute.
  Disabled items (``selfEnabled`` off) and everything under them are skipped.

Not modelled: isolate-select, connection/shader/material overrides, expression selectors, overrides on
child plugs of compounds (``translateX`` under ``translate``), files saved with a Render Setup layer visible
(``apply*Override`` nodes).
"""
from ._scene import LIGHTS, OVERRIDES, matches_pattern

#: simpleSelector.typeFilter values the fake filters on (others select every type).
_FILTERS = {
    1: lambda n: n.type == "transform",
    2: lambda n: n.is_shape,
    4: lambda n: n.type in LIGHTS or (n.type == "transform" and any(c.type in LIGHTS for c in n.children)),
    7: lambda n: n.type == "camera" or (n.type == "transform" and any(c.type == "camera" for c in n.children)),
}


def overlay(scene, layer):
    """``{(node, attribute): value}`` for what ``layer`` changes (values in internal units)."""
    values = {}
    setup = [n for n, a in scene.destinations(layer, "message") if n.type == "renderSetupLayer"]
    if setup:
        _apply_children(scene, setup[0], None, values)
        return values
    if layer.name == "defaultRenderLayer":
        return values
    index = 0
    while f"adjustments[{index}].value" in layer.values or scene.source(
            layer, f"adjustments[{index}].plug"):
        source = scene.source(layer, f"adjustments[{index}].plug")
        if source is not None:
            node, attr = source
            spec = node.resolve(attr, strict=False)[1]
            raw = layer.get(f"adjustments[{index}].value")
            values[source] = _converted(scene.to_internal(spec.kind if spec else "", raw), spec)
        index += 1
    return values


def children(scene, parent):
    """The children of a Render Setup layer or collection, lowest priority first."""
    source = scene.source(parent, "childLowest")
    node, seen = (source[0] if source else None), set()
    while node is not None and node not in seen:
        yield node
        seen.add(node)
        node = next((n for n, a in scene.destinations(node, "next") if a == "previous"), None)


def _apply_children(scene, parent, members, values):
    for child in children(scene, parent):
        if not child.get("selfEnabled"):
            continue
        if child.type in OVERRIDES:
            _apply_override(scene, child, members or set(), values)
        elif scene.source(child, "selector") is not None:
            _apply_children(scene, child, _members(scene, child, members), values)
        else:
            _apply_children(scene, child, members, values)


def _members(scene, collection, within):
    selector = scene.source(collection, "selector")[0]
    found = []
    for name in (selector.get("staticSelection") or "").split("\n"):
        if name.strip():
            found.extend(scene.matches(name.strip().lstrip(":")))
    pattern = selector.get("pattern") or ""
    if pattern:
        found.extend(n for n in scene.nodes if n.dag and matches_pattern(n.name, pattern))
    keep = _FILTERS.get(selector.get("typeFilter"))
    if keep is not None:
        found = [n for n in found if keep(n)]
    members = set()
    stack = list(found)
    while stack:
        node = stack.pop()
        if node not in members:
            members.add(node)
            stack.extend(node.children)
    return members if within is None else members & within


def _apply_override(scene, override, members, values):
    attr = override.get("attribute")
    if not attr:
        return
    if override.type.endswith("UniqueOverride"):
        target = scene.find(override.get("targetNodeName") or "")
        targets = [target] if target is not None else []
    else:
        targets = sorted(members, key=lambda n: n.path)
    for node in targets:
        try:
            canonical, spec = node.resolve(attr)
        except ValueError:
            continue
        key = (node, canonical)
        if override.type.startswith("abs"):
            values[key] = _converted(override.get("attrValue"), spec)
        elif spec is not None and spec.kind in ("long", "float", "double", "time"):
            base = values[key] if key in values else node.get(canonical)
            multiply, offset = override.get("multiply"), override.get("offset")
            values[key] = _converted(base * (1.0 if multiply is None else multiply) + (offset or 0.0), spec)


def _converted(value, spec):
    if spec is None or value is None:
        return value
    if spec.kind == "bool":
        return bool(value)
    if spec.kind == "long":
        return round(value)
    if spec.kind in ("float", "double", "time"):
        return float(value)
    return value
