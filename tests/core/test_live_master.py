"""The API against the local master: real tool processes, real arguments, real output."""

import uuid

import pytest

import smedge_core as smedge

pytestmark = pytest.mark.usefixtures("local_master")


def script_job(name, **values):
    return dict({"Name": name, "Type": "Generic Script", "Command": "python -c pass", "Range": "1-2"}, **values)


def test_master_id_and_products():
    assert isinstance(smedge.get_master_id(), uuid.UUID)
    assert {"Generic Script", "FFmpeg", "Maya", "Nuke", "Houdini"} <= {p.name for p in smedge.get_product_info()}


def test_submit_query_update_pause_resume_delete():
    first, second = smedge.submit_jobs([script_job("live one", Note="a; $(b) `c` ü"), script_job("live two")],
                                       paused=True)
    (job,) = smedge.get_jobs(first)
    assert job["ID"] == first and job["Note"] == "a; $(b) `c` ü" and job["Status"] == -1
    found = smedge.get_jobs(["Name", "contains", "live t"])
    assert [j["ID"] for j in found] == [second]
    smedge.update_jobs([first, second], "Priority", 77)
    assert [j["Priority"] for j in smedge.get_jobs(smedge.ids_to_query([first, second]))] == [77, 77]
    raw = smedge.get_jobs(first, get_all_parameters=False)[0]
    assert raw["Priority"] == "77" and "PacketSize" not in raw
    smedge.resume_jobs(first)
    assert smedge.get_jobs(first)[0]["Status"] != -1
    smedge.pause_jobs(first)
    assert smedge.get_jobs(first)[0]["Status"] == -1
    smedge.delete_jobs([first, second])
    assert smedge.get_jobs(smedge.ids_to_query([first, second])) == []


def test_unknown_job_is_not_found():
    with pytest.raises(smedge.SmedgeComponentError, match="exit code 4"):
        smedge.pause_jobs(uuid.uuid4())


def test_pools_life_cycle():
    created = smedge.create_pools(["live gpu", "live cpu"])
    assert [p.name for p in created] == ["live gpu", "live cpu"]
    renamed = smedge.rename_pool(created[0], "live GPU farm")
    assert renamed == created[0] and renamed.name == "live GPU farm"
    assert renamed in smedge.get_pools()
    smedge.delete_pools(created)
    names = [p.name for p in smedge.get_pools()]
    assert "live GPU farm" not in names and "live cpu" not in names


def test_path_translations_life_cycle():
    smedge.add_path_translations([("P:\\live", "/live", "/Volumes/live"), ("Q:\\", "", "/Volumes/q")])
    assert smedge.PathTranslation("Q:\\", "", "/Volumes/q") in smedge.get_path_translations()
    smedge.remove_path_translations(["/live", "/Volumes/q"])
    assert not [t for t in smedge.get_path_translations() if "/live" in t or "/Volumes/q" in t]


def test_engines_settings_and_products():
    engines = smedge.get_engines(regex=".*")
    assert engines and all("Name" in e for e in engines)
    first = engines[0]["Name"]
    smedge.set_engines({"UseGPUs": 4}, engines=first)
    assert smedge.get_engines(first)[0]["UseGPUs"] == "4"
    maya = str(smedge.get_product_info("Maya").type)
    smedge.disable_product("Maya", engines=first)
    assert smedge.get_engines(first)[0][maya]["Enabled"] == "0"
    smedge.enable_product("Maya", engines=first)
    assert smedge.get_engines(first)[0][maya]["Enabled"] == "1"
    assert set(smedge.get_engine_dispatch_log(regex=".*")) == {uuid.UUID(e["ID"]) for e in engines}


def test_history_of_finished_work():
    (job_id,) = smedge.submit_jobs(script_job("live history", Range="1-3", PacketSize=3, Priority=100))
    import time
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not smedge.get_job_history(job_id)[job_id]:
        time.sleep(0.2)
    history = smedge.get_job_history(job_id)[job_id]
    assert history and all(isinstance(h, smedge.HistoryElement) for h in history)
    assert set(smedge.get_job_dispatch_log(job_id)) == {job_id}


def test_download_the_log_of_finished_work():
    (job_id,) = smedge.submit_jobs(script_job("live log", Range="1", Priority=100,
                                              Command="python -c \"print('hello from the log')\""))
    import time
    deadline = time.monotonic() + 30
    finished = []
    while time.monotonic() < deadline and not finished:
        finished = [h for h in smedge.get_job_history(job_id)[job_id] if h.status == 2]
        time.sleep(0.1)
    assert finished, "the work did not finish"
    log = smedge.download_file(finished[0].engine_id, finished[0].work_id)
    assert "hello from the log" in log


def test_super_exit_stops_the_master(tmp_path, monkeypatch):
    from smedge_core.sandbox.testing import MasterProcess
    master = MasterProcess(tmp_path / "m", engines=1).start()
    try:
        for name, value in master.env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "1")
        assert smedge.get_master_id() is not None
        smedge.super_exit()
        assert master.process.wait(10) == 0
        assert smedge.get_master_id() is None
    finally:
        master.stop()
