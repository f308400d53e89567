"""``python -m integrations.install``: from a fresh non-editable ``pip install .``, each host finds what it needs.

For each host the installed console script writes its loader into a temporary folder; then a separate
"host" interpreter (isolated: no site-packages, nothing installed into it) sets up its path exactly as
the host does from what was written, with the fake host module standing in for the host's own, and
imports ``smedge_core``, ``integrations``, qtpy and the host package. ``--uninstall`` leaves the folder
as it was.
"""
import errno
import importlib.util
import json
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

import pytest

from integrations import install

ROOT = Path(__file__).resolve().parents[2]
FAKE_HOSTS = ROOT / "tests" / "fakes" / "hosts"
PACKAGES = {"maya": "smedge_maya", "nuke": "smedge_nuke", "houdini": "smedge_houdini"}

# The host's start-up, as each host does it from the files the installer wrote (see hosts-reference.md).
HOST_STARTUP = r'''
import json, os, re, sys
host, dest, fake_hosts, package, binding = sys.argv[1:6]
# the host's own modules (maya, nuke, hou: here, the project's fakes) and the Qt binding it ships
sys.path[0:0] = [fake_hosts] + ([binding] if binding else [])

def maya_module(path):
    """Maya reading a .mod file: '+ [CONDITIONS] name version path', then NAME+:=rel / NAME+=value lines."""
    module = None
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("+ "):
            words = [w for w in line[2:].split() if ":" not in w]
            module = words[2] if os.path.isabs(words[2]) else os.path.join(os.path.dirname(path), words[2])
            sys.path.append(os.path.join(module, "scripts"))
        elif module and line.startswith("PYTHONPATH+:="):
            sys.path.append(os.path.join(module, line.split(":=", 1)[1].strip()))
        elif module and line.startswith("PYTHONPATH+="):
            sys.path.append(line.split("+=", 1)[1].strip())
        elif module and line.startswith("PYTHONPATH="):
            sys.path.append(line.split("=", 1)[1].strip())
    for folder in list(sys.path):  # Maya runs every userSetup.py on sys.path
        setup = os.path.join(folder, "userSetup.py")
        if os.path.isfile(setup):
            exec(compile(open(setup, encoding="utf-8").read(), setup, "exec"),
                 {"__name__": "__main__", "__file__": setup})

def nuke_start(init):
    """Nuke running ~/.nuke/init.py; pluginAddPath as nuke/overrides.py does it (sys.path, then that init.py)."""
    import nuke
    def plugin_add_path(path, addToSysPath=True):
        path = path.rstrip("/\\")
        if addToSysPath and path not in sys.path:
            sys.path.insert(0, path)
        folder_init = os.path.join(path, "init.py")
        if os.path.isfile(folder_init):
            exec(compile(open(folder_init, encoding="utf-8").read(), folder_init, "exec"),
                 {"__file__": folder_init, "__name__": "__main__"})
    nuke.pluginAddPath = plugin_add_path
    exec(compile(open(init, encoding="utf-8").read(), init, "exec"), {"__file__": init, "__name__": "__main__"})

def houdini_package(path):
    """Houdini reading a package: env (PYTHONPATH prepend) and path (HOUDINI_PATH: scripts/python)."""
    data = json.load(open(path, encoding="utf-8"))
    variables = {"HOUDINI_PACKAGE_PATH": os.path.dirname(path)}
    def expand(text):
        def value(match):
            name = match.group(1) or match.group(2)
            return variables.get(name, os.environ.get(name, ""))
        return re.sub(r"\$(\w+)|\$\{(\w+)\}", value, text)
    for entry in data.get("env", []):
        for name, value in entry.items():
            if isinstance(value, dict):
                value = value["value"]
            variables[name] = expand(value if isinstance(value, str) else os.pathsep.join(value))
            if name == "PYTHONPATH":
                sys.path[0:0] = variables[name].split(os.pathsep)
    for folder in ([data["path"]] if isinstance(data.get("path"), str) else data.get("path", [])):
        sys.path.append(os.path.join(expand(folder), "scripts", "python"))

if host == "maya":
    maya_module(os.path.join(dest, "smedge_submit.mod"))
elif host == "nuke":
    nuke_start(os.path.join(dest, "init.py"))
else:
    houdini_package(os.path.join(dest, "smedge_submit.json"))
import importlib, importlib.util
found = {}
for name in ("smedge_core", "integrations", "packaging", package):
    found[name] = importlib.import_module(name).__file__
if binding:  # qtpy needs a binding to import: the one the host ships
    import qtpy
    found["qtpy"], found["binding"] = qtpy.__file__, qtpy.API_NAME
else:
    found["qtpy"] = importlib.util.find_spec("qtpy").origin
found["pytest"] = importlib.util.find_spec("pytest") is not None
print(json.dumps(found))
'''


@pytest.fixture(scope="session")
def installed(tmp_path_factory):
    """A new venv with ``pip install .`` (not editable) of this repository, made once per test session:
    under pytest-xdist the first worker to need it makes it, the others wait for it."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # shared by the session's workers
    folder, done = root / "installed" / "venv", root / "installed.done"
    try:
        (root / "installed").mkdir()
    except FileExistsError:  # another worker makes it
        deadline = time.monotonic() + 900
        while not done.exists() and time.monotonic() < deadline:
            time.sleep(0.5)
    else:
        problem = "making the venv failed in another test"
        try:
            venv.EnvBuilder(with_pip=True).create(str(folder))
            python = folder / ("Scripts" if os.name == "nt" else "bin") / "python"
            made = subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)
            problem = "" if made.returncode == 0 else made.stdout or "pip failed"
        finally:
            done.write_text(problem, encoding="utf-8")
    assert done.exists(), "the venv made by another worker was not ready in time"
    problem = done.read_text(encoding="utf-8")
    assert not problem, problem
    return folder


@pytest.fixture(scope="module")
def host_binding(tmp_path_factory):
    """A folder holding only the Qt binding of this environment (as a host ships one), or "" without one."""
    for binding, shiboken in (("PySide6", "shiboken6"), ("PySide2", "shiboken2")):
        found = [importlib.util.find_spec(name) for name in (binding, shiboken)]
        if all(spec is not None and spec.submodule_search_locations for spec in found):
            folder = tmp_path_factory.mktemp("host-binding")
            for spec in found:
                source = Path(next(iter(spec.submodule_search_locations)))
                (folder / source.name).symlink_to(source, target_is_directory=True)
            return str(folder)
    return ""


def snapshot(folder):
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("host", [h for h in install.HOSTS if h != "blender"])  # blender: tests/blender
def test_install_into_each_host_from_an_installed_distribution(installed, host_binding, host, tmp_path):
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / ("init.py" if host == "nuke" else "other_tool.json")).write_text("# the user's own\n", encoding="utf-8")
    before = snapshot(dest)
    script = installed / ("Scripts" if os.name == "nt" else "bin") / "smedge-submit-install"
    for _attempt in (1, 2):  # idempotent: a second run rewrites the same files
        done = subprocess.run([str(script), host, "--dest", str(dest)], capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stderr
        assert "Installed smedge-submit" in done.stdout and str(dest) in done.stdout
    lib = dest / "smedge_submit" / host / "lib"
    assert sorted(p.name for p in lib.iterdir()) == ["integrations", "packaging", "qtpy", "smedge_core"]
    if host == "nuke":
        text = (dest / "init.py").read_text(encoding="utf-8")
        assert text.startswith("# the user's own\n") and text.count("smedge-submit >>>") == 1

    # an isolated interpreter: no site-packages, so only what the host's start-up put on sys.path is there
    host_python = Path(sys.base_prefix) / ("python.exe" if os.name == "nt" else "bin/python3")
    done = subprocess.run([str(host_python), "-I", "-S", "-c", HOST_STARTUP, host, str(dest), str(FAKE_HOSTS),
                           PACKAGES[host], host_binding], capture_output=True, text=True, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    for name in ("smedge_core", "integrations", "qtpy", "packaging"):
        assert Path(found[name]).parent == lib / name, found
    if host_binding:
        assert found["binding"] in ("PySide6", "PySide2")  # qtpy imported, over the host's binding
    assert str(installed) in str(Path(found[PACKAGES[host]]).resolve())  # the host folder of the installation
    assert found["pytest"] is False  # nothing else of the environment reaches the host

    done = subprocess.run([str(script), host, "--dest", str(dest), "--uninstall"], capture_output=True,
                          text=True)
    assert done.returncode == 0 and "Uninstalled smedge-submit for " + host in done.stdout, done.stderr
    assert snapshot(dest) == before


def test_the_default_folders_follow_each_host(tmp_path):
    home = {"HOME": str(tmp_path)}
    assert install.default_dest("maya", home, "linux") == tmp_path / "maya" / "modules"
    assert install.default_dest("maya", dict(home, MAYA_APP_DIR=str(tmp_path / "m")), "linux") == (
        tmp_path / "m" / "modules")
    assert install.default_dest("maya", home, "win32") == tmp_path / "Documents" / "maya" / "modules"
    assert install.default_dest("nuke", home, "linux") == tmp_path / ".nuke"
    with pytest.raises(RuntimeError, match=r"No Houdini preferences folder.*--dest"):
        install.default_dest("houdini", home, "linux")
    for name in ("houdini19.5", "houdini20.5", "houdini20.0", "houdini3.10-not"):
        (tmp_path / name).mkdir()
    assert install.default_dest("houdini", home, "linux") == tmp_path / "houdini20.5" / "packages"
    (tmp_path / "prefs").mkdir()
    for name in ("h19.5", "h20.5", "h20.0"):
        (tmp_path / "prefs" / name).mkdir()
    assert install.default_dest("houdini", dict(home, HOUDINI_USER_PREF_DIR=str(tmp_path / "prefs" / "h__HVER__")),
                                "linux") == tmp_path / "prefs" / "h20.5" / "packages"
    assert install.default_dest("houdini", dict(home, HOUDINI_USER_PREF_DIR=str(tmp_path / "prefs" / "fixed")),
                                "linux") == tmp_path / "prefs" / "fixed" / "packages"


def test_uninstall_removes_the_folders_it_created_and_nothing_else(tmp_path, capsys):
    (tmp_path / "home").mkdir()
    dest = tmp_path / "home" / "maya" / "modules"  # as ~/maya/modules, before Maya ever ran
    assert install.main(["maya", "--dest", str(dest)]) == 0
    assert (dest / "smedge_submit.mod").read_text(encoding="utf-8").startswith("+ smedge_submit ")
    assert install.main(["maya", "--dest", str(dest), "--uninstall"]) == 0
    assert list((tmp_path / "home").iterdir()) == []
    out = capsys.readouterr().out
    assert "removed {}".format(dest / "smedge_submit.mod") in out
    assert "removed {}".format(tmp_path / "home" / "maya") in out
    assert install.main(["maya", "--dest", str(dest), "--uninstall"]) == 0
    assert f"Nothing of smedge-submit to remove in {dest}." in capsys.readouterr().out


def test_uninstall_says_restored_edited_or_left(tmp_path, capsys):
    nuke_dest, maya_dest = tmp_path / ".nuke", tmp_path / "modules"
    nuke_dest.mkdir()
    (nuke_dest / "init.py").write_text("import os\n", encoding="utf-8")
    for host, dest in (("nuke", nuke_dest), ("maya", maya_dest)):
        assert install.main([host, "--dest", str(dest)]) == 0
    assert install.main(["nuke", "--dest", str(nuke_dest), "--uninstall"]) == 0
    out = capsys.readouterr().out
    assert "restored {} as it was before the install".format(nuke_dest / "init.py") in out and "Removed" not in out
    install.install("nuke", nuke_dest)
    with open(str(nuke_dest / "init.py"), "a", encoding="utf-8") as stream:
        stream.write("print('added later')\n")
    with open(str(maya_dest / "smedge_submit.mod"), "a", encoding="utf-8") as stream:
        stream.write("MY_VARIABLE=1\n")
    assert install.main(["nuke", "--dest", str(nuke_dest), "--uninstall"]) == 0
    out = capsys.readouterr().out
    assert "took the smedge-submit block out of {} (edited since".format(nuke_dest / "init.py") in out
    assert install.main(["maya", "--dest", str(maya_dest), "--uninstall"]) == 0
    assert "left {}: changed since the install".format(maya_dest / "smedge_submit.mod") in capsys.readouterr().out
    assert sorted(p.name for p in maya_dest.iterdir()) == ["smedge_submit.mod"]


def test_errors_name_dest_when_it_is_the_cause(tmp_path, capsys, monkeypatch):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    assert install.main(["maya", "--dest", str(tmp_path / "a-file" / "modules")]) == 1
    err = capsys.readouterr().err
    assert "cannot install into --dest {}: a file stands where a folder should be: {}".format(
        tmp_path / "a-file" / "modules", tmp_path / "a-file") in err and "Errno" not in err
    monkeypatch.setenv("MAYA_APP_DIR", str(tmp_path / "a-file"))
    assert install.main(["maya"]) == 1
    assert "cannot install into {} (the default folder; --dest chooses another)".format(
        tmp_path / "a-file" / "modules") in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_failure_half_way_rolls_the_install_back(tmp_path, capsys, monkeypatch):
    dest = tmp_path / ".nuke"
    dest.mkdir()
    (dest / "init.py").write_bytes(b"import os\r\n")

    def read_only(path, text):  # as writing a read-only init.py fails (root may write it anyway)
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(install, "_write", read_only)
    assert install.main(["nuke", "--dest", str(dest)]) == 1
    err = capsys.readouterr().err
    assert "cannot install into --dest {}: Permission denied: {}".format(dest, dest / "init.py") in err
    assert sorted(p.name for p in dest.iterdir()) == ["init.py"] and (dest / "init.py").read_bytes() == b"import os\r\n"
    monkeypatch.undo()
    sources = install._library_source

    def no_qtpy(name):  # the lib folder half made: two links written, then qtpy is missing
        if name == "qtpy":
            raise RuntimeError("qtpy is not installed in this Python")
        return sources(name)

    monkeypatch.setattr(install, "_library_source", no_qtpy)
    assert install.main(["maya", "--dest", str(tmp_path / "new" / "modules")]) == 1
    assert "qtpy is not installed" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == [".nuke"]


@pytest.mark.parametrize("before", [None, b"", b"\n# header\nimport os\n\n\n", b"no newline at the end",
                                    b"import nuke\r\nnuke.pluginAddPath('x')\r\n", b"# caf\xe9 (Latin-1)\n"])
def test_the_users_init_py_comes_back_byte_for_byte(tmp_path, before):
    dest = tmp_path / ".nuke"
    dest.mkdir()
    if before is not None:
        (dest / "init.py").write_bytes(before)
    assert install.main(["nuke", "--dest", str(dest)]) == 0
    assert install.main(["nuke", "--dest", str(dest)]) == 0  # a second install keeps the first one's record
    data = (dest / "init.py").read_bytes()
    assert data.count(b"smedge-submit >>>") == 1 and data.startswith(before or b"# >>>")
    assert install.main(["nuke", "--dest", str(dest), "--uninstall"]) == 0
    assert (dest / "init.py").exists() is (before is not None)
    if before is not None:
        assert (dest / "init.py").read_bytes() == before
    assert sorted(dest.iterdir()) == ([dest / "init.py"] if before is not None else [])


def test_an_edited_init_py_loses_only_the_block(tmp_path):
    dest = tmp_path / ".nuke"
    dest.mkdir()
    (dest / "init.py").write_text("import os\n", encoding="utf-8")
    install.install("nuke", dest)
    with open(str(dest / "init.py"), "a", encoding="utf-8") as stream:
        stream.write("print('added later')\n")
    install.uninstall("nuke", dest)
    assert (dest / "init.py").read_text(encoding="utf-8") == "import os\nprint('added later')\n"


def test_two_hosts_in_one_folder_and_a_relative_dest(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tools").mkdir()
    install.install("maya", "tools")
    install.install("houdini", "tools")
    mod = (tmp_path / "tools" / "smedge_submit.mod").read_text(encoding="utf-8")
    assert "PYTHONPATH+={}".format((tmp_path / "tools" / "smedge_submit" / "maya" / "lib").as_posix()) in mod
    package = json.loads((tmp_path / "tools" / "smedge_submit.json").read_text(encoding="utf-8"))
    assert Path(package["env"][0]["PYTHONPATH"]["value"]).is_absolute() and Path(package["path"]).is_absolute()
    install.uninstall("maya", "tools")
    lib = Path(package["env"][0]["PYTHONPATH"]["value"])
    assert (tmp_path / "tools" / "smedge_submit.json").exists() and (lib / "smedge_core").is_dir()
    install.uninstall("houdini", "tools")
    assert list((tmp_path / "tools").iterdir()) == []
