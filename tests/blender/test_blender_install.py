"""``python -m integrations.install blender``: the add-on and its lib folder in a Blender user scripts folder,
then enabled from there by ``addon_utils`` in real Blender (bpy; and the ``blender`` program where installed)."""
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from integrations import install
from smedge_core.sandbox.blender_work import program_environment

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def test_install_writes_the_addon_and_lib_and_uninstall_removes_them(tmp_path, capsys):
    scripts = tmp_path / "scripts"
    assert install.main(["blender", "--dest", str(scripts)]) == 0
    assert "Smedge panel appears in the Output properties" in capsys.readouterr().out
    addon = scripts / "addons" / "smedge_blender"
    assert addon.resolve() == (install.host_folder("blender") / "smedge_blender").resolve()
    assert sorted(os.listdir(str(scripts / "smedge_submit" / "blender" / "lib"))) == ["integrations", "smedge_core"]
    assert install.install("blender", scripts) == install.install("blender", scripts)  # again: the same files
    install.uninstall("blender", scripts)
    assert not scripts.exists()


def test_install_leaves_what_it_did_not_write(tmp_path):
    scripts = tmp_path / "scripts"
    (scripts / "addons" / "smedge_blender").mkdir(parents=True)
    (scripts / "addons" / "other.py").write_text("", encoding="utf-8")
    with pytest.raises(RuntimeError) as err:
        install.install("blender", scripts)
    assert "was not written by this installer" in str(err.value)
    shutil.rmtree(str(scripts / "addons" / "smedge_blender"))
    install.install("blender", scripts)
    install.uninstall("blender", scripts)
    assert sorted(os.listdir(str(scripts))) == ["addons"] and os.listdir(str(scripts / "addons")) == ["other.py"]


def test_every_blender_version_found_gets_it(tmp_path):
    config = tmp_path / "config"
    for version in ("3.4", "5.3", "notes"):
        (config / "blender" / version).mkdir(parents=True)
    environ = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(config)}
    assert install.blender_dests(environ=environ, platform="linux") == [
        config / "blender" / "3.4" / "scripts", config / "blender" / "5.3" / "scripts"]
    assert install.blender_dests(environ=dict(environ, BLENDER_USER_SCRIPTS="/s"), platform="linux") == [
        Path("/s")]
    assert install.blender_dests(environ={"HOME": str(tmp_path)}, platform="darwin", existing=False) == []
    with pytest.raises(RuntimeError) as err:
        install.blender_dests(environ={"HOME": str(tmp_path)}, platform="linux")
    assert "start Blender once, or pass --dest" in str(err.value)


def _run_in(argv, tmp_path, scripts):
    install.install("blender", scripts)
    out = tmp_path / "out.json"
    env = {k: v for k, v in program_environment().items() if not k.startswith("PYTHON")}  # no bpy OCIO
    env.update(BLENDER_USER_SCRIPTS=str(scripts), SMEDGE_SUBMIT_USER_CONFIG=str(tmp_path / "none.json"))
    done = subprocess.run([*argv, str(out), str(tmp_path)], cwd=str(tmp_path), env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    assert done.returncode == 0, done.stdout.decode("utf-8", "replace")[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.usefixtures("local_master")
def test_enabled_from_the_install_in_bpy_and_its_operator_run_headless(bpy, tmp_path):
    """A clean interpreter (-I: no PYTHONPATH, no current folder) finds the add-on and its libraries only
    where the installer put them."""
    scripts = tmp_path / "scripts"
    result = _run_in([sys.executable, "-I", os.path.join(HERE, "in_blender.py")], tmp_path, scripts)
    assert result["addon"] == str(scripts / "addons" / "smedge_blender" / "__init__.py")
    assert result["integrations"].startswith(str(scripts / "smedge_submit" / "blender" / "lib"))
    assert result["export"] == ["FINISHED"] and result["jobs"] == ["shot.json", "shot.sj"]
    assert result["layout"] == 5 and result["written"] == result["predicted"] and len(result["written"]) == 8


@pytest.mark.skipif(shutil.which("blender") is None, reason="no blender program on PATH")
@pytest.mark.usefixtures("local_master")
def test_enabled_from_the_install_in_the_blender_program(tmp_path):
    """The same in the ``blender`` program (Debian's 3.4: the 2.8-4.x compositor layout, Python 3.11)."""
    scripts = tmp_path / "scripts"
    result = _run_in(["blender", "-b", "--factory-startup", "--python", os.path.join(HERE, "in_blender.py"), "--"],
                     tmp_path, scripts)
    assert result["addon"] == str(scripts / "addons" / "smedge_blender" / "__init__.py")
    assert result["export"] == ["FINISHED"] and result["jobs"] == ["shot.json", "shot.sj"]
    assert result["layout"] == 4 and result["written"] == result["predicted"] and len(result["written"]) == 8


@pytest.mark.skipif(shutil.which("blender") is None, reason="no blender program on PATH")
def test_the_local_master_renders_with_the_blender_program_that_can_open_the_file(bpy, tmp_path, local_master):
    """A file saved by the ``blender`` program (3.4) is rendered by it, not by bpy: its files are those the
    add-on predicted in that Blender. (Blender 5 reads such a file's File Output paths differently: a 4.x
    base path ``//r/fo`` becomes directory ``//r/`` and file name ``fo``; a finding says so.)"""
    import glob

    import smedge_blender
    from fakes.history import wait_complete
    import smedge_blender.host
    from smedge_core.sandbox import states
    from smedge_core.sandbox.blender_work import file_version, program_version
    from test_blender_glue import OPTIONS

    predicted = _run_in(["blender", "-b", "--factory-startup", "--python", os.path.join(HERE, "in_blender.py"), "--"],
                        tmp_path, tmp_path / "scripts")["predicted"]
    shutil.rmtree(str(tmp_path / "r"))
    path = str(tmp_path / "shot.blend")
    assert file_version(path) == program_version(shutil.which("blender")) < (5, 0)
    bpy.ops.wm.open_mainfile(filepath=path)  # read, never saved by bpy
    ids = smedge_blender.submit().ids
    assert set(wait_complete(ids.values(), timeout=240).values()) == {states.JOB_COMPLETE}
    written = sorted(p for p in glob.glob(str(tmp_path / "r" / "**"), recursive=True) if os.path.isfile(p))
    assert written == predicted and len(written) == 8
    host = smedge_blender.host.BlenderHost()
    older = [f.message for f in host.checks()[0](host.build_graph(OPTIONS)) if "saved by Blender 3.4" in f.message]
    assert len(older) == 2 and f"directory {tmp_path}/r/ and file name fo," in older[0]
    logs = "".join(Path(p).read_text(encoding="utf-8", errors="replace")
                   for p in glob.glob(os.path.join(str(local_master.data), "logs", "*.log")))
    assert "Blender work: {} (Blender 3.4) for a file of Blender 3.4".format(shutil.which("blender")) in logs


def test_install_from_an_installed_distribution(tmp_path):
    """From ``pip install .`` (not editable): the add-on comes from the shipped ``smedge_submit_hosts.blender``."""
    import venv

    folder = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(str(folder))
    python = folder / "bin" / "python"
    done = subprocess.run([str(python), "-m", "pip", "install", "-q", REPO], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    assert done.returncode == 0, done.stdout
    scripts = tmp_path / "scripts"
    done = subprocess.run([str(folder / "bin" / "smedge-submit-install"), "blender", "--dest", str(scripts)],
                          capture_output=True, text=True, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr
    addon = (scripts / "addons" / "smedge_blender").resolve()
    assert str(addon).startswith(str(folder)) and addon.parent.name == "blender"
    assert (addon / "__init__.py").exists() and (addon / "panel.py").exists()
    assert str((scripts / "smedge_submit" / "blender" / "lib" / "integrations").resolve()).startswith(str(folder))
