"""Running work and event commands as real processes (argv lists from ``shlex.split``, never a shell).

Each product's command line is a ``$(...)`` template: Generic Script's is the job's ``Command``, FFmpeg's
is built from its parameters, and Maya, Nuke and Houdini (whose programs are not installed here) run a
short stand-in that logs each frame and succeeds. An engine's per-product ``Command`` setting
(``Engine Set -<product uuid>.Command ...``) replaces the template for that product.

Work runs in a session of its own, so it outlives a master killed with ``kill -9``. To know it after a
restart, the master starts each work process through a gate (:data:`GATE`): a small interpreter that
waits for the master's go before it ``exec``s the command (same PID, session and process group). The
master records the PID and its start time in its store, commits, then gives the go; a master killed
before that leaves a gate that exits without running anything. On start-up the master stops (kills the
process group of) every recorded work process still running before it dispatches that work again, when
it can verify that the process is the recorded one (:mod:`.identity`). A running master kills a work
process's group only while that process is not reaped (:func:`wait`, :func:`kill`).
"""

import json
import logging
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from .._products import find_parameter, from_text
from . import products, states
from .identity import process_token, stop_leftover  # noqa: F401 (the farm's names for them)
from .substitution import enquote, expand

_log = logging.getLogger(__name__)
PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent.parent)
#: Seconds the stand-in spends on each frame.
STAND_IN_SECONDS = 0.15
_STAND_IN = ("import sys, time; product, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])\n"
             "for frame in range(first, last + 1):\n"
             "    print('{} stand-in: rendering frame {} of {}'.format(product, frame, sys.argv[4]), flush=True)\n"
             "    time.sleep(" + repr(STAND_IN_SECONDS) + ")\n")


def stand_in(product_name):
    """The stand-in command template of a product whose program is not installed."""
    return (f"{enquote(sys.executable)} -c {enquote(_STAND_IN)} {enquote(product_name)} "
            "$(SubRange.Start) $(SubRange.End) $(Scene.Enquote)")


COMMANDS = {
    products.FFMPEG_ID: "$(Executable.Enquote) -y $(InfileOptions) -start_number $(SubRange.Start) "
                        "-i $(Scene.Enquote) $(OutfileOptions) $(OutputFile.Enquote)",
}


def command_template(job, engine):
    """The command template of ``job`` on ``engine`` (Generic Script's is the job's own Command)."""
    product_id = str(job.product.type)
    if product_id == products.GENERIC_SCRIPT_ID:
        return job.value("Command")
    if product_id == products.BLENDER_ID and not engine.product_setting(product_id, "Command"):
        return blender_command(engine.product_setting(product_id, "Executable"))
    return engine.product_setting(product_id, "Command") or COMMANDS.get(product_id) or stand_in(job.product.name)


def blender_command(executable=""):
    """Blender's command template: :mod:`.blender_work` picks what can open the file (the ``blender``
    program, else ``bpy``, else the stand-in); ``executable`` (an engine's setting) wins over the job's."""
    program = enquote(executable) if executable else "$(Executable.Enquote)"
    return (f"{enquote(sys.executable)} -m smedge_core.sandbox.blender_work {program} "
            "$(Scene.Enquote) $(SceneName.Enquote) $(ViewLayer.Enquote) $(SubRange.Start) $(SubRange.End)")


def child_environment(farm, overrides=None):
    """The environment of work and event processes: the master's, SMEDGE_* pointing here, the package."""
    env = dict(os.environ)
    env.update(farm.env)
    env["PYTHONPATH"] = os.pathsep.join([PACKAGE_ROOT] + [p for p in [env.get("PYTHONPATH")] if p])
    env.update({str(k): str(v) for k, v in (overrides or {}).items()})
    return env


#: Runs a work command once the master says so (``1`` on the go pipe); reports a failed exec on the other.
GATE = ("import os, sys\n"
        "go, report = int(sys.argv[1]), int(sys.argv[2])\n"
        "if os.read(go, 1) != b'1':\n"
        "    os._exit(125)\n"
        "os.close(go)\n"
        "os.set_inheritable(report, False)\n"
        "try:\n"
        "    os.execvp(sys.argv[3], sys.argv[3:])\n"
        "except OSError as err:\n"
        "    os.write(report, str(err).encode('utf-8', 'replace'))\n"
        "    os._exit(127)\n")


def _gated_popen(argv, log_file, cwd, env):
    """Start ``argv`` behind the gate; return ``(process, release)``. ``release(go)`` lets it run (or, with
    ``go`` false, makes the gate exit) and returns the reason the command could not start, else None."""
    if os.name != "posix":
        return _popen(argv, log_file, cwd, env), lambda go: None
    go_read, go_write = os.pipe()
    report_read, report_write = os.pipe()
    try:
        process = subprocess.Popen([sys.executable, "-I", "-S", "-c", GATE, str(go_read), str(report_write), *argv],
                                   stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT, cwd=cwd,
                                   env=env, start_new_session=True, pass_fds=(go_read, report_write))
    except BaseException:
        os.close(go_write)
        os.close(report_read)
        raise
    finally:
        os.close(go_read)
        os.close(report_write)

    def release(go):
        try:
            os.write(go_write, b"1" if go else b"0")
        except OSError:  # the gate is gone already (killed)
            pass
        finally:
            os.close(go_write)
        with os.fdopen(report_read, "rb") as report:
            problem = report.read()
        return problem.decode("utf-8", "replace") if problem else None

    return process, release


#: Held while a work process is reaped and while it is killed, so a reaped PID (maybe another's by now)
#: is never signalled.
_REAP_LOCK = threading.Lock()
#: Whether a process's exit can be waited for without reaping it (Linux; macOS from Python 3.13).
_CAN_PEEK = hasattr(os, "waitid") and hasattr(os, "WNOWAIT") and hasattr(os, "P_PID")


def cpu_seconds(pid):
    """CPU seconds (user and system, its reaped children's included) of an ended, unreaped process, from
    ``/proc``; None where that cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stream:
            fields = stream.read().rsplit(b")", 1)[1].split()
        return sum(int(f) for f in fields[11:15]) / float(os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return None


def _peek(process, block):
    """Whether the process has ended (without reaping it); its CPU seconds kept as ``process.cpu_seconds``."""
    try:
        ended = os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT | (0 if block else os.WNOHANG))
    except ChildProcessError:  # reaped already
        return True
    if ended is not None and getattr(process, "cpu_seconds", None) is None:
        process.cpu_seconds = cpu_seconds(process.pid)
    return ended is not None


def wait(process, timeout=None):
    """Wait for a work process to end and reap it (under :data:`_REAP_LOCK`); its exit code. Where exits
    can be peeked at, its CPU seconds are kept first (``process.cpu_seconds``, for $(ElapsedProcessTime)).

    ``subprocess.TimeoutExpired`` after ``timeout`` seconds (None: no limit)."""
    if _CAN_PEEK and timeout is None:
        _peek(process, True)  # ended; its PID still held
        with _REAP_LOCK:
            return process.wait()
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = 0.0005
    while True:
        if _CAN_PEEK:
            _peek(process, False)
        with _REAP_LOCK:
            code = process.poll()
        if code is not None:
            return code
        if deadline is not None and time.monotonic() >= deadline:
            raise subprocess.TimeoutExpired(process.args, timeout)
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def kill(process):
    """Stop a work process and its group (by PID) unless it has been reaped (its PID may be another's
    then); it is reaped by whoever waits on it (:func:`wait`)."""
    with _REAP_LOCK:
        if process.returncode is not None:
            return
        try:
            if os.name == "posix":
                os.killpg(process.pid, signal.SIGKILL)
            else:
                process.kill()
        except OSError:
            pass


def _popen(argv, log_file, cwd, env):
    return subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                            cwd=cwd, env=env, start_new_session=os.name == "posix")


def log_path(farm, name):
    folder = Path(farm.data) / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / (name + ".log")


def start_work(farm, job, work, engine):
    """Start ``work`` on ``engine`` in a runner thread (the caller holds the farm's lock)."""
    try:
        argv = shlex.split(expand(command_template(job, engine), farm.work_variables(job, work, engine)))
        if not argv:
            raise ValueError("the command line is empty")
        env = child_environment(farm, environment_overrides(job))
    except ValueError as err:
        argv, env, problem = None, None, f"could not build the command line: {err}"
    else:
        problem = None
    settings = {"cwd": job.value("WorkingDirectory") or None, "overtime": job.number("OvertimeKill") * 60,
                "error_starts": _items(job.value("ErrorStarts")) if job.flag("DetectErrors") else [],
                "error_ignores": _items(job.value("ErrorIgnores"))}
    threading.Thread(target=_run, args=(farm, work, engine, argv, env, problem, settings),
                     name="work-" + work.name, daemon=True).start()


def environment_overrides(job):
    """The job's EnvironmentOverrides as a dict, read as its product's parameter says (``NAME=value``)."""
    parameter = find_parameter(job.product.parameters, "EnvironmentOverrides")
    overrides = from_text(parameter, job.value("EnvironmentOverrides")) if parameter else {}
    return overrides if isinstance(overrides, dict) else {}


def _items(text):
    return [item for item in text.split("|") if item]


def _run(farm, work, engine, argv, env, problem, settings):
    """Run a work unit and record its end; an I/O error (a full disk, say) fails the work with the
    reason, and the engine is idle again either way."""
    if problem:
        farm.finish(work, engine, states.WORK_FAILED, problem)
        return
    try:
        status, note = _execute(farm, work, engine, argv, env, settings)
    except Exception as err:  # the engine must not stay busy: the work fails, with the reason
        if isinstance(err, OSError):
            _log.error("work %s: %s", work.name, err)
            status, note = states.WORK_FAILED, f"the engine could not write the work log: {err}"
        else:
            _log.exception("work %s failed in the engine", work.name)
            status, note = states.WORK_FAILED, f"the engine failed: {err!r}"
        if work.process is not None:  # never left running while the work is queued again
            kill(work.process)
            wait(work.process)
    farm.finish(work, engine, status, note)


def _execute(farm, work, engine, argv, env, settings):
    """Run the work's process; ``(status, note)`` of its end."""
    path = log_path(farm, work.id)
    with open(str(path), "ab") as log_file:
        offset = log_file.tell()
        log_file.write("$ {}\n".format(" ".join(shlex.quote(a) for a in argv)).encode("utf-8"))
        log_file.flush()
        try:
            process, release = _gated_popen(argv, log_file, settings["cwd"], env)
        except OSError as err:
            return states.WORK_FAILED, f"could not start {argv[0]}: {err}"
        with farm.lock:
            work.process = process
            go = not work.stop_reason and farm.record_process(work, process.pid, process_token(process.pid))
        problem = release(go)
        if problem:
            wait(process)
            return states.WORK_FAILED, f"could not start {argv[0]}: {problem}"
        try:
            code = wait(process, settings["overtime"] or None)
            overtime = False
        except subprocess.TimeoutExpired:
            kill(process)
            code, overtime = wait(process), True
    with farm.lock:
        reason = work.stop_reason
        work.cpu_seconds = getattr(process, "cpu_seconds", None)
    if reason:
        return states.WORK_STOPPED, f"stopped: {reason}"
    if not go:
        return states.WORK_FAILED, "the master could not record the work's process, so it did not run"
    if overtime:
        return states.WORK_FAILED, "killed after OvertimeKill {:g} minutes".format(settings["overtime"] / 60)
    if code != 0:
        return states.WORK_FAILED, f"exit code {code}"
    error = _detect_error(path, offset, settings)
    return (states.WORK_FAILED, "error detected: " + error) if error else (states.WORK_FINISHED, "exit code 0")


def _detect_error(path, offset, settings):
    if not settings["error_starts"]:
        return None
    with open(str(path), "rb") as stream:
        stream.seek(offset)
        lines = stream.read().decode("utf-8", "replace").splitlines()[1:]
    for line in lines:
        if any(line.startswith(s) for s in settings["error_starts"]) and \
                not any(line.startswith(s) for s in settings["error_ignores"]):
            return line
    return None


def run_event(farm, name, template, variables):
    """Start an event command; return the line for the dispatch log."""
    try:
        argv = shlex.split(expand(template, variables))
        if not argv:
            raise ValueError("the command line is empty")
    except ValueError as err:
        return f"{name}: could not build the command line {template!r}: {err}"
    try:
        with open(str(log_path(farm, "event-" + name)), "ab") as log_file:
            process = _popen(argv, log_file, None, child_environment(farm))
    except OSError as err:
        return f"{name}: could not start {argv[0]}: {err}"
    threading.Thread(target=_reap, args=(process, name), daemon=True).start()
    return f"{name}: started pid {process.pid}: {json.dumps(argv, ensure_ascii=False)}"


def _reap(process, name):
    code = process.wait()
    _log.info("%s (pid %s) exited with %s", name, process.pid, code)
