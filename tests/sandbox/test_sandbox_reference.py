"""Every example of the reference, run against the local master through smedge_core (``from smedge_core
import *`` instead of ``from smedge import *``; ranges shortened so the stand-ins finish quickly)."""

import json
import sys
import textwrap
from datetime import datetime, timedelta
from uuid import UUID, uuid4

import pytest

from smedge_core import *
from smedge_core.sandbox import products, states
from sandbox_helpers import frame_spans, statuses, wait_for, wait_status

pytestmark = pytest.mark.usefixtures("local_master")


def test_submit_a_simple_maya_job():
    job = {
        "Name": "My Job",
        "Type": "Maya",
        "Scene": "/path/to/the/scene.mb",
        "Range": "1001-1003",
    }
    result = submit_jobs(job)
    assert len(result) == 1 and isinstance(result[0], UUID)
    assert wait_status(result) == [states.JOB_COMPLETE]
    assert sorted(frame_spans(result[0])) == [1001, 1002, 1003]


def test_render_layers_and_a_per_frame_comp():
    maya_job = {
        "Type": "Maya",
        "Scene": "/path/to/the/scene.mb",
        "Range": "1001-1004",
        "Priority": 50,
    }
    render_jobs = []
    layers = ["layer1", "layer2"]
    for layer in layers:
        layer_job = maya_job.copy()
        layer_job["Name"] = f"Render - {layer}"
        layer_job["ID"] = uuid4()
        layer_job["Extra"] = f"-rl {layer}"
        render_jobs.append(layer_job)
    nuke_job = {
        "Name": "Comp layers",
        "Type": "Nuke",
        "Scene": "/path/to/the/comp_script.nk",
        "Range": "1001-1004",
        "Priority": 55,
        "WaitForJobID": [job["ID"] for job in render_jobs],
        "WaitForWholeJob": 0,
    }
    render_jobs.append(nuke_job)
    result = submit_jobs(render_jobs)
    assert result[:2] == [job["ID"] for job in render_jobs[:2]] and len(result) == 3
    assert wait_status(result) == [states.JOB_COMPLETE] * 3
    layer1, layer2, comp = (frame_spans(job_id) for job_id in result)
    for frame, (start, _) in comp.items():
        assert start > layer1[frame][1] and start > layer2[frame][1], frame
    stored = get_jobs(result[2])[0]
    assert stored["WaitForJobID"] == [job["ID"] for job in render_jobs[:2]]
    assert stored["WaitForWholeJob"] is False and stored["Priority"] == 55


def test_pools_and_a_job_in_a_named_pool(local_master):
    create_pools(["Maya farm"])
    job = {
        "Name": "Test Job",
        "Type": "Maya",
        "Scene": "/path/to/the/scene.mb",
        "Range": "1001-1002",
    }
    all_pools = get_pools()
    for pool in all_pools:
        if job["Type"] in pool.name:
            job["Pool"] = pool
            break
    result = submit_jobs(job)
    stored = get_jobs(result[0])[0]
    assert stored["Pool"] == str(next(p for p in all_pools if p.name == "Maya farm").id)
    # No engine is in that pool yet: the job waits, and its dispatch log says why.
    assert "not in pool" in wait_for(lambda: "not in pool" in get_job_dispatch_log(result)[result[0]] and
                                      get_job_dispatch_log(result)[result[0]], 5)
    set_engines({"Pools": "Maya farm"})
    try:
        assert wait_status(result) == [states.JOB_COMPLETE]
    finally:
        set_engines({"Pools": ""})
    renamed = rename_pool("Maya farm", "Maya farm 2")
    assert renamed.name == "Maya farm 2" and renamed in get_pools()
    delete_pools(renamed)
    assert renamed not in get_pools()


def test_change_priority_and_pause_several_jobs():
    ids = submit_jobs([{"Type": "Maya", "Scene": "/s.mb", "Range": "1-3", "Name": "pause me"}
                       for _ in range(3)], paused=True)
    job = update_jobs(str(ids[0]), "Priority", 100)
    assert job is None and get_jobs(ids[0])[0]["Priority"] == 100
    jobs = [ids[1], ids[2]]
    update_jobs(jobs, "Status", -1)
    assert statuses(ids) == [states.JOB_PAUSED] * 3
    resume_jobs(ids)
    assert wait_status(ids) == [states.JOB_COMPLETE] * 3


def test_query_for_jobs():
    ids = submit_jobs([
        {"Type": "Maya", "Scene": "/shows/x/Final/a.mb", "Name": "Cleanup 12345", "Creator": "Joe Bloggs",
         "Status": -1},
        {"Type": "Generic Script", "Command": "true", "Name": "other", "Creator": "Ann", "Note": "n",
         "Priority": 60, "Status": -1},
        {"Type": "Maya", "Scene": "/shows/x/wip/b.mb", "Name": "low", "Priority": 40, "Status": -1},
    ])
    jobs = get_jobs()
    assert set(ids) <= {job["ID"] for job in jobs}
    jobs = get_jobs(str(ids[0]))
    assert len(jobs) < 2 and jobs[0]["ID"] == ids[0]
    assert get_jobs(str(uuid4())) == []
    job1_id, job2_id = ids[0], UUID("178b043e-4a28-4235-acbc-642c7480c360")
    jobs = get_jobs(ids_to_query([job1_id, job2_id]))
    assert len(jobs) < 3 and [job["ID"] for job in jobs] == [job1_id]
    jobs = get_jobs(query=["Creator", "contains", "Joe"])
    assert ids[0] in [job["ID"] for job in jobs] and ids[1] not in [job["ID"] for job in jobs]
    creation_time = datetime.now() - timedelta(days=3)
    jobs = get_jobs(["Created", "before", datetime_to_rtime(creation_time)])
    assert not set(ids) & {job["ID"] for job in jobs}
    jobs = get_jobs(query=[
        "any",
        [["Type", "!=", "Maya"], ["Type", "!=", "Nuke"]],
        ["Name", "*", r"^Cleanup \d{5}"],
        [
            ["Scene.Path.File", "!:", "Final"],
            ["Priority", "<", 50],
            ["?", ["Note", "=", ""], ["LastError", "!=", ""]],
        ],
    ])
    found = {job["ID"] for job in jobs}
    assert set(ids) <= found  # Generic Script by type, Cleanup by name, "low" by the last branch
    assert not {ids[1], ids[2]} & {job["ID"] for job in get_jobs(["Type", "=", "Maya"]) if job["Name"] != "low"}
    delete_jobs(ids)


def test_controlling_engines():
    enable_engines(regex=r"RENDER_\d{4}")
    set_engines({"UseGPUs": 4}, regex=".*")
    events = {
        "WorkFinishedSuccessfulEvt":
            "python /sw/pipeline/work_finished.py 'success' $(ID) $(Parent) $(Type) $(Scene.File.Enquote)",
        "WorkFinishedUnsuccessfulEvt":
            "python /sw/pipeline/work_finished.py 'failed' $(ID) $(Parent) $(Type) $(Note.Enquote)",
    }
    set_engines(events, regex=".*")
    try:
        engines = get_engines()
        assert engines and all(e["UseGPUs"] == "4" and e["Enabled"] == "1" for e in engines)
        assert all(e["WorkFinishedSuccessfulEvt"] == events["WorkFinishedSuccessfulEvt"] for e in engines)
    finally:
        set_engines({"WorkFinishedSuccessfulEvt": "", "WorkFinishedUnsuccessfulEvt": ""}, regex=".*")


ENCODE = '''
import pathlib
import sys
import smedge_core as smedge

# Get the job ID from the first argument to the script
job_id = sys.argv[1]
# Find that job (assumes the job exists)
job = smedge.get_jobs(job_id)[0]
ffmpeg_jobs = []
# Loop through the ImageFormats parameter: the known or detected output image paths
for format in job["ImageFormat"]:
    # Each format will be a path with a printf format specifier for the frame number
    # like: '/path/to/the/images/filename.%04d.exr'
    format = pathlib.Path(format)
    name = pathlib.Path(format.stem).stem  # 'filename'
    ext = format.suffix[1:]  # 'exr'
    ffmpeg_jobs.append({
        "Name": f"Encode: {name} - {ext} to x264",
        "Type": "ffmpeg",
        "InfileOptions": "-r 24",  # flags that go before the -i
        "Scene": format,  # The input image specifier (-i flag)
        "OutfileOptions": "-v:c libx264 -pix_fmt yuv420p",  # flags that go before the output
        "OutputFile": format.parent / f"{name}_x264.mp4",  # the output filename
        "CPUs": 0,
        "Range": 1,
        "WaitForJobID": job_id,
    })
# Submit all the encode jobs at once
smedge.submit_jobs(ffmpeg_jobs)
'''


def test_encode_rendered_frames_from_a_job_finished_event(tmp_path):
    script = tmp_path / "św" / "pipeline" / "encode.py"
    script.parent.mkdir(parents=True)
    script.write_text(textwrap.dedent(ENCODE), encoding="utf-8")
    job = {
        "Name": "My Job",
        "Type": "Maya",
        "Scene": "/path/to/the/scene.mb",
        "Range": "1001-1002",
        "ImageFormat": ["/path/to/the/images/beauty.%04d.exr", "/path/to/the/images/depth.%04d.exr"],
        "JobFinishedEvt": f"{sys.executable} {script} $(ID)",
    }
    # ffmpeg is not installed here: check the encode jobs the event submitted, then delete them
    job_id = submit_jobs(job)[0]
    encodes = wait_for(lambda: get_jobs(["WaitForJobID", "=", str(job_id)]), 30)
    assert sorted(e["Name"] for e in encodes) == ["Encode: beauty - exr to x264", "Encode: depth - exr to x264"]
    beauty = next(e for e in encodes if "beauty" in e["Name"])
    assert beauty["Type"] == UUID(products.FFMPEG_ID) and beauty["WaitForJobID"] == [job_id]
    assert beauty["Scene"] == "/path/to/the/images/beauty.%04d.exr"
    assert beauty["OutputFile"] == "/path/to/the/images/beauty_x264.mp4"
    assert beauty["OutfileOptions"] == "-v:c libx264 -pix_fmt yuv420p"
    delete_jobs([e["ID"] for e in encodes], stop_work=True)


def test_event_command_with_the_job_id_and_note(tmp_path):
    record = tmp_path / "job_finished.py"
    record.write_text("import json, sys\njson.dump(sys.argv[1:], open(sys.argv[0] + '.json', 'w'))\n")
    note = "it's \"done\"; $(ID) `whoami`"
    job_id = submit_jobs({"Type": "Generic Script", "Command": "true", "Note": note,
                          "JobFinishedEvt": f"{sys.executable} {record} $(ID) $(Note.Enquote)"})[0]
    out = tmp_path / "job_finished.py.json"
    assert wait_for(out.exists, 20)
    assert wait_for(lambda: out.read_text() and json.loads(out.read_text())) == [str(job_id), note]
