"""Telling a work process from a later one given the same PID, and stopping work a killed master left running.

A work process leads a session and a process group of its own (its PID is both IDs). What is recorded
with its PID before it may run, its *token*, is its start time:

* ``linux:<boot id>:<clock ticks since boot>`` from ``/proc/<pid>/stat`` on Linux;
* ``ps:<seconds since the epoch>`` from ``ps -o lstart=`` (an argv list, C locale, UTC) elsewhere (macOS,
  the BSDs);
* ``unknown`` where neither says (stores written before this module hold ``session`` outside Linux).

A restarted master kills a recorded process group only when it can tell it is the recorded one
(:func:`decide`): its leader runs with the recorded start time, or, the leader having exited, every
process left in the group is in the leader's session (where the platform says) and started no earlier
than the leader. POSIX does not reuse a PID while a process group of that ID exists, so a group that
outlived its leader holds the leader's descendants. A process whose identity cannot be verified is never
killed: the master logs it instead.
"""

import calendar
import collections
import os
import signal
import subprocess
import time

#: One process as this module sees it: ``sid``/``pgid``/``start`` None where the platform does not say;
#: ``state`` the first letter of ``ps``'s (``"Z"`` a zombie); ``scheme`` what ``start`` counts in.
Proc = collections.namedtuple("Proc", "pid pgid sid state scheme start")
UNKNOWN = "unknown"
#: What :func:`decide` returns first: kill the group, or leave a process that runs but is not verified.
KILL, LEAVE = "kill", "leave"
#: Seconds a restarted master waits for a killed leftover work process group to be gone.
LEFTOVER_WAIT = 10.0
_GONE = ("Z", "X", "x")
_PS_ENV = {"LC_ALL": "C", "TZ": "UTC0", "PATH": os.pathsep.join([os.environ.get("PATH") or os.defpath,
                                                                    "/bin", "/usr/bin"])}


def _has_proc():
    return os.path.exists("/proc/self/stat")


def _boot_id():
    try:
        with open("/proc/sys/kernel/random/boot_id") as stream:
            return stream.read().strip()
    except OSError:
        return ""


def _stat(pid):
    """The fields of ``/proc/<pid>/stat`` after the command name (state first), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stream:
            data = stream.read()
    except OSError:
        return None
    return data[data.rindex(b")") + 2:].split()


def _linux_proc(pid, boot):
    fields = _stat(pid)
    if fields is None:
        return None
    return Proc(pid, int(fields[2]), int(fields[3]), fields[0].decode("ascii", "replace"), "linux:" + boot,
                int(fields[19]))


def parse_ps(text):
    """The processes in the output of ``ps -o pid=,pgid=,stat=,lstart=`` run in the C locale and UTC."""
    procs = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 8:
            continue
        try:
            start = calendar.timegm(time.strptime(" ".join(parts[3:8]), "%a %b %d %H:%M:%S %Y"))
            procs.append(Proc(int(parts[0]), int(parts[1]), None, parts[2][:1], "ps", start))
        except ValueError:
            continue
    return procs


def _ps(args):
    """The processes ``ps`` lists with ``args``; None when ``ps`` cannot be run."""
    try:
        result = subprocess.run(["ps", "-o", "pid=,pgid=,stat=,lstart=", *args], stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_PS_ENV, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_ps(result.stdout.decode("ascii", "replace"))


def _exists(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's
        return True
    return True


def current(pid):
    """The process ``pid`` is now (a zombie included), or None; its ``start`` is None when unknown."""
    if _has_proc():
        return _linux_proc(pid, _boot_id())
    procs = _ps(["-p", str(pid)])
    found = next((p for p in procs or [] if p.pid == pid), None)
    if found is None and _exists(pid):
        return Proc(pid, None, None, "", UNKNOWN, None)
    return found


def group(pgid):
    """The processes of process group ``pgid`` (zombies included); None when they cannot be listed."""
    if _has_proc():
        boot = _boot_id()
        procs = []
        for name in os.listdir("/proc"):
            if name.isdigit():
                proc = _linux_proc(int(name), boot)
                if proc is not None and proc.pgid == pgid:
                    procs.append(proc)
        return procs
    procs = _ps(["-A"])
    if procs is None:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        except OSError:
            pass
        return None
    return [p for p in procs if p.pgid == pgid]


def token_of(proc):
    """The token that tells ``proc`` from a later process given its PID (``unknown`` when nothing does)."""
    if proc is None or proc.start is None:
        return UNKNOWN
    return f"{proc.scheme}:{proc.start}"


def process_token(pid):
    """The token of process ``pid`` (see the module's documentation)."""
    return token_of(current(pid))


def parse_token(token):
    """``(scheme, start)`` of a recorded token, or None when it identifies nothing (``unknown``, ``session``)."""
    scheme, sep, start = str(token).rpartition(":")
    if not sep or not (scheme == "ps" or scheme.startswith("linux:")):
        return None
    try:
        return scheme, int(start)
    except ValueError:
        return None


def decide(pid, token, leader, members):
    """What a restarted master does about work recorded as ``(pid, token)``: ``(KILL, note)`` (kill process
    group ``pid``), ``(LEAVE, note)`` (something runs that cannot be verified: log it, never kill it) or
    ``(None, note)`` (nothing of that work runs).

    ``leader`` is the process ``pid`` is now (None when there is none) and ``members`` the processes of
    group ``pid`` (None when they cannot be listed), as :func:`current` and :func:`group` give them."""
    recorded = parse_token(token)
    if leader is not None and recorded and leader.scheme == recorded[0] and leader.start not in (None, recorded[1]):
        return None, f"pid {pid} is another process now"  # so the recorded group has ended
    if leader is not None and leader.state not in _GONE:
        if recorded is None or leader.scheme != recorded[0] or leader.start is None:
            return LEAVE, (f"pid {pid} runs, but whether it is the recorded process cannot be verified "
                           f"(recorded {token!r}, found {token_of(leader)!r}); not killed")
        return KILL, "stopped (its process group killed) before the work was queued again"
    if members is None:
        return LEAVE, (f"its leader (pid {pid}) has exited and the processes left in its group cannot be listed; "
                       "none killed")
    live = [p for p in members if p.state not in _GONE and p.pid != pid]
    if not live:
        return None, "not running"
    unverified = [p.pid for p in live if recorded is None or p.scheme != recorded[0] or p.start is None
                  or p.start < recorded[1] or p.sid not in (None, pid)]
    if unverified:
        return LEAVE, ("its leader (pid {}) has exited; process(es) {} in its group cannot be verified as its "
                       "own; none killed".format(pid, ", ".join(map(str, unverified))))
    return KILL, (f"its leader had exited; the {len(live)} process(es) left in its group were killed before the work "
                  "was queued again")


def _remains(pid, token):
    """Whether anything of the recorded work process still runs (a zombie does not)."""
    action, _ = decide(pid, token, current(pid), group(pid))
    return action == KILL


def stop_leftover(pid, token, wait=LEFTOVER_WAIT):
    """Kill the process group of a recorded work process if it is verified to run, and wait until it is gone.

    Returns ``(action, note)``: ``(KILL, what was done)``, ``(LEAVE, why not)`` or ``(None, note)`` when
    nothing of it runs."""
    action, note = decide(pid, token, current(pid), group(pid))
    if action != KILL:
        return action, note
    try:
        os.killpg(pid, signal.SIGKILL)  # right after the check: the group cannot be another's meanwhile
    except ProcessLookupError:
        return None, "ended as it was being stopped"
    except OSError as err:
        return KILL, f"could not be stopped: {err}"
    deadline = time.monotonic() + wait
    while _remains(pid, token):
        if time.monotonic() > deadline:
            return KILL, f"killed, but still there after {wait:g} s"
        time.sleep(0.02)
    return KILL, note
