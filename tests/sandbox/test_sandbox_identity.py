"""Which leftover work processes a restarted master kills, and a running master's kill of its own work.

The decision (:func:`identity.decide`) is tested with made-up processes, macOS's ``ps`` scheme included;
the Linux ``/proc`` path and the ``ps`` path (which macOS takes) for real, on processes these tests start
and stop by PID.
"""

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from smedge_core.sandbox import engines, identity
from smedge_core.sandbox.identity import KILL, LEAVE, Proc, decide

posix_only = pytest.mark.skipif(os.name != "posix", reason="process groups are POSIX")

PID = 4242
BOOT = "linux:b00t"


def ps(pid, start, state="S", pgid=PID):
    return Proc(pid, pgid, None, state, "ps", start)


def linux(pid, start, state="S", pgid=PID, sid=PID):
    return Proc(pid, pgid, sid, state, BOOT, start)


# --- the decision, made-up processes ---------------------------------------------------------------

@pytest.mark.parametrize("token, leader, members, action", [
    # the leader runs with the recorded start time: its group is killed
    ("ps:1000", ps(PID, 1000), [ps(PID, 1000), ps(77, 1001)], KILL),
    (BOOT + ":500", linux(PID, 500), [linux(PID, 500)], KILL),
    # a session leader that reused the PID (the macOS defect): never killed
    ("session", ps(PID, 1000), [ps(PID, 1000)], LEAVE),
    ("unknown", ps(PID, 1000), [ps(PID, 1000)], LEAVE),
    ("ps:1000", Proc(PID, None, None, "", identity.UNKNOWN, None), None, LEAVE),
    (BOOT + ":500", ps(PID, 1000), None, LEAVE),  # another scheme than the one recorded
    # the PID is another process's now, so the recorded group has ended
    ("ps:1000", ps(PID, 1005), [ps(PID, 1005)], None),
    (BOOT + ":500", linux(PID, 900), [linux(PID, 900)], None),
    ("ps:1000", Proc(PID, PID, None, "S", "linux:other-boot", 1000), None, LEAVE),
    # nothing runs
    ("ps:1000", None, [], None),
    ("session", None, [], None),
    ("ps:1000", ps(PID, 1000, state="Z"), [ps(PID, 1000, state="Z")], None),
    ("ps:1000", None, [ps(77, 1001, state="Z")], None),
    # the leader has exited, processes are left in its group
    ("ps:1000", None, [ps(77, 1001), ps(78, 1000)], KILL),
    (BOOT + ":500", linux(PID, 500, state="Z"), [linux(PID, 500, state="Z"), linux(77, 501)], KILL),
    ("ps:1000", None, [ps(77, 999)], LEAVE),  # started before the leader: not its descendant
    (BOOT + ":500", None, [linux(77, 501, sid=99)], LEAVE),  # another session
    (BOOT + ":500", None, [ps(77, 1001)], LEAVE),  # another scheme
    ("session", None, [ps(77, 1001)], LEAVE),  # nothing recorded to check it against
    ("ps:1000", None, None, LEAVE),  # the group cannot be listed
])
def test_decide(token, leader, members, action):
    assert decide(PID, token, leader, members)[0] == action


def test_tokens_and_ps_output():
    assert identity.parse_token("linux:abc-1:123") == ("linux:abc-1", 123)
    assert identity.parse_token("ps:1700000000") == ("ps", 1700000000)
    for token in ("session", "unknown", "", "ps:", "ps:x", "other:5"):
        assert identity.parse_token(token) is None
    assert identity.token_of(None) == identity.token_of(Proc(1, 1, None, "S", "ps", None)) == "unknown"
    text = "  501   501 Ss   Tue Dec  1 01:36:54 2026\n  77 501 R+ Thu Jan  1 00:00:05 1970\nbad line\n"
    assert identity.parse_ps(text) == [Proc(501, 501, None, "S", "ps", 1796089014),
                                       Proc(77, 501, None, "R", "ps", 5)]


# --- for real: Linux's /proc, and the ps that macOS uses -------------------------------------------

LEADER = """import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
print(child.pid, flush=True)
sys.stdin.readline()
"""


@pytest.fixture(params=["proc", "ps"])
def scheme(request, monkeypatch):
    """Each test once with /proc (Linux) and once with ps as on macOS."""
    if request.param == "proc" and not os.path.exists("/proc/self/stat"):
        pytest.skip("needs /proc")
    if request.param == "ps":
        if shutil.which("ps") is None:
            pytest.skip("needs ps")
        monkeypatch.setattr(identity, "_has_proc", lambda: False)
    return request.param


def _session_leader(code="import time; time.sleep(120)", **options):
    return subprocess.Popen([sys.executable, "-c", code], start_new_session=True, **options)


def _stop(process):
    process.kill()
    process.wait()


def _ended(pid, token):
    proc = identity.current(pid)
    return proc is None or proc.state == "Z" or identity.token_of(proc) != token


@posix_only
def test_a_verified_leftover_is_killed_with_its_group(scheme):
    process = _session_leader()
    try:
        token = identity.process_token(process.pid)
        assert token.startswith("linux:" if scheme == "proc" else "ps:")
        action, note = identity.stop_leftover(process.pid, token)
        assert action == KILL and "killed" in note
        assert process.wait(10) == -signal.SIGKILL
    finally:
        _stop(process)


@posix_only
@pytest.mark.parametrize("recorded", ["session", "unknown"])
def test_a_process_whose_identity_cannot_be_verified_is_never_killed(scheme, recorded):
    process = _session_leader()
    try:
        action, note = identity.stop_leftover(process.pid, recorded)
        assert action == LEAVE and "not killed" in note
        assert process.poll() is None
    finally:
        _stop(process)


@posix_only
def test_a_process_that_reused_the_pid_is_left_alone(scheme):
    process = _session_leader()
    try:
        scheme_name, start = identity.parse_token(identity.process_token(process.pid))
        action, _ = identity.stop_leftover(process.pid, f"{scheme_name}:{start - 5}")
        assert action is None
        assert process.poll() is None
    finally:
        _stop(process)


@posix_only
def test_what_is_left_of_a_group_whose_leader_exited_is_killed(scheme):
    leader = _session_leader(LEADER, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    child = child_token = None
    try:
        token = identity.process_token(leader.pid)
        child = int(leader.stdout.readline())
        child_token = identity.process_token(child)
        leader.stdin.close()
        assert leader.wait(30) == 0  # reaped: only its child is left in the group
        assert not _ended(child, child_token)
        action, note = identity.stop_leftover(leader.pid, token)
        assert action == KILL and "leader had exited" in note
        assert _ended(child, child_token)
    finally:
        _stop(leader)
        if child is not None and not _ended(child, child_token):
            os.kill(child, signal.SIGKILL)


# --- a running master's kill ---------------------------------------------------------------------

@posix_only
def test_kill_never_signals_a_reaped_process(monkeypatch):
    process = _session_leader("pass")
    assert engines.wait(process) == 0
    calls = []
    monkeypatch.setattr(os, "killpg", lambda *args: calls.append(args))
    engines.kill(process)  # its PID (and group ID) may be another process's by now
    assert calls == []


@posix_only
def test_kill_stops_a_running_process_and_its_group():
    process = _session_leader(LEADER, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        child = int(process.stdout.readline())
        child_token = identity.process_token(child)
        with pytest.raises(subprocess.TimeoutExpired):
            engines.wait(process, 0.05)
        engines.kill(process)
        assert engines.wait(process) == -signal.SIGKILL
        deadline = time.monotonic() + 10
        while not _ended(child, child_token) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert _ended(child, child_token)
    finally:
        _stop(process)
