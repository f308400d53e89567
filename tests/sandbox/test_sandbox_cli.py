"""The tool executables against the local master: arguments, outputs and exit codes of the contract."""

import json
import os
import socket
import subprocess
import time
import uuid

import pytest

from smedge_core import _contract, _records
from smedge_core.sandbox import products
from smedge_core.sandbox.testing import free_port
from sandbox_helpers import wait_for


def run(master, tool, *args, env=None):
    return subprocess.run([os.path.join(master.env["SMEDGE"], tool), *list(args)], capture_output=True,
                          env=dict(os.environ, **(env or master.env)), timeout=30)


def test_submit_a_product_form_and_list_it(local_master):
    done = run(local_master, "Submit", "Script", "-Command", "true", "-Name", "cli job", "-Range", "1-2",
               "-Extra", " -p", "-Paused")
    assert done.returncode == 0, done.stderr
    job_id = _contract.read_job_ids(done.stdout.decode())[0]
    assert done.stdout.decode().rstrip().endswith(f"Job ID: {job_id}")
    listed = run(local_master, "Job", "List", "-Query", json.dumps([["ID", "=", str(job_id)]]))
    [(section, values)] = _records.loads(listed.stdout.decode())
    assert section == str(job_id)
    assert values == {"Type": products.GENERIC_SCRIPT_ID, "Command": "true", "Name": "cli job", "Range": "1-2",
                      "Extra": " -p", "Status": "-1", "Created": values["Created"]}


def test_submit_from_a_file_prints_ids_in_file_order(local_master, tmp_path):
    ids = [str(uuid.uuid4()) for _ in range(3)]
    path = tmp_path / "jobs.sj"
    path.write_text(_records.dumps([(i, {"ID": i, "Type": "Maya", "Name": f"f{n}", "Scene": "/a.mb",
                                         "Status": "-1"}) for n, i in enumerate(ids)]), encoding="utf-8")
    done = run(local_master, "Submit", "-FromFile", str(path))
    assert done.returncode == 0, done.stderr
    assert [str(i) for i in _contract.read_job_ids(done.stdout.decode())] == ids
    again = run(local_master, "Submit", "-FromFile", str(path))
    assert again.returncode == 1 and b"already exists" in again.stderr


@pytest.mark.parametrize("args, code, words", [
    (("Job", "Frobnicate"), 2, b"no verb 'Frobnicate'"),
    (("Job", "Update", "x", "-Priority"), 2, b"needs a value"),
    (("Job", "Pause", "8ad51e37-127e-4894-aefb-8e8273c111cf"), 4, b"8ad51e37-127e-4894-aefb-8e8273c111cf"),
    (("Engine", "Enable", "NO_SUCH_ENGINE"), 4, b"NO_SUCH_ENGINE"),
    (("PoolManager", "Delete", "no such pool"), 4, b"no such pool"),
    (("ConfigureMaster", "ProductInfo", "Cinema 4D"), 4, b"Cinema 4D"),
    (("Submit", "Maya", "-Name", "no scene"), 1, b"Scene"),
    (("Submit", "Maya", "-Scene", "/a.mb", "-Priority", "high"), 2, b"Priority"),  # a bad value: bad input
    (("Submit", "Maya", "-Scene", "/a.mb", "-Range", "1-x"), 2, b"Range"),
    (("ConfigureMaster", "AddPathTranslations", "a", "b"), 2, b"three"),
])
def test_errors_exit_with_the_contract_codes_and_name_the_value(local_master, args, code, words):
    done = run(local_master, *args)
    assert (done.returncode, done.stdout) == (code, b"")
    assert words in done.stderr


def test_a_refused_connection_exits_3_at_once(local_master):
    port = free_port()
    started = time.monotonic()
    done = run(local_master, "Job", "List", "-Master", f"127.0.0.1:{port}", "-ConnectTimeout", "30")
    assert done.returncode == 3
    assert done.stderr.decode().strip() == (f"Could not connect to the Smedge Master at 127.0.0.1:{port}: "
                                            "the connection was refused: no master listens on that port")
    assert time.monotonic() - started < 5  # the tool's start-up included; the connect itself is immediate
    env = dict(local_master.env, SMEDGE_MASTER="127.0.0.1", SMEDGE_MASTER_PORT=str(port),
               SMEDGE_CONNECT_TIMEOUT="30")
    assert run(local_master, "ConfigureMaster", "MasterID", env=env).returncode == 3


@pytest.fixture
def silent_port():
    """A port whose listener never accepts and whose queue is full: a connection to it neither succeeds
    nor is refused (Linux drops the handshake), as with a host that does not answer."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.1)
    yield port
    for sock in [*fillers, listener]:
        sock.close()


def test_a_silent_host_is_tried_until_the_connect_timeout(local_master, silent_port):
    started = time.monotonic()
    done = run(local_master, "Job", "List", "-Master", f"127.0.0.1:{silent_port}", "-ConnectTimeout", "1")
    assert done.returncode == 3
    assert "no answer within 1 s" in done.stderr.decode()
    assert 0.9 < time.monotonic() - started < 6


def test_a_master_port_that_is_not_a_number_is_a_usage_error(local_master):
    env = dict(local_master.env, SMEDGE_MASTER="127.0.0.1:abc")
    started = time.monotonic()
    done = run(local_master, "Job", "List", env=env)
    assert (done.returncode, time.monotonic() - started < 5) == (2, True)
    assert "'abc' is not a number" in done.stderr.decode()


def test_pools_masters_and_translations(local_master):
    assert run(local_master, "PoolManager", "List", "Name").stdout.decode().splitlines()[0] == "Whole System"
    created = run(local_master, "PoolManager", "Create", "cli pool")
    [(pool_id, name)] = _contract.read_pools(created.stdout.decode())
    assert name == "cli pool" and (pool_id, name) in _contract.read_pools(
        run(local_master, "PoolManager", "List").stdout.decode())
    assert run(local_master, "PoolManager", "Delete", str(pool_id)).returncode == 0
    master_id = run(local_master, "ConfigureMaster", "MasterID").stdout.decode().strip()
    assert uuid.UUID(master_id)
    assert run(local_master, "ConfigureMaster", "MasterID").stdout.decode().strip() == master_id
    info = json.loads(run(local_master, "ConfigureMaster", "ProductInfo", "nuke").stdout)
    assert info["Type"] == products.NUKE_ID
    assert run(local_master, "ConfigureMaster", "AddPathTranslations", "S:", "/mnt/s", "").returncode == 0
    rows = _contract.read_translations(run(local_master, "ConfigureMaster", "PathTranslations").stdout.decode())
    assert ("S:", "/mnt/s", "") in rows
    run(local_master, "ConfigureMaster", "RemovePathTranslations", "/mnt/s")
    assert ("S:", "/mnt/s", "") not in _contract.read_translations(
        run(local_master, "ConfigureMaster", "PathTranslations").stdout.decode())


def test_engine_product_settings_and_the_work_log(local_master):
    done = run(local_master, "Engine", "Set", "-Regex", "RENDER_0001", f"-{products.HOUDINI_ID}.Command",
               "echo houdini $(SubRange.Start) $(ROP)")
    assert done.returncode == 0, done.stderr
    try:
        [(engine_id, values)] = _records.loads(run(local_master, "Engine", "List", "RENDER_0001").stdout.decode())
        assert json.loads(values[products.HOUDINI_ID]) == {"Command": "echo houdini $(SubRange.Start) $(ROP)"}
        run(local_master, "Engine", "DisableProduct", "RENDER_0002", "-Product", "Houdini")
        submitted = run(local_master, "Submit", "Houdini", "-Scene", "/a.hip", "-ROP", "/out/mantra1", "-Range", "7")
        job_id = str(_contract.read_job_ids(submitted.stdout.decode())[0])
        history = wait_for(lambda: [h for h in json.loads(run(local_master, "Job", "History", job_id).stdout)[job_id]
                                    if h["Status"] == 2])
        assert history[0]["EngineID"] == engine_id
        log = run(local_master, "Engine", "DownloadFile", "RENDER_0001", "-File", history[0]["WorkID"])
        assert "houdini 7 /out/mantra1" in log.stdout.decode()
    finally:
        run(local_master, "Engine", "Set", f"-{products.HOUDINI_ID}.Command", "")
        run(local_master, "Engine", "EnableProduct", "-Product", "Houdini")


def test_sigterm_and_super_exit_stop_the_master(tmp_path):
    from smedge_core.sandbox.testing import MasterProcess
    master = MasterProcess(tmp_path / "m", engines=1).start()
    master.stop()
    assert master.process.returncode == 0
    master.start()
    done = run(master, "ConfigureMaster", "SuperExit")
    assert done.returncode == 0
    assert master.process.wait(10) == 0
    assert run(master, "Job", "List", "-ConnectTimeout", "0.2").returncode == 3


def test_an_update_refused_for_one_job_changes_none(local_master):
    import smedge_core as smedge
    nuke, maya = smedge.submit_jobs([{"Type": "Nuke", "Scene": "/c.nk", "Status": -1},
                                     {"Type": "Maya", "Scene": "/a.mb", "Status": -1}])
    smedge.update_jobs(nuke, "Renderer", "kept")  # Nuke defines no Renderer: any text is taken
    with pytest.raises(smedge.SmedgeComponentError, match="Renderer"):
        smedge.update_jobs([nuke, maya], "Renderer", "bogus")  # Maya's Renderer is a choice
    assert smedge.get_jobs(nuke)[0]["Renderer"] == "kept"


def test_downloads_are_limited_to_what_engines_share(local_master):
    import smedge_core as smedge
    with pytest.raises(smedge.SmedgeComponentError, match="is not shared by engine RENDER_0001"):
        smedge.download_file("RENDER_0001", "/etc/hostname")
    shared = local_master.data / "shared"
    shared.mkdir(exist_ok=True)
    (shared / "notes.txt").write_text("shared ü", encoding="utf-8")
    assert smedge.download_file("RENDER_0001", str(shared / "notes.txt")) == "shared ü"


def test_a_bad_query_regex_is_a_usage_error(local_master):
    done = run(local_master, "Job", "List", "-Query", '["Name", "*", "("]')
    assert done.returncode == 2 and b"bad regular expression" in done.stderr


def test_stopping_the_master_fires_no_work_failure_events(tmp_path):
    import sys
    from smedge_core.sandbox.testing import MasterProcess
    events = tmp_path / "events.txt"
    master = MasterProcess(tmp_path / "m", engines=1).start()
    try:
        record = f"{sys.executable} -c \"open({str(events)!r}, 'a').write('$(Note)\\n')\""
        assert run(master, "Engine", "Set", "-WorkFinishedUnsuccessfulEvt", record).returncode == 0
        sleeper = f"{sys.executable} -c \"import time; time.sleep(30)\""
        assert run(master, "Submit", "Script", "-Command", sleeper).returncode == 0
        assert wait_for(lambda: b"Busy" in run(master, "Engine", "List").stdout)
    finally:
        master.stop()
    assert master.process.returncode == 0
    time.sleep(0.5)  # an event command, had one been started, would have written by now
    assert not events.exists()
