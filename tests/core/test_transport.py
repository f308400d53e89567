"""The CLI transport through fake tool executables: argv, client options, errors, timeouts."""

import sys
import time

import pytest

import smedge_core as smedge
from smedge_core import errors

NASTY = "it's \"quoted\"; $(rm -rf /) `id` /św/pipeline ünï €"


def test_arguments_reach_the_tool_byte_exact(fake_smedge):
    smedge.update_jobs("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671", "Note", NASTY)
    assert fake_smedge.argv_of("Job") == [
        ["Update", "a29f0cb2-11e1-42a9-9b72-6c5f5be5f671", "-Note", NASTY]]


def test_values_starting_with_a_dash_stay_values(fake_smedge):
    ids = ["178b043e-4a28-4235-acbc-642c7480c360", "12f1146d-a16e-4a02-ba69-577b22a94757"]
    smedge.update_jobs(ids, "Status", -1)
    assert fake_smedge.argv_of("Job") == [["Update", *ids, "-Status", "-1"]]


def test_client_options_follow_the_environment(fake_smedge, monkeypatch):
    monkeypatch.setenv("SMEDGE_MASTER", "farm-master:7000")
    monkeypatch.setenv("SMEDGE_MASTER_PORT", "7000")
    monkeypatch.setenv("SMEDGE_LOG_LEVEL", "6")
    monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "3")
    smedge.resume_jobs("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671")
    assert fake_smedge.argv_of("Job")[0][2:] == [
        "-Master", "farm-master:7000", "-MasterPort", "7000", "-LogLevel", "6", "-ConnectTimeout", "3"]


def test_no_client_options_without_environment(fake_smedge):
    smedge.resume_jobs("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671")
    assert fake_smedge.argv_of("Job") == [["Resume", "a29f0cb2-11e1-42a9-9b72-6c5f5be5f671"]]


def test_failing_tool_names_tool_arguments_code_and_stderr(fake_smedge):
    fake_smedge.reply("Job Pause", stderr="line 1\nJob 178b043e was not found\n", exit=4)
    with pytest.raises(errors.NotFoundError) as caught:
        smedge.pause_jobs("178b043e-4a28-4235-acbc-642c7480c360")
    message = str(caught.value)
    assert "Job Pause 178b043e-4a28-4235-acbc-642c7480c360" in message
    assert "exit code 4" in message and "Job 178b043e was not found" in message
    assert isinstance(caught.value, smedge.SmedgeComponentError)
    assert caught.value.tool == "Job" and caught.value.returncode == 4


def test_unknown_exit_code_raises_the_base_class(fake_smedge):
    fake_smedge.reply("Job Resume", stderr="boom", exit=77)
    with pytest.raises(smedge.SmedgeComponentError, match="exit code 77: boom"):
        smedge.resume_jobs("178b043e-4a28-4235-acbc-642c7480c360")


def test_missing_install_names_the_folder_and_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("SMEDGE", str(tmp_path / "nowhere"))
    with pytest.raises(errors.ToolNotFoundError) as caught:
        smedge.get_pools()
    assert str(tmp_path / "nowhere") in str(caught.value) and "set SMEDGE" in str(caught.value)


def test_default_folder_when_smedge_is_unset(monkeypatch):
    monkeypatch.delenv("SMEDGE", raising=False)
    assert str(smedge.SMEDGE).replace("\\", "/") in (
        "/opt/smedge", "/Applications/Smedge.app/Contents/MacOS", "C:/Program Files/Smedge")


def test_hanging_tool_is_killed_within_the_connect_timeout(fake_smedge, monkeypatch):
    monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "1")
    fake_smedge.reply("PoolManager List", sleep=60)
    start = time.monotonic()
    with pytest.raises(errors.MasterUnreachableError, match="no answer within 1 s"):
        smedge.get_pools()
    assert time.monotonic() - start < 1 + 1


def test_bad_connect_timeout_is_named(fake_smedge, monkeypatch):
    monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "soon")
    with pytest.raises(ValueError, match=r"SMEDGE_CONNECT_TIMEOUT .*'soon'"):
        smedge.get_pools()


def test_unreadable_output_is_a_component_error(fake_smedge):
    fake_smedge.reply("PoolManager List", stdout="not-a-uuid\tcpu\n")
    with pytest.raises(smedge.SmedgeComponentError, match="could not be read"):
        smedge.get_pools()


def test_get_master_id_never_raises(fake_smedge, monkeypatch):
    fake_smedge.reply("ConfigureMaster MasterID", stderr="down", exit=3)
    assert smedge.get_master_id() is None
    monkeypatch.setenv("SMEDGE", "/nowhere/at/all")
    assert smedge.get_master_id() is None


def test_get_master_id_reads_the_id(fake_smedge):
    fake_smedge.reply("ConfigureMaster MasterID", stdout="8ad51e37-127e-4894-aefb-8e8273c111cf\n")
    assert str(smedge.get_master_id()) == "8ad51e37-127e-4894-aefb-8e8273c111cf"


def test_tool_that_cannot_start_is_named(fake_smedge):
    (fake_smedge.folder / "PoolManager").chmod(0o644)
    with pytest.raises(smedge.SmedgeComponentError, match=r"PoolManager List could not be started .*PoolManager"):
        smedge.get_pools()


def listening_socket():
    import socket
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    return server


def test_hanging_tool_with_an_unreachable_named_master(fake_smedge, monkeypatch):
    server = listening_socket()
    port = server.getsockname()[1]
    server.close()  # nothing listens there now
    monkeypatch.setenv("SMEDGE_MASTER", f"127.0.0.1:{port}")
    monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "1")
    fake_smedge.reply("PoolManager List", sleep=60)
    start = time.monotonic()
    with pytest.raises(errors.MasterUnreachableError, match=f"is the master at 127.0.0.1:{port} running"):
        smedge.get_pools()
    assert time.monotonic() - start < 1 + 1


def test_slow_silent_tool_is_waited_for_while_the_named_master_answers(fake_smedge, monkeypatch):
    server = listening_socket()
    try:
        monkeypatch.setenv("SMEDGE_MASTER", f"127.0.0.1:{server.getsockname()[1]}")
        monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "1")
        fake_smedge.reply("PoolManager List", sleep=2.5, stdout="No Pools Available.\n")
        assert smedge.get_pools() == []
    finally:
        server.close()


@pytest.mark.parametrize("value,address", [
    ("farm", ("farm", 6870)), ("farm:7000", ("farm", 7000)), ("[::1]:7001", ("::1", 7001)),
    ("[fe80::1]", ("fe80::1", 6870)), ("::1", ("::1", 6870)),
])
def test_master_address_forms(monkeypatch, value, address):
    from smedge_core import _process
    monkeypatch.setenv("SMEDGE_MASTER", value)
    monkeypatch.delenv("SMEDGE_MASTER_PORT", raising=False)
    assert _process.master_address() == address


def test_bad_master_port_is_named_before_anything_runs(fake_smedge, monkeypatch):
    monkeypatch.setenv("SMEDGE_MASTER", "farm:sixty")
    with pytest.raises(ValueError, match="port 'sixty' is not a number"):
        smedge.get_pools()
    assert fake_smedge.calls == []


def test_smedge_found_from_the_distribution_layout(monkeypatch, tmp_path):
    """Installed as <Smedge>/python/smedge_core, the package finds the tools beside its python folder."""
    from smedge_core import _process
    program = tmp_path / "Smedge"
    (program / "python" / "smedge_core").mkdir(parents=True)
    (program / ("Submit.exe" if sys.platform == "win32" else "Submit")).write_text("")
    monkeypatch.delenv("SMEDGE", raising=False)
    monkeypatch.setattr(_process, "__file__", str(program / "python" / "smedge_core" / "_process.py"))
    assert program == smedge.SMEDGE
    monkeypatch.setenv("SMEDGE", str(tmp_path / "elsewhere"))
    assert tmp_path / "elsewhere" == smedge.SMEDGE


def test_a_refused_connection_fails_fast_in_the_api(tmp_path, monkeypatch):
    from smedge_core.sandbox.testing import free_port
    from smedge_core.sandbox.tools import write_tools
    monkeypatch.setenv("SMEDGE", str(write_tools(tmp_path / "bin")))  # the local master's real tools
    monkeypatch.setenv("SMEDGE_MASTER", f"127.0.0.1:{free_port()}")
    monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "30")
    start = time.monotonic()
    with pytest.raises(errors.MasterUnreachableError, match="the connection was refused"):
        smedge.get_pools()
    assert time.monotonic() - start < 3  # one tool process start-up; the timeout would be 30 s


def test_arguments_too_long_for_a_command_line_go_through_a_file(fake_smedge, monkeypatch):
    import json
    import os
    from smedge_core import _process
    seen = []

    def runner(argv, connect_seconds, operation_seconds):
        if argv[1] == "-ArgumentsFile":
            with open(argv[2], encoding="utf-8") as stream:
                seen.append((argv[1:], json.load(stream)))
        else:
            seen.append((argv[1:], None))
        return 0, b"", b""

    monkeypatch.setattr(_process, "runner", runner)
    monkeypatch.setenv("SMEDGE_LOG_LEVEL", "6")
    value = "ś" * 300000
    smedge.update_jobs("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671", "Note", value)
    [(argv, args)] = seen[:1]
    assert args == ["Update", "a29f0cb2-11e1-42a9-9b72-6c5f5be5f671", "-Note", value, "-LogLevel", "6"]
    assert argv[0] == "-ArgumentsFile" and len(argv) == 2
    assert not os.path.exists(argv[1])  # removed once the tool has ended
    smedge.update_jobs("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671", "Note", "short")
    assert seen[-1] == (["Update", "a29f0cb2-11e1-42a9-9b72-6c5f5be5f671", "-Note", "short", "-LogLevel", "6"], None)


def test_error_messages_show_a_few_hundred_characters_of_a_value(fake_smedge):
    fake_smedge.reply("Job Update", stderr="Job Update: refused\n", exit=1)
    with pytest.raises(errors.SmedgeComponentError) as caught:
        smedge.update_jobs("a29f0cb2-11e1-42a9-9b72-6c5f5be5f671", "Note", "v" * 5000000)
    assert len(str(caught.value)) < 1000
    assert "(5,000,000 characters)" in str(caught.value)
