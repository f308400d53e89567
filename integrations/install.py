"""Install the submitter into a DCC host with one command, or take it out again.

    python -m integrations.install maya|nuke|houdini [--dest DIR] [--uninstall]
    smedge-submit-install maya|nuke|houdini [--dest DIR] [--uninstall]

It writes the host's own loader, pointing at this installation (a clone, or an installed distribution,
which carries the host folders as ``smedge_submit_hosts.<host>``):

- **maya**: ``<dest>/smedge_submit.mod`` (dest: the user's Maya ``modules`` folder), a Maya module whose
  path is this installation's ``maya/`` folder;
- **nuke**: a marked block in ``<dest>/init.py`` (dest: ``~/.nuke``) that adds this installation's
  ``nuke/`` folder to Nuke's plugin path;
- **houdini**: ``<dest>/smedge_submit.json`` (dest: the ``packages`` folder of the newest Houdini user
  preferences folder), a Houdini package whose ``path`` is this installation's ``houdini/`` folder.
- **blender**: ``<dest>/addons/smedge_blender``, a link to this installation's add-on, and
  ``<dest>/smedge_submit/blender/lib`` with ``smedge_core`` and ``integrations`` only (dest: the user
  scripts folder of each Blender version found, see :func:`blender_dests`).

Beside the loader, ``<dest>/smedge_submit/<host>/lib`` holds ``smedge_core``, ``integrations``, ``qtpy`` and
``packaging`` (which qtpy imports): links to this installation's copies (copies on Windows). The loader
puts only that folder on the host's Python path: the hosts ship PySide2 or PySide6 but not qtpy, and no
other package of this environment reaches them. Running it again rewrites the same files;
``--uninstall`` removes only what it wrote for that host (a user's ``init.py`` comes back byte for byte).
"""
from __future__ import annotations

import argparse
import errno
import importlib.util
import json
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

__all__ = ["HOSTS", "UNINSTALLED", "blender_dests", "default_dest", "host_folder", "install", "main", "uninstall"]

HOSTS = ("maya", "nuke", "houdini", "blender")
#: The packages the host gets on its Python path (packaging: qtpy imports it).
LIBRARIES = ("smedge_core", "integrations", "qtpy", "packaging")
NAME = "smedge_submit"
_BEGIN = "# >>> smedge-submit >>> (written by python -m integrations.install nuke; --uninstall removes it)"
_END = "# <<< smedge-submit <<<"
_MARKER = {"maya": "scripts/userSetup.py", "nuke": "menu.py", "houdini": "toolbar",
           "blender": "smedge_blender/__init__.py"}


def version() -> str:
    import smedge_core

    return smedge_core.__version__


def host_folder(host: str) -> Path:
    """This installation's folder for ``host``: ``<repo>/<host>`` in a clone, else the shipped copy."""
    repo = Path(__file__).resolve().parent.parent / host
    if (repo / _MARKER[host]).exists():
        return repo
    try:
        spec = importlib.util.find_spec("smedge_submit_hosts." + host)
    except ImportError:  # no smedge_submit_hosts at all
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"The {host} folder is not part of this installation (looked in {repo} and for the "
                           f"package smedge_submit_hosts.{host})")
    return Path(next(iter(spec.submodule_search_locations)))


def _home(environ: Dict[str, str]) -> Path:
    return Path(environ.get("HOME") or environ.get("USERPROFILE") or os.path.expanduser("~"))


def default_dest(host: str, environ: Optional[Dict[str, str]] = None, platform: str = sys.platform) -> Path:
    """Where the host looks for a user's loader: Maya's modules folder, ``~/.nuke``, Houdini's packages.

    For Houdini: ``$HOUDINI_USER_PREF_DIR/packages`` when set, else the newest ``houdiniX.Y`` preferences
    folder there is (RuntimeError when there is none: start Houdini once, or pass ``--dest``).
    """
    environ = dict(os.environ if environ is None else environ)
    home = _home(environ)
    if host == "maya":
        if environ.get("MAYA_APP_DIR"):
            return Path(environ["MAYA_APP_DIR"]) / "modules"
        if platform.startswith("win"):
            return home / "Documents" / "maya" / "modules"
        if platform == "darwin":
            return home / "Library" / "Preferences" / "Autodesk" / "maya" / "modules"
        return home / "maya" / "modules"
    if host == "nuke":
        return home / ".nuke"
    if environ.get("HOUDINI_USER_PREF_DIR"):
        preferences = Path(environ["HOUDINI_USER_PREF_DIR"])
        if "__HVER__" not in preferences.name:
            return preferences / "packages"
        parent, pattern = preferences.parent, re.escape(preferences.name).replace("__HVER__", r"(\d+)\.(\d+)") + "$"
    elif platform.startswith("win"):
        parent, pattern = home / "Documents", r"houdini(\d+)\.(\d+)$"
    elif platform == "darwin":
        parent, pattern = home / "Library" / "Preferences" / "houdini", r"(\d+)\.(\d+)$"
    else:
        parent, pattern = home, r"houdini(\d+)\.(\d+)$"
    found = sorted(((int(m.group(1)), int(m.group(2))), path) for path in (parent.iterdir() if parent.is_dir() else ())
                   for m in [re.match(pattern, path.name)] if m and path.is_dir())
    if not found:
        raise RuntimeError(f"No Houdini preferences folder (houdiniX.Y) in {parent}: start Houdini once, or pass "
                           "--dest <packages folder>")
    return found[-1][1] / "packages"


def _library_source(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{name} is not installed in this Python ({sys.executable}); install smedge-submit with pip "
                           "first")
    return Path(next(iter(spec.submodule_search_locations)))


def _write_lib(lib: Path, written: List[str], libraries: Sequence[str] = LIBRARIES) -> None:
    """``lib`` with links to (or, where links are not allowed, copies of) the libraries."""
    lib.mkdir(parents=True, exist_ok=True)
    for name in libraries:
        target = lib / name
        _link(_library_source(name), target)
        written.append(str(target))


def _link(source: Path, target: Path) -> None:
    """``target`` a link to the folder ``source`` (a copy where links are not allowed)."""
    _remove(target)
    try:
        target.symlink_to(source, target_is_directory=True)
    except OSError:  # Windows without the right to make links
        shutil.copytree(str(source), str(target), ignore=shutil.ignore_patterns("__pycache__"))


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(str(path))


def _loader_text(host: str, folder: Path, lib: Path) -> str:
    if host == "maya":
        return (f"+ {NAME} {version()} {folder.as_posix()}\nPYTHONPATH+={lib.as_posix()}\n")
    if host == "houdini":
        return json.dumps({"env": [{"PYTHONPATH": {"value": lib.as_posix(), "method": "prepend"}}],
                           "path": folder.as_posix()}, indent=4) + "\n"
    return "\n".join([_BEGIN, "import nuke", f"nuke.pluginAddPath({lib.as_posix()!r})",
                      f"nuke.pluginAddPath({folder.as_posix()!r})", _END]) + "\n"


def _without_block(current: str, before: Optional[str]) -> str:
    """The user's init.py text without the block: exactly ``before`` (then what was added after the block)
    when the text above the block is as the install left it."""
    start = current.index(_BEGIN)
    end = current.index(_END, start) + len(_END)
    end += current[end:end + 1] == "\n"
    head, tail = current[:start], current[end:]
    if before is not None and head == _with_block(before, ""):
        return before + tail
    return (head.rstrip("\n") + "\n" if head.strip() else "") + tail


def _read(path: Path) -> str:
    """A file's text exactly as its bytes hold it (line ends and undecodable bytes kept)."""
    return path.read_bytes().decode("utf-8", "surrogateescape")


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8", "surrogateescape"))


def _with_block(before: Optional[str], block: str) -> str:
    """The user's init.py text with the block appended after a blank line."""
    if not before:
        return block
    return before + ("" if before.endswith("\n") else "\n") + "\n" + block


def _absolute(host: str, dest: Optional[Union[str, os.PathLike[str]]]) -> Path:
    return Path(dest).expanduser().resolve() if dest is not None else default_dest(host)


def _record(home: Path) -> Dict[str, Any]:
    """What an earlier install of this host recorded (empty when there was none)."""
    try:
        data = json.loads((home / "installed.json").read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _missing_folders(dest: Path) -> List[Path]:
    """The folders an install into ``dest`` creates, deepest first; NotADirectoryError when a file stands
    where one of them should be."""
    missing = []
    folder = dest
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "a file stands where a folder should be", str(folder))
    return missing


def _loader(host: str, dest: Path) -> Path:
    return dest / ("init.py" if host == "nuke" else NAME + (".mod" if host == "maya" else ".json"))


def install(host: str, dest: Optional[Union[str, os.PathLike[str]]] = None) -> List[str]:
    """Write ``host``'s loader and lib folder into ``dest``; return the paths written.

    A failure half-way takes back what this call wrote (the loader as it was, new folders removed), then
    raises.
    """
    if host == "blender":
        return [path for scripts in blender_dests(dest) for path in _install_blender(scripts)]
    dest = _absolute(host, dest)
    folder = host_folder(host)
    home = dest / NAME / host
    loader = _loader(host, dest)
    created = _missing_folders(home)
    record = _record(home) or {"host": host, "source": str(folder),
                               "created": [str(f) for f in created if f in (dest, *tuple(dest.parents))]}
    before = loader.read_bytes() if loader.is_file() else None
    try:
        if host == "nuke" and "init_before" not in record:  # kept from the first install, for uninstall
            record["init_before"] = _read(loader) if loader.exists() else None
        home.mkdir(parents=True, exist_ok=True)
        written: List[str] = []
        lib = home / "lib"
        _write_lib(lib, written)
        text = _loader_text(host, folder, lib)
        if host == "nuke":
            current = _read(loader) if loader.exists() else None
            if current is not None and _BEGIN in current and _END in current:
                current = _without_block(current, record["init_before"])
            text = _with_block(current, text)
        else:
            record["loader"] = text
        (home / "installed.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        _write(loader, text)
    except BaseException:
        _roll_back(loader, before, created)
        raise
    return [str(loader), *written]


def _roll_back(loader: Path, before: Optional[bytes], created: List[Path]) -> None:
    """Undo a failed install: ``loader`` back to ``before`` (None: no file), the ``created`` folders gone."""
    try:
        if before is None and loader.is_file():
            loader.unlink()
        elif before is not None and loader.read_bytes() != before:
            loader.write_bytes(before)
    except OSError:  # the loader is what failed: it was not changed
        pass
    for folder in created:
        _remove(folder)


def uninstall(host: str, dest: Optional[Union[str, os.PathLike[str]]] = None) -> List[Tuple[str, str]]:
    """Take out what :func:`install` wrote for ``host`` into ``dest``; return what was done, as
    ``(what, path)`` pairs, ``what`` one of :data:`UNINSTALLED`.

    The user's ``init.py`` comes back byte for byte when it was not edited since ("restored"); when it
    was, only the marked block is taken out ("edited"). A Maya module or Houdini package file changed
    since the install is left ("left"). Folders the install created are removed when empty. Another host
    installed into the same folder is left alone.
    """
    if host == "blender":
        return [("removed", path) for scripts in blender_dests(dest, existing=False)
                for path in _uninstall_blender(scripts)]
    dest = _absolute(host, dest)
    home = dest / NAME / host
    record = _record(home)
    done: List[Tuple[str, str]] = []
    loader = _loader(host, dest)
    if host == "nuke":
        current = _read(loader) if loader.exists() else None
        if current is not None and _BEGIN in current and _END in current:
            before = record.get("init_before")
            rest = _without_block(current, before)
            if before is None and not rest.strip():
                loader.unlink()
                done.append(("removed", str(loader)))
            else:
                _write(loader, rest)
                done.append(("restored" if rest == before else "edited", str(loader)))
    elif loader.exists():
        if record.get("loader") not in (None, _read(loader)):
            done.append(("left", str(loader)))
        else:
            loader.unlink()
            done.append(("removed", str(loader)))
    if home.exists():
        _remove(home)
        done.append(("removed", str(home)))
    created = [Path(f) for f in record.get("created", [str(dest)] if record.get("created_dest") else [])]
    for folder in [dest / NAME, *created]:
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            done.append(("removed", str(folder)))
    return done


#: What :func:`uninstall` did to a path, as ``main`` says it.
UNINSTALLED = {"removed": "removed {}",
               "restored": "restored {} as it was before the install",
               "edited": "took the smedge-submit block out of {} (edited since the install: the rest is left as it is)",
               "left": "left {}: changed since the install, so not removed (delete it if it is not wanted)"}


def _error_text(err: OSError, dest: Path, given: bool, uninstalling: bool) -> str:
    """An OSError as the user can act on it: the folder asked for (``--dest`` when given), then the cause."""
    cause = f"{err.strerror}: {err.filename}" if err.strerror and err.filename else str(err)
    where = f"--dest {dest}" if given else f"{dest} (the default folder; --dest chooses another)"
    return "cannot {} {}: {}".format("uninstall from" if uninstalling else "install into", where, cause)


# -- Blender: the add-on in each version's user scripts folder -----------------------------------------
def blender_dests(dest: Optional[Union[str, os.PathLike[str]]] = None, environ: Optional[Dict[str, str]] = None,
                  platform: str = sys.platform, existing: bool = True) -> List[Path]:
    """The user scripts folders to install into: ``dest``, else ``$BLENDER_USER_SCRIPTS``, else
    ``<Blender's user folder>/<X.Y>/scripts`` of each version found there (``$XDG_CONFIG_HOME/blender`` or
    ``~/.config/blender``; ``~/Library/Application Support/Blender`` on macOS; ``%APPDATA%/Blender
    Foundation/Blender`` on Windows). RuntimeError when there is none (with ``existing``): start Blender
    once, or pass ``--dest``."""
    if dest is not None:
        return [Path(dest).expanduser().resolve()]
    environ = dict(os.environ if environ is None else environ)
    if environ.get("BLENDER_USER_SCRIPTS"):
        return [Path(environ["BLENDER_USER_SCRIPTS"])]
    home = _home(environ)
    if platform.startswith("win"):
        root = Path(environ.get("APPDATA") or home / "AppData" / "Roaming") / "Blender Foundation" / "Blender"
    elif platform == "darwin":
        root = home / "Library" / "Application Support" / "Blender"
    else:
        root = Path(environ.get("XDG_CONFIG_HOME") or home / ".config") / "blender"
    found = sorted((tuple(int(n) for n in path.name.split(".")), path / "scripts")
                   for path in (root.iterdir() if root.is_dir() else ()) if re.match(r"\d+\.\d+$", path.name))
    if not found and existing:
        raise RuntimeError(f"No Blender user folder (X.Y) in {root}: start Blender once, or pass --dest <scripts "
                           "folder>")
    return [scripts for _, scripts in found]


def _install_blender(scripts: Path) -> List[str]:
    """``<scripts>/addons/smedge_blender`` (a link to this installation's add-on) and its lib folder
    ``<scripts>/smedge_submit/blender/lib``, which the add-on puts on ``sys.path`` when it registers."""
    home = scripts / NAME / "blender"
    record = _record(home) or {"host": "blender", "created_dest": not scripts.exists(),
                               "source": str(host_folder("blender"))}
    addon = scripts / "addons" / "smedge_blender"
    if (addon.exists() or addon.is_symlink()) and not record.get("addon"):
        raise RuntimeError(f"{addon} exists and was not written by this installer: remove it first")
    home.mkdir(parents=True, exist_ok=True)
    record["addon"] = str(addon)
    record["created_addons"] = record.get("created_addons", not addon.parent.exists())
    (home / "installed.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    written: List[str] = []
    _write_lib(home / "lib", written, ("smedge_core", "integrations"))
    addon.parent.mkdir(parents=True, exist_ok=True)
    _link(host_folder("blender") / "smedge_blender", addon)
    return [str(addon), *written]


def _uninstall_blender(scripts: Path) -> List[str]:
    home = scripts / NAME / "blender"
    record = _record(home)
    removed = []
    addon = scripts / "addons" / "smedge_blender"
    if record.get("addon") and (addon.exists() or addon.is_symlink()):
        _remove(addon)
        removed.append(str(addon))
    if home.exists():
        _remove(home)
        removed.append(str(home))
    for folder, made in ((addon.parent, record.get("created_addons")), (scripts / NAME, True),
                         (scripts, record.get("created_dest"))):
        if folder.is_dir() and not any(folder.iterdir()) and made:
            folder.rmdir()
            removed.append(str(folder))
    return removed


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m integrations.install",
        description="Install the Smedge submitter into Maya, Nuke or Houdini for this user.")
    parser.add_argument("host", choices=HOSTS)
    parser.add_argument("--dest", type=Path, help="the folder to write into (default: the host's user folder)")
    parser.add_argument("--uninstall", action="store_true", help="remove what an install wrote")
    options = parser.parse_args(argv)
    dest = options.dest
    try:
        if options.host != "blender" or dest is not None:  # Blender's own: each version's scripts folder
            dest = _absolute(options.host, dest)
        if options.uninstall:
            done = uninstall(options.host, dest)
            print("Uninstalled smedge-submit for {}:\n  {}".format(options.host, "\n  ".join(
                UNINSTALLED[what].format(path) for what, path in done)) if done
                else "Nothing of smedge-submit to remove in {}.".format(dest or "Blender's user scripts folders"))
        else:
            paths = install(options.host, dest)
            print("Installed smedge-submit {} for {}:\n  {}".format(version(), options.host, "\n  ".join(paths)))
            print(_next_step(options.host))
    except OSError as err:
        print(f"smedge-submit install: {_error_text(err, dest, options.dest is not None, options.uninstall)}",
              file=sys.stderr)
        return 1
    except RuntimeError as err:
        print(f"smedge-submit install: {err}", file=sys.stderr)
        return 1
    return 0


def _next_step(host: str) -> str:
    return {"maya": "Restart Maya: the Smedge menu appears in the main menu bar.",
            "nuke": "Restart Nuke: Render > Smedge > Submit to Smedge... appears.",
            "houdini": "Restart Houdini: the Smedge shelf tool creates a Smedge ROP.",
            "blender": "In Blender, enable Smedge Submit (Edit > Preferences > Add-ons): the Smedge panel appears in "
                       "the Output properties."}[host]


if __name__ == "__main__":
    sys.exit(main())
