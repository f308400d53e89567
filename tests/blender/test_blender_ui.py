"""The add-on's window path in the ``blender`` program under a virtual display (Xvfb): Submit returns at
once, the validation and the Submit call run on a thread of their own, Blender's main loop keeps running,
and the outcome comes back through a timer."""
import json
import os
import shutil
import subprocess

import pytest

from integrations import install
from smedge_core.sandbox.blender_work import program_environment

HERE = os.path.dirname(os.path.abspath(__file__))


@pytest.mark.skipif(shutil.which("blender") is None or shutil.which("xvfb-run") is None,
                    reason="needs the blender program and xvfb-run")
def test_submit_in_the_window_runs_off_the_main_thread_and_reports_through_a_timer(tmp_path, local_master):
    import smedge_core

    scripts = tmp_path / "scripts"
    install.install("blender", scripts)
    env = {k: v for k, v in program_environment().items() if not k.startswith("PYTHON")}  # no bpy OCIO
    env.update(BLENDER_USER_SCRIPTS=str(scripts), SMEDGE_SUBMIT_USER_CONFIG=str(tmp_path / "none.json"))
    out = tmp_path / "out.json"
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "blender", "--factory-startup",
                           "--python", os.path.join(HERE, "in_blender_ui.py"), "--", str(out), str(tmp_path)],
                          env=env, cwd=str(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    assert out.exists(), done.stdout.decode("utf-8", "replace")[-3000:]
    seen = json.loads(out.read_text(encoding="utf-8"))
    print("submit: the operator returned in {:.3f} s, the outcome came after {:.3f} s".format(
        seen["returned"] - seen["pressed"], seen["ended"] - seen["pressed"]))
    assert (seen["shown"], seen["all_scenes"], seen["text_after_show"]) == ("SubmitDialog", True, "")  # not sent
    assert seen["result"] == ["FINISHED"] and seen["running_after_press"] is True
    assert "smedge-submit" in seen["threads_after_press"]
    assert seen["ok"] is True and seen["text"].startswith("Submitted 1 job: ui.blend - Scene = ")
    assert seen["stored"] is True  # the settings, stored once sent
    assert seen["ended"] - seen["pressed"] > 10 * (seen["returned"] - seen["pressed"])  # the work came later
    job_id = seen["text"].rsplit(" = ", 1)[1]
    assert [job["Name"] for job in smedge_core.get_jobs(smedge_core.ids_to_query([job_id]))] == ["ui.blend - Scene"]
