"""Issue 19 against the local master: Smedge called as public scripts call it, one test per point.

The argv of each test is the form a public script sends (named in each test); the master must take it
through the real tool executables, and the API must read back what it stored.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import smedge_core as smedge
from smedge_core import _contract
from smedge_core.sandbox import products, states
from sandbox_helpers import wait_for, wait_status

#: Smedge's job classes, as the Administrator Manual's table of contents lists them.
SMEDGE_CLASSES = {"Job", "ProcessJob", "RenderJob", "RepeatMergeDistributor", "SequenceDistributor",
                  "SliceDistributor"}


def run(master, tool, *args):
    return subprocess.run([os.path.join(master.env["SMEDGE"], tool), *list(args)], capture_output=True,
                          env=dict(os.environ, **master.env), timeout=30)


def submitted_id(done):
    assert done.returncode == 0, done.stderr
    [job_id] = _contract.read_job_ids(done.stdout.decode())
    return job_id


def stored(job_id):
    [job] = smedge.get_jobs(smedge.ids_to_query([job_id]))
    return job


def test_1_environment_overrides_are_name_value_text(local_master, tmp_path):
    # basepipe/cglumberjack: -EnvironmentOverrides "CGL_PYTHON=C:\Python38;C:\Python38\Scripts;..."
    public = r"CGL_PYTHON=C:\Python38;C:\Python38\Scripts;C:\Python38\Lib\site-packages;"
    job_id = submitted_id(run(local_master, "Submit", "Script", "-Type", "Generic Script", "-Name", "cgl",
                              "-Command", "true", "-EnvironmentOverrides", public, "-Paused"))
    assert stored(job_id)["EnvironmentOverrides"] == {"CGL_PYTHON": public.split("=", 1)[1]}
    # the API writes the same form, and the work's process gets the variables
    out = tmp_path / "env.txt"
    command = (f"{sys.executable} -c \"import os; "
               f"open({str(out)!r}, 'w').write(os.environ['OCIO'] + ' ' + os.environ['SHOT'])\"")
    job = {"Type": "Generic Script", "Name": "ocio", "Command": command,
           "EnvironmentOverrides": {"OCIO": "/studio/ocio/config.ocio", "SHOT": "sh010"}}
    ids, text = smedge.jobfile.render(job)
    assert "EnvironmentOverrides = OCIO=/studio/ocio/config.ocio|SHOT=sh010" in text.splitlines()
    smedge.submit_jobs([dict(job, ID=ids[0])])
    assert wait_status(ids) == [states.JOB_COMPLETE]
    assert out.read_text() == "/studio/ocio/config.ocio sh010"
    assert stored(ids[0])["EnvironmentOverrides"] == {"OCIO": "/studio/ocio/config.ocio", "SHOT": "sh010"}


def test_2_products_by_the_manuals_names(local_master):
    # a Maya submitter: Submit.exe Script -Type Redshift for Maya -Scene ... -Extra "-rl rs_snow"
    job_id = submitted_id(run(local_master, "Submit", "Script", "-Type", "Redshift for Maya", "-Scene", "/p/a.mb",
                              "-Extra", "-rl rs_snow", "-Range", "0-230", "-PacketSize", "8", "-Paused"))
    assert smedge.get_product_info(stored(job_id)["Type"]).name == "Redshift for Maya"
    for name in ("Arnold for Maya", "V-Ray for Maya", "RenderMan for Maya", "Maya Software Renderer",
                 "Maya Hardware Renderer", "Houdini", "HRender", "Nuke", "FFmpeg", "Generic Script"):
        assert smedge.get_product_info(name.upper()) is not None, name
    refused = run(local_master, "Submit", "Script", "-Type", "Maya Redshift", "-Scene", "/p/a.mb")
    assert refused.returncode == 4 and b"'Maya Redshift' not found" in refused.stderr
    # the product ID works where a name did not resolve for one pipeline (basepipe/cglumberjack)
    submitted_id(run(local_master, "Submit", "Script", "-Type", products.GENERIC_SCRIPT_ID, "-Command", "true",
                     "-Paused"))


def test_3_ranges_as_real_job_files_and_tools_write_them(local_master, tmp_path):
    job_id = str(uuid.uuid4())
    path = tmp_path / "spaced.sj"
    path.write_text(f"[{job_id}]\nID = {job_id}\nType = Generic Script\nName = spaced\nCommand = true\n"
                    "Range = 1001 - 1003\nStatus = -1\n", encoding="utf-8")
    assert str(submitted_id(run(local_master, "Submit", "-FromFile", str(path)))) == job_id
    assert stored(job_id)["Range"] == "1001 - 1003"  # kept as sent; read as 1001-1003
    down = submitted_id(run(local_master, "Submit", "Script", "-Command", "true", "-Range", "10-1x3"))
    assert wait_status([down]) == [states.JOB_COMPLETE]
    history = smedge.get_job_history(down)[down]
    assert sorted(int(e.name) for e in history if e.status == states.WORK_FINISHED) == [1, 4, 7, 10]


def test_4_the_one_job_form_is_submit_script_type(local_master):
    # Überware's SmedgeRender.py: '%s script -type Nuke -scene %s -name "%s" ... -range %i-%i -packetsize %i'
    job_id = submitted_id(run(local_master, "Submit", "script", "-type", "Nuke", "-scene", "/c/comp.nk",
                              "-name", "comp", "-priority", "5", "-note", "h264", "-paused", "-range", "1-20",
                              "-packetsize", "5", "-writenode", "Write1", "-extra", " -p", "-creator", "godzilla"))
    job = stored(job_id)
    assert smedge.get_product_info(job["Type"]).name == "Nuke"
    assert (job["Name"], job["Priority"], job["WriteNode"], job["PacketSize"], job["Extra"]) == \
        ("comp", 5, "Write1", 5, " -p")
    # no -Type: Generic Script (ours); the project's first form, Submit <product>, is still read
    assert smedge.get_product_info(stored(submitted_id(run(
        local_master, "Submit", "Script", "-Command", "true", "-Paused")))["Type"]).name == "Generic Script"
    assert submitted_id(run(local_master, "Submit", "Nuke", "-Scene", "/c.nk", "-Paused"))


def test_5_minus_one_resources_and_resubmitting_an_id_changes_the_job(local_master):
    # a Maya submitter sends -CPUs 1 -GPUs 1 -RAM 0; issue 19 saw -CPUs -1 -GPUs 1 -RAM -1 too
    job_id = submitted_id(run(local_master, "Submit", "Script", "-Type", "Generic Script", "-Command", "true",
                              "-Name", "first", "-CPUs", "-1", "-GPUs", "1", "-RAM", "-1", "-Paused"))
    job = stored(job_id)
    assert (job["CPUs"], job["GPUs"], job["RAM"]) == (-1, 1, -1)
    again = submitted_id(run(local_master, "Submit", "Script", "-Type", "Generic Script", "-ID", str(job_id),
                             "-Name", "second", "-Priority", "70", "-Paused"))
    assert again == job_id and not smedge.get_jobs(["Name", "=", "first"])
    job = stored(job_id)
    assert (job["Name"], job["Priority"], job["CPUs"], job["Status"]) == ("second", 70, -1, -1)
    other = run(local_master, "Submit", "Script", "-Type", "Nuke", "-ID", str(job_id), "-Scene", "/c.nk")
    assert other.returncode == 1 and b"Type cannot change" in other.stderr
    bad = run(local_master, "Submit", "Script", "-ID", str(job_id), "-CPUs", "-2")
    assert bad.returncode == 2 and b"CPUs" in bad.stderr


def test_6_products_use_smedges_job_classes(local_master):
    classes = {p.smedge_class for p in smedge.get_product_info()}
    assert classes and classes <= SMEDGE_CLASSES, classes - SMEDGE_CLASSES


def test_7_documented_features(local_master, tmp_path):
    # -LogMessages: the tool's log on stderr; -FinishDisposition and -StaggerMode are job parameters
    done = run(local_master, "Submit", "Script", "-Command", "echo followed", "-FinishDisposition", "Delete",
               "-StaggerMode", "Per Engine", "-LogMessages")
    job_id = submitted_id(done)
    assert b"connecting to the Smedge Master" in done.stderr and b"answered with exit code 0" in done.stderr
    assert wait_status([job_id]) == [states.JOB_COMPLETE]
    job = stored(job_id)
    assert (job["FinishDisposition"], job["StaggerMode"]) == ("Delete", "Per Engine")  # checked, kept as sent
    checked = smedge.conform_job({"Type": "Generic Script", "Command": "x", "FinishDisposition": "delete",
                                  "StaggerMode": "Per Engine"})
    assert (checked["FinishDisposition"], checked["StaggerMode"]) == ("2", "1")
    refused = run(local_master, "Submit", "Script", "-Command", "x", "-FinishDisposition", "Shred")
    assert refused.returncode == 2 and b"FinishDisposition" in refused.stderr
    [(work, engine_id)] = [(e.work_id, e.engine_id) for e in smedge.get_job_history(job_id)[job_id]
                           if e.status == states.WORK_FINISHED]
    engine = next(e["Name"] for e in smedge.get_engines() if str(e["ID"]) == str(engine_id))
    log = run(local_master, "Engine", "DownloadLog", engine, "-Work", str(work))
    assert log.returncode == 0 and b"followed" in log.stdout
    tail = run(local_master, "Engine", "FollowLog", engine, "-Work", str(work), "-Offset", "2")
    assert tail.returncode == 0 and tail.stdout == log.stdout[2:]
    shared = Path(local_master.data) / "shared"
    shared.mkdir(exist_ok=True)
    (shared / "grow.txt").write_text("0123456789")
    follow = run(local_master, "Engine", "FollowFile", engine, "-File", str(shared / "grow.txt"), "-Offset", "4")
    assert follow.returncode == 0 and follow.stdout == b"456789"
    assert run(local_master, "Engine", "DownloadLog", engine, "-Work", str(uuid.uuid4())).returncode == 4
    assert run(local_master, "Engine", "FollowLog", engine, "-Work", str(work), "-Offset", "x").returncode == 2


def test_7_elapsed_times_in_work_events(local_master, tmp_path):
    out = tmp_path / "elapsed.txt"
    script = tmp_path / "record.py"
    script.write_text(f"import sys; open({str(out)!r}, 'w').write(' '.join(sys.argv[1:]))")
    smedge.set_engines({"WorkFinishedSuccessfulEvt":
                        f"{sys.executable} {script} $(ElapsedRealTime) $(ElapsedProcessTime)"})
    burn = "import time\nstart = time.process_time()\nwhile time.process_time() - start < 0.4: pass\n"
    (tmp_path / "burn.py").write_text(burn)
    try:
        [busy] = smedge.submit_jobs({"Type": "Generic Script",
                                     "Command": "{} {}".format(sys.executable, tmp_path / "burn.py")})
        assert wait_status([busy]) == [states.JOB_COMPLETE] and wait_for(out.exists)
        real, cpu = (float(x) for x in wait_for(out.read_text).split())
        assert 0.4 <= cpu <= real < 30  # CPU seconds of the work's process, wall seconds of the work
    finally:
        smedge.set_engines({"WorkFinishedSuccessfulEvt": ""})
