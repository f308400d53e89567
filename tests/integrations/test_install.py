"""``python -m integrations.install``: from a fresh non-editable ``pip install .``, each host finds what it needs.

For each host the installed console script writes its loader into a temporary folder; then a separate
"host" interpreter (isolated: no site-packages, nothing installed into it) sets up its path exactly as
the host does from what was written, with the fake host module standing in for the host's own, and
imports ``smedge_core``, ``integrations``, qtpy and the host package. ``--uninstall`` leaves the folder
as it was.
"""
import json
import os
import subprocess
import sys
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
host, dest, fake_hosts = sys.argv[1:4]
sys.path.insert(0, fake_hosts)  # the host's own modules (maya, nuke, hou): here, the project's fakes

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
            exec(compile(open(setup, encoding="utf-8").read(), setup, "exec"), {"__name__": "__main__", "__file__": setup})

def nuke_start(init):
    """Nuke running ~/.nuke/init.py; pluginAddPath as nuke/overrides.py does it (sys.path, then that init.py)."""
    import nuke
    def plugin_add_path(path, addToSysPath=True):
        path = path.rstrip("/\\")
        if addToSysPath and path not in sys.path:
            sys.path.insert(0, path)
        folder_init = os.path.join(path, "init.py")
        if os.path.isfile(folder_init):
            exec(compile(open(folder_init, encoding="utf-8").read(), folder_init, "exec"), {"__file__": folder_init, "__name__": "__main__"})
    nuke.pluginAddPath = plugin_add_path
    exec(compile(open(init, encoding="utf-8").read(), init, "exec"), {"__file__": init, "__name__": "__main__"})

def houdini_package(path):
    """Houdini reading a package: env (PYTHONPATH prepend) and path (HOUDINI_PATH: scripts/python)."""
    data = json.load(open(path, encoding="utf-8"))
    variables = {"HOUDINI_PACKAGE_PATH": os.path.dirname(path)}
    expand = lambda text: re.sub(r"\$(\w+)|\$\{(\w+)\}", lambda m: variables.get(m.group(1) or m.group(2), os.environ.get(m.group(1) or m.group(2), "")), text)
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
for name in ("smedge_core", "integrations", sys.argv[4]):
    found[name] = importlib.import_module(name).__file__
found["qtpy"] = importlib.util.find_spec("qtpy").origin
found["pytest"] = importlib.util.find_spec("pytest") is not None
print(json.dumps(found))
'''


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A new venv with ``pip install .`` (not editable) of this repository."""
    folder = tmp_path_factory.mktemp("installed") / "venv"
    venv.EnvBuilder(with_pip=True).create(str(folder))
    python = folder / ("Scripts" if os.name == "nt" else "bin") / "python"
    done = subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, universal_newlines=True)
    assert done.returncode == 0, done.stdout
    return folder


def snapshot(folder):
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None) for p in sorted(folder.rglob("*"))}


@pytest.mark.parametrize("host", install.HOSTS)
def test_install_into_each_host_from_an_installed_distribution(installed, host, tmp_path):
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / ("init.py" if host == "nuke" else "other_tool.json")).write_text("# the user's own\n", encoding="utf-8")
    before = snapshot(dest)
    script = installed / ("Scripts" if os.name == "nt" else "bin") / "smedge-submit-install"
    for attempt in (1, 2):  # idempotent: a second run rewrites the same files
        done = subprocess.run([str(script), host, "--dest", str(dest)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, universal_newlines=True)
        assert done.returncode == 0, done.stderr
        assert "Installed smedge-submit" in done.stdout and str(dest) in done.stdout
    lib = dest / "smedge_submit" / "lib"
    assert sorted(p.name for p in lib.iterdir()) == ["integrations", "qtpy", "smedge_core"]
    if host == "nuke":
        text = (dest / "init.py").read_text(encoding="utf-8")
        assert text.startswith("# the user's own\n") and text.count("smedge-submit >>>") == 1

    # an isolated interpreter: no site-packages, so only what the host's start-up put on sys.path is there
    host_python = Path(sys.base_prefix) / ("python.exe" if os.name == "nt" else "bin/python3")
    done = subprocess.run([str(host_python), "-I", "-S", "-c", HOST_STARTUP, host, str(dest), str(FAKE_HOSTS),
                           PACKAGES[host]], stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
                          cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    for name in ("smedge_core", "integrations", "qtpy"):
        assert Path(found[name]).parent == lib / name, found
    assert str(installed) in str(Path(found[PACKAGES[host]]).resolve())  # the host folder of the installation
    assert found["pytest"] is False  # nothing else of the environment reaches the host

    done = subprocess.run([str(script), host, "--dest", str(dest), "--uninstall"], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True)
    assert done.returncode == 0 and "Removed:" in done.stdout, done.stderr
    assert snapshot(dest) == before


def test_the_default_folders_follow_each_host(tmp_path):
    home = {"HOME": str(tmp_path)}
    assert install.default_dest("maya", home, "linux") == tmp_path / "maya" / "modules"
    assert install.default_dest("maya", dict(home, MAYA_APP_DIR=str(tmp_path / "m")), "linux") == tmp_path / "m" / "modules"
    assert install.default_dest("maya", home, "win32") == tmp_path / "Documents" / "maya" / "modules"
    assert install.default_dest("nuke", home, "linux") == tmp_path / ".nuke"
    with pytest.raises(RuntimeError, match="No Houdini preferences folder.*--dest"):
        install.default_dest("houdini", home, "linux")
    for name in ("houdini19.5", "houdini20.5", "houdini20.0", "houdini3.10-not"):
        (tmp_path / name).mkdir()
    assert install.default_dest("houdini", home, "linux") == tmp_path / "houdini20.5" / "packages"
    assert install.default_dest("houdini", dict(home, HOUDINI_USER_PREF_DIR=str(tmp_path / "h__HVER__")),
                                "linux") == tmp_path / "h" / "packages"


def test_uninstall_removes_a_folder_it_created_and_nothing_else(tmp_path, capsys):
    dest = tmp_path / "new" / "modules"
    assert install.main(["maya", "--dest", str(dest)]) == 0
    assert (dest / "smedge_submit.mod").read_text(encoding="utf-8").startswith("+ smedge_submit ")
    assert install.main(["maya", "--dest", str(dest), "--uninstall"]) == 0
    assert not dest.exists() and (tmp_path / "new").is_dir()
    assert install.main(["maya", "--dest", str(dest), "--uninstall"]) == 0
    assert "Nothing of smedge-submit to remove." in capsys.readouterr().out
