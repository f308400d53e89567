"""Each API method runs the contract's verb with the expected argv and reads its output."""

import json
import uuid
from datetime import datetime

import pytest

import smedge_core as smedge
from smedge_core import _contract

A = "178b043e-4a28-4235-acbc-642c7480c360"
B = "12f1146d-a16e-4a02-ba69-577b22a94757"
PRODUCT = "a99cf02d-31cc-41c7-9135-a1b9f8547275"

CALLS = [
    (lambda: smedge.update_jobs(A, "Priority", 100), "Job", ["Update", A, "-Priority", "100"]),
    (lambda: smedge.update_jobs([uuid.UUID(A), B], "Status", -1), "Job", ["Update", A, B, "-Status", "-1"]),
    (lambda: smedge.update_jobs(A, "WaitForJobID", [B, A]), "Job", ["Update", A, "-WaitForJobID", B + "," + A]),
    (lambda: smedge.pause_jobs([A, B]), "Job", ["Pause", A, B]),
    (lambda: smedge.pause_jobs(A, stop_work=True), "Job", ["Pause", A, "-StopWork"]),
    (lambda: smedge.resume_jobs(A), "Job", ["Resume", A]),
    (lambda: smedge.delete_jobs([A], stop_work=True), "Job", ["Delete", A, "-StopWork"]),
    (lambda: smedge.delete_jobs(A), "Job", ["Delete", A]),
    (lambda: smedge.preempt(A), "Job", ["Preempt", A]),
    (lambda: smedge.usurp(A), "Job", ["Usurp", A]),
    (lambda: smedge.usurp(A, minimum_priority=80), "Job", ["Usurp", A, "-MinimumPriority", "80"]),
    (lambda: smedge.reset_job_failures([A, B]), "Job", ["ResetFailures", A, B]),
    (lambda: smedge.enable_engines(regex=r"RENDER_\d{4}"), "Engine", ["Enable", "-Regex", r"RENDER_\d{4}"]),
    (lambda: smedge.enable_engines(), "Engine", ["Enable"]),
    (lambda: smedge.disable_engines(["node1", B], stop_work=True), "Engine", ["Disable", "node1", B, "-StopWork"]),
    (lambda: smedge.set_engines({"UseGPUs": 4}, regex=".*"), "Engine", ["Set", "-Regex", ".*", "-UseGPUs", "4"]),
    (lambda: smedge.set_engines({"Pools": [smedge.Pool(A, "cpu"), "gpu"]}, engines="node1"), "Engine",
     ["Set", "node1", "-Pools", A + ",gpu"]),
    (lambda: smedge.set_engines({uuid.UUID(PRODUCT): {"Executable": "/opt/maya/bin/Render"}}, engines="node1"),
     "Engine", ["Set", "node1", f"-{PRODUCT}.Executable", "/opt/maya/bin/Render"]),
    (lambda: smedge.enable_product("Maya", regex=["a.*", "b.*"]), "Engine",
     ["EnableProduct", "-Product", "Maya", "-Regex", "a.*", "-Regex", "b.*"]),
    (lambda: smedge.disable_product(uuid.UUID(PRODUCT), engines="node1"), "Engine",
     ["DisableProduct", "node1", "-Product", PRODUCT]),
    (lambda: smedge.reset_engine_failures(regex="x"), "Engine", ["ResetFailures", "-Regex", "x"]),
    (lambda: smedge.delete_pools([smedge.Pool(A, "cpu"), "gpu", uuid.UUID(B)]), "PoolManager", ["Delete", A, "gpu", B]),
    (lambda: smedge.add_path_translations(("P:\\", "/prod", "/Volumes/prod")), "ConfigureMaster",
     ["AddPathTranslations", "P:\\", "/prod", "/Volumes/prod"]),
    (lambda: smedge.add_path_translations([smedge.PathTranslation("Q:\\", "", ""), ["R:\\", "/r", "/R"]]),
     "ConfigureMaster", ["AddPathTranslations", "Q:\\", "", "", "R:\\", "/r", "/R"]),
    (lambda: smedge.remove_path_translations("/prod"), "ConfigureMaster", ["RemovePathTranslations", "/prod"]),
    (lambda: smedge.super_exit(), "ConfigureMaster", ["SuperExit"]),
]


@pytest.mark.parametrize("call,tool,argv", CALLS)
def test_method_runs_the_expected_argv(fake_smedge, call, tool, argv):
    assert call() is None
    assert [(c["tool"], c["args"]) for c in fake_smedge.calls if c["args"] != ["ProductInfo"]] == [(tool, argv)]
    _contract.parse(tool, argv)  # the tool side reads it back


def test_pools_are_read(fake_smedge):
    fake_smedge.reply("PoolManager List", stdout=f"{A}\tWhole System\n{B}\tMaya farm\n")
    pools = smedge.get_pools()
    assert pools == [smedge.Pool(A, "Whole System"), smedge.Pool(B, "Maya farm")]
    assert [p.name for p in pools] == ["Whole System", "Maya farm"]
    fake_smedge.reply("PoolManager List", stdout="No Pools Available.\n")
    assert smedge.get_pools() == []


def test_create_and_rename_pools(fake_smedge):
    fake_smedge.reply("PoolManager Create", stdout=f"{A}\tgpu\n{B}\tcpu\n")
    assert [p.name for p in smedge.create_pools(["gpu", "cpu"])] == ["gpu", "cpu"]
    fake_smedge.reply("PoolManager Rename", stdout=f"{A}\tGPU farm\n")
    renamed = smedge.rename_pool(smedge.Pool(A, "gpu"), "GPU farm")
    assert renamed.name == "GPU farm" and renamed == A
    assert fake_smedge.argv_of("PoolManager") == [["Create", "gpu", "cpu"], ["Rename", A, "GPU farm"]]


def test_engines_are_read_with_product_overrides(fake_smedge):
    fake_smedge.reply("Engine List", stdout="[{}]\nName = RENDER_0001\nUseGPUs = 4\n{} = {}\n".format(
        A, PRODUCT, json.dumps({"Enabled": "0"})))
    (engine,) = smedge.get_engines(regex=r"RENDER_\d{4}")
    assert engine == {"ID": A, "Name": "RENDER_0001", "UseGPUs": "4", PRODUCT: {"Enabled": "0"}}


def test_history_and_dispatch_logs_are_read(fake_smedge):
    when = datetime(2026, 11, 29, 10, 0, 0, 125000)
    fake_smedge.reply("Job History", stdout=json.dumps({A: [{
        "Name": "1001-1001", "WorkID": B, "Time": smedge.datetime_to_rtime(when), "Status": 3,
        "EngineID": B, "Note": "finished"}]}))
    history = smedge.get_job_history(A)
    assert history == {uuid.UUID(A): [smedge.HistoryElement("1001-1001", uuid.UUID(B), when, 3, uuid.UUID(B),
                                                             "finished")]}
    fake_smedge.reply("Job DispatchLog", stdout=json.dumps({A: "waiting for job " + B}))
    assert smedge.get_job_dispatch_log([A]) == {uuid.UUID(A): "waiting for job " + B}
    fake_smedge.reply("Engine DispatchLog", stdout=json.dumps({B: "idle"}))
    assert smedge.get_engine_dispatch_log() == {uuid.UUID(B): "idle"}


def test_path_translations_and_download(fake_smedge):
    fake_smedge.reply("ConfigureMaster PathTranslations", stdout="P:\\\t/prod\t/Volumes/prod\nQ:\\\t\t\n")
    assert smedge.get_path_translations() == [("P:\\", "/prod", "/Volumes/prod"), ("Q:\\", "", "")]
    fake_smedge.reply("Engine DownloadFile", stdout="log line ü\n")
    assert smedge.download_file("node1", "/var/log/render.log") == "log line ü\n"
    assert fake_smedge.argv_of("Engine") == [["DownloadFile", "node1", "-File", "/var/log/render.log"]]


@pytest.mark.parametrize("call,error,message", [
    (lambda: smedge.pause_jobs("not-an-id"), ValueError, "job ID 'not-an-id' is not a valid UUID"),
    (lambda: smedge.pause_jobs([]), ValueError, "no job IDs given"),
    (lambda: smedge.add_path_translations(("a", "b")), TypeError, "three str roots"),
    (lambda: smedge.add_path_translations("a"), TypeError, "three str roots"),
    (lambda: smedge.remove_path_translations(5), TypeError, "roots must be a str or a list of str"),
    (lambda: smedge.set_engines([("UseGPUs", 4)]), TypeError, "settings must be a dict"),
    (lambda: smedge.enable_engines(regex=[3]), TypeError, "regex must be a str or a list of str"),
    (lambda: smedge.create_pools(["ok", ""]), ValueError, "pool name must be a non-empty str"),
    (lambda: smedge.rename_pool("gpu", "-x"), ValueError, "starts with '-'"),
    (lambda: smedge.usurp(A, minimum_priority="high"), ValueError, "minimum_priority must be an int"),
    (lambda: smedge.update_jobs(A, "Mystery", [1, 2]), ValueError, "Mystery: no product defines this parameter"),
    (lambda: smedge.set_engines({"maya": {"Command": "x"}}), ValueError,
     "'maya' holds a dict, so it must be a product"),
    (lambda: smedge.delete_pools([]), ValueError, "no pools given"),
    (lambda: smedge.create_pools([]), ValueError, "no pool names given"),
    (lambda: smedge.remove_path_translations([]), ValueError, "no roots given"),
    (lambda: smedge.add_path_translations([]), TypeError, "three str roots"),
    (lambda: smedge.ids_to_query(5), TypeError, "job_ids must be a job ID or a list of them, not 5"),
    (lambda: smedge.create_pools(["ok", "a\nb"]), ValueError, r"a pool name 'a\\nb' holds a tab or a line break"),
    (lambda: smedge.rename_pool("gpu", "x\ty"), ValueError, r"new_name 'x\\ty' holds a tab or a line break"),
    (lambda: smedge.add_path_translations(["C:\\a\tb", "/a", "/b"]), TypeError, "root .* holds a tab"),
    (lambda: smedge.set_engines({"Pools": ["a,b"]}), ValueError, "an item of Pools .* holds a comma"),
    (lambda: smedge.get_jobs(["Name", "*", "("]), ValueError, "bad regular expression '\\('"),
])
def test_bad_arguments_are_named_before_any_tool_runs(fake_smedge, call, error, message):
    with pytest.raises(error, match=message):
        call()
    assert [c for c in fake_smedge.calls if c["args"] != ["ProductInfo"]] == []
