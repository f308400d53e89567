"""Awkward names and paths come back byte-exact and reach event and work commands as single arguments."""

import json
import os
import sys

import pytest

import smedge_core as smedge
from smedge_core.sandbox.substitution import enquote
from sandbox_helpers import wait_for, wait_status

pytestmark = pytest.mark.usefixtures("local_master")

AWKWARD = {
    "Name": "it's \"quoted\"; rm -rf / `whoami` $(ID) $(:HOME)",
    "Scene": "/św/pipeline/shot 010/it's; $(x) `y`.mb",
    "Note": "\"whole value in quotes\"",
    "Extra": " -p  ",
    "Creator": "Zoë Ñuñez 日本",
}


def _recorder(tmp_path):
    script = tmp_path / "record.py"
    script.write_text("import json, sys\nwith open(sys.argv[1], 'w', encoding='utf-8') as out:\n"
                      "    json.dump(sys.argv[2:], out, ensure_ascii=False)\n", encoding="utf-8")
    return f"{sys.executable} {script}"


def test_values_come_back_byte_exact():
    job_id = smedge.submit_jobs(dict(AWKWARD, Type="Maya", Range="1"), paused=True)[0]
    raw = smedge.get_jobs(job_id, get_all_parameters=False)[0]
    full = smedge.get_jobs(job_id)[0]
    for name, value in AWKWARD.items():
        assert raw[name] == value and full[name] == value, name
    smedge.delete_jobs(job_id)


def test_event_and_work_commands_get_each_value_as_one_argument(tmp_path):
    record = _recorder(tmp_path)
    job_out, work_out, engine_out, start_out = (tmp_path / n for n in ("job.json", "work.json", "engine.json",
                                                                        "started.json"))
    variables = "$(Name.Enquote) $(Scene.Enquote) $(Note.Enquote) $(Extra.Enquote) $(Creator.Enquote) " \
                "$(Scene.File.Enquote) $(Scene.Path.File.Enquote)"
    expected = [AWKWARD["Name"], AWKWARD["Scene"], AWKWARD["Note"], AWKWARD["Extra"], AWKWARD["Creator"],
                "it's; $(x) `y`.mb", "shot 010"]
    smedge.set_engines({"WorkFinishedSuccessfulEvt":
                        f"{record} {engine_out} $(Parent) $(Scene.File.Enquote) $(Note.Enquote)"})
    try:
        job = dict(AWKWARD, Type="Generic Script", Range="1",
                   Command=f"{record} {work_out} {variables}",
                   JobFinishedEvt=f"{record} {job_out} $(ID) {variables}",
                   JobStartedEvt=f"{record} {start_out} $(Name.Enquote)")
        job_id = smedge.submit_jobs(job)[0]
        wait_status([job_id])
        for path in (job_out, work_out, engine_out, start_out):
            assert wait_for(lambda path=path: path.exists() and path.read_text(encoding="utf-8"), 10), path
        assert json.loads(work_out.read_text(encoding="utf-8")) == expected
        assert json.loads(job_out.read_text(encoding="utf-8")) == [str(job_id), *expected]
        assert json.loads(start_out.read_text(encoding="utf-8")) == [AWKWARD["Name"]]
        assert json.loads(engine_out.read_text(encoding="utf-8")) == [str(job_id), "it's; $(x) `y`.mb",
                                                                      "exit code 0"]
    finally:
        smedge.set_engines({"WorkFinishedSuccessfulEvt": ""})


def test_environment_variables_and_overrides(tmp_path, local_master):
    out = tmp_path / "env.json"
    code = "import json, os, sys; json.dump([os.environ['SHOT'], os.environ['SMEDGE_MASTER']] + sys.argv[2:], " \
           "open(sys.argv[1], 'w'))"
    job_id = smedge.submit_jobs({"Type": "Generic Script", "Range": "5-6", "PacketSize": 2,
                                 "EnvironmentOverrides": {"SHOT": "sh 010; `x`"},
                                 "Command": f"{sys.executable} -c {enquote(code)} {out} $(:HOME.Enquote) "
                                            "$(SubRange.Start) $(SubRange.End)"})[0]
    wait_status([job_id])
    assert json.loads(out.read_text(encoding="utf-8")) == [
        "sh 010; `x`", local_master.env["SMEDGE_MASTER"], os.environ.get("HOME", ""), "5", "6"]
