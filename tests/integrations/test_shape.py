"""The shape every host package shares, and the layers' imports: no cycle, no private smedge_core name."""
import ast
import importlib
import inspect
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Package name -> the folder that holds it.
PACKAGES = {"smedge_core": ROOT, "integrations": ROOT, "smedge_maya": ROOT / "maya" / "scripts",
            "smedge_nuke": ROOT / "nuke", "smedge_houdini": ROOT / "houdini" / "scripts" / "python",
            "smedge_blender": ROOT / "blender"}
HOSTS = ("smedge_maya", "smedge_nuke", "smedge_houdini", "smedge_blender")
ENTRY_POINTS = ("build_graph", "export", "show", "submit", "submit_again")
SHAPE = ("records", "collect", "jobs", "checks", "host")


@pytest.fixture(autouse=True)
def host_packages_importable(monkeypatch):
    """The host packages' folders on sys.path, as each host puts them there."""
    for host in HOSTS:
        monkeypatch.syspath_prepend(str(PACKAGES[host]))


def modules():
    """``{module name: path}`` of every module of the packages (the Pyblish plug-in folders included)."""
    found = {}
    for package, folder in PACKAGES.items():
        for path in sorted((folder / package).rglob("*.py")):
            parts = path.relative_to(folder).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imports(name, path, known):
    """The modules of ``known`` that ``name`` imports anywhere (module level, functions, TYPE_CHECKING),
    and each imported name, as ``(module, name or None)``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[:len(parts) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                full = base + "." + alias.name
                out.append((full, None) if full in known else (base, alias.name))
    return [(module, imported) for module, imported in out if module.split(".")[0] in PACKAGES]


def test_the_walk_reads_every_layer():
    found = modules()
    assert {"smedge_core._api", "integrations.host", "integrations.ui.dialog", "smedge_maya.collect",
            "smedge_nuke.jobs", "smedge_houdini.rop", "smedge_blender.panel"} <= set(found)


def test_no_module_outside_smedge_core_imports_a_private_smedge_core_name():
    found = modules()
    private = sorted("{} imports {}{}".format(name, module, "." + imported if imported else "")
                     for name, path in found.items() if not name.startswith("smedge_core")
                     for module, imported in imports(name, path, found)
                     if module.startswith("smedge_core") and (
                         any(part.startswith("_") for part in module.split(".")) or (imported or "").startswith("_")))
    assert private == []


def test_the_packages_import_each_other_without_a_cycle():
    found = modules()
    graph = {name: set() for name in found}
    for name, path in found.items():
        for module, _ in imports(name, path, found):
            target = module
            while target and target not in found:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):  # a package's own __init__
                graph[name].add(target)
    cycles = []
    state = {}

    def visit(node, trail):
        state[node] = "open"
        for target in sorted(graph[node]):
            if state.get(target) == "open":
                cycles.append(" -> ".join([*trail[trail.index(target):], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []
    assert not any(m.startswith("integrations.ui") for m in graph["integrations.host"])  # Qt-free below ui


def test_the_layers_point_down():
    found = modules()
    for name, path in found.items():
        layer = name.split(".")[0]
        targets = {module.split(".")[0] for module, _ in imports(name, path, found)}
        if layer == "smedge_core":
            assert targets <= {"smedge_core"}, name
        elif layer == "integrations":
            assert targets <= {"smedge_core", "integrations"}, name


@pytest.mark.parametrize("host", HOSTS)
def test_every_host_package_has_the_same_modules(host):
    folder = PACKAGES[host] / host
    assert all((folder / (module + ".py")).is_file() for module in SHAPE)
    records = imports(host + ".records", folder / "records.py", modules())
    assert all(module.split(".")[0] != host or module == host + ".records" for module, _ in records)


def entry_signatures(host):
    package = importlib.import_module(host)
    assert sorted(package.__all__) == sorted(ENTRY_POINTS)
    return {name: inspect.signature(getattr(package, name)) for name in ENTRY_POINTS}


def test_every_host_package_has_the_same_entry_points_with_the_same_signatures():
    signatures = {host: entry_signatures(host) for host in HOSTS}
    assert signatures["smedge_maya"] == signatures["smedge_nuke"] == signatures["smedge_houdini"] == signatures[
        "smedge_blender"]
    returns = {name: signature.return_annotation for name, signature in signatures["smedge_maya"].items()}
    assert returns == {"build_graph": "JobGraph", "export": "Result", "show": "SubmitDialog", "submit": "Result",
                       "submit_again": "Result"}


def test_every_host_builds_jobs_with_one_signature():
    modules = [importlib.import_module(host + ".jobs") for host in HOSTS]
    signatures = [inspect.signature(module.build) for module in modules]
    assert {(tuple(s.parameters), tuple(str(p.annotation) for p in s.parameters.values())[1:], s.return_annotation)
            for s in signatures} == {
        (("records", "options", "studio"), ("Mapping[str, Any]", "StudioDefaults"), "JobGraph")}


def test_no_host_keeps_a_priority_rule_of_its_own():
    """The one rule is the shared one (``integrations.host.collect``): a host's jobs set a Priority only
    as an option gives it (Houdini's ``priority``)."""
    for host in HOSTS:
        text = (PACKAGES[host] / host / "jobs.py").read_text(encoding="utf-8")
        assert text.count("Priority") == (1 if host == "smedge_houdini" else 0), host
        assert 'job["Priority"] = priority' in text or host != "smedge_houdini"
