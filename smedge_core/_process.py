"""The one place that runs Smedge's CLI tools: locating them, the environment, timeouts, errors.

Every call is an argv list (never a shell string) with a deadline. A tool that cannot reach the master
may wait instead of failing, so one still silent after ``SMEDGE_CONNECT_TIMEOUT`` plus a short grace is
taken to be hanging, unless ``SMEDGE_MASTER`` names a master that accepts a connection right then (a big
request may take a while before the tool prints): then it has :data:`OPERATION_TIMEOUT` seconds, as it
has once it has printed anything. Tests and studios can replace :data:`runner` with any callable of the
same signature as :func:`run_process`.

Arguments too long for a command line (one over :data:`MAX_ARGUMENT` bytes, or all over
:data:`MAX_COMMAND_LINE`) go to the tool through a file: ``-ArgumentsFile FILE`` with their JSON list
(ours: the local master's tools read it; a real Smedge's tools cannot take such values at all).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING, Any, Callable, Iterable, List, Optional, Tuple

from . import _contract
from .errors import MasterUnreachableError, SmedgeComponentError, ToolNotFoundError, error_for

if TYPE_CHECKING:
    from io import BufferedReader
    from pathlib import Path

_log = logging.getLogger(__name__)
# The package's NullHandler lives here, with the first module that logs, to keep the package import cheap.
logging.getLogger(__package__).addHandler(logging.NullHandler())

DEFAULT_PORT = 6870
DEFAULT_CONNECT_TIMEOUT = 10.0
#: Seconds past the connect timeout before a silent tool is taken to be hanging.
CONNECT_GRACE = 0.5
#: Seconds a tool that has started answering may take to finish.
OPERATION_TIMEOUT = 600.0
#: Bytes of one argument past which the arguments go through a file (Linux takes 128 KiB at most).
MAX_ARGUMENT = 100000
#: Bytes of all arguments past which they go through a file (Windows takes 32,767 characters at most).
MAX_COMMAND_LINE = 30000 if sys.platform == "win32" else 1000000
#: Characters of one argument shown in an error message.
SHOWN_ARGUMENT = 200

DEFAULT_FOLDERS = {
    "win32": "C:/Program Files/Smedge",
    "darwin": "/Applications/Smedge.app/Contents/MacOS",
}
LINUX_FOLDER = "/opt/smedge"


def smedge_folder() -> Path:
    """The Smedge program folder: ``SMEDGE`` if set, else the distribution layout, else the default."""
    from pathlib import Path  # here, not at import: pathlib is a large share of a cold start
    configured = os.environ.get("SMEDGE")
    if configured:
        return Path(configured)
    # In a Smedge install this package lives in <program folder>/python/.
    here = Path(__file__).resolve().parent.parent
    if here.name == "python" and _tool_file(here.parent, "Submit").exists():
        return here.parent
    return Path(DEFAULT_FOLDERS.get(sys.platform, LINUX_FOLDER))


def _tool_file(folder: Path, tool: str) -> Path:
    return folder / (tool + ".exe" if sys.platform == "win32" else tool)


def tool_path(tool: str) -> Path:
    """The executable of ``tool``; ToolNotFoundError names the folder and the variable to set."""
    folder = smedge_folder()
    path = _tool_file(folder, tool)
    if not path.is_file():
        how = "SMEDGE is {!r}".format(os.environ["SMEDGE"]) if os.environ.get("SMEDGE") else \
            "SMEDGE is not set, so the default install folder was used"
        raise ToolNotFoundError(
            f"{path.name} not found in {folder} ({how}); set SMEDGE to the Smedge program folder",
            tool=tool)
    return path


def connect_timeout() -> float:
    """``SMEDGE_CONNECT_TIMEOUT`` in seconds (default 10); ValueError names a bad value."""
    text = os.environ.get("SMEDGE_CONNECT_TIMEOUT", "")
    if not text:
        return DEFAULT_CONNECT_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value <= 0:
        raise ValueError(f"SMEDGE_CONNECT_TIMEOUT must be a positive number of seconds, not {text!r}")
    return value


def client_options() -> List[Tuple[str, str]]:
    """The client options the environment asks for, as ``(name, value)`` pairs."""
    options: List[Tuple[str, str]] = []
    for variable, option in (("SMEDGE_MASTER", "Master"), ("SMEDGE_MASTER_PORT", "MasterPort"),
                             ("SMEDGE_LOG_LEVEL", "LogLevel"), ("SMEDGE_CONNECT_TIMEOUT", "ConnectTimeout")):
        value = os.environ.get(variable)
        if value:
            options.append((option, value))
    return options


def master_address() -> Optional[Tuple[str, int]]:
    """``(host, port)`` of the master ``SMEDGE_MASTER`` (and ``SMEDGE_MASTER_PORT``) name, else None.

    ``SMEDGE_MASTER`` is ``host``, ``host:port``, ``[IPv6]`` or ``[IPv6]:port``; ValueError names a bad port.
    """
    text = os.environ.get("SMEDGE_MASTER", "").strip()
    if not text:
        return None
    port = os.environ.get("SMEDGE_MASTER_PORT") or str(DEFAULT_PORT)
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else port
    elif text.count(":") == 1:
        host, port = text.split(":")
    else:
        host = text
    digits = port.strip()
    if not digits or len(digits) > 5 or any(not "0" <= c <= "9" for c in digits):
        raise ValueError(f"SMEDGE_MASTER/SMEDGE_MASTER_PORT: port {port!r} is not a number")
    return host, int(digits)


def _master_answers() -> bool:
    """Whether the master named in the environment accepts a TCP connection now (False if none is named)."""
    import socket  # only needed when a tool stays silent
    try:
        address = master_address()
        if address is None:
            return False
        socket.create_connection(address, timeout=CONNECT_GRACE).close()
        return True
    except (OSError, ValueError):
        return False


def _pump(stream: BufferedReader, chunks: List[bytes], spoke: threading.Event) -> None:
    for chunk in iter(lambda: stream.read1(65536), b""):
        chunks.append(chunk)
        spoke.set()
    stream.close()


def run_process(argv: List[str], connect_seconds: float,
                operation_seconds: float) -> Optional[Tuple[int, bytes, bytes]]:
    """Run ``argv``; return ``(returncode, stdout bytes, stderr bytes)``, or ``None`` if it never answered.

    A tool silent for ``connect_seconds`` + grace while no named master answers, or running
    ``operation_seconds`` after it spoke (or the master answered), is killed by its PID: ``None``.
    """
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out: List[bytes] = []
    err: List[bytes] = []
    spoke = threading.Event()
    pumps = [threading.Thread(target=_pump, args=(proc.stdout, out, spoke), daemon=True),
             threading.Thread(target=_pump, args=(proc.stderr, err, spoke), daemon=True)]
    for pump in pumps:
        pump.start()
    silent_deadline = time.monotonic() + connect_seconds + CONNECT_GRACE
    deadline: Optional[float] = None
    while True:
        try:
            proc.wait(timeout=0.02)
            break
        except subprocess.TimeoutExpired:
            now = time.monotonic()
            if deadline is None and (spoke.is_set() or (now > silent_deadline and _master_answers())):
                deadline = now + operation_seconds
            if now > (deadline if deadline is not None else silent_deadline):
                proc.kill()
                proc.wait()
                for pump in pumps:
                    pump.join(1.0)
                return None
    for pump in pumps:
        pump.join()
    return proc.returncode, b"".join(out), b"".join(err)


#: The process runner; replace it to intercept every tool call.
runner: Callable[[List[str], float, float], Optional[Tuple[int, bytes, bytes]]] = run_process


def _shown(args: Iterable[str]) -> str:
    """A command line for messages: each argument cut to :data:`SHOWN_ARGUMENT` characters."""
    return " ".join(a if len(a) <= SHOWN_ARGUMENT else f"{a[:SHOWN_ARGUMENT]}... ({len(a):,} characters)"
                    for a in args)


def _too_long(args: List[str]) -> bool:
    sizes = [len(os.fsencode(a)) for a in args]
    return max(sizes, default=0) > MAX_ARGUMENT or sum(sizes) + len(sizes) > MAX_COMMAND_LINE


def _arguments_file(args: List[str]) -> str:
    """Write ``args`` as JSON to a new temp file; its path (the caller removes it)."""
    import json
    import tempfile
    handle, path = tempfile.mkstemp(prefix="smedge-arguments-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(args, stream, ensure_ascii=False)
    return path


def check_environment() -> None:
    """ValueError naming a bad ``SMEDGE_*`` setting, before anything is written or run."""
    client_options()
    connect_timeout()
    master_address()


def call(tool: str, verb: str = "", targets: Iterable[str] = (), options: Iterable[Tuple[str, str]] = (),
         switches: Iterable[str] = ()) -> str:
    """Run one contract verb and return its stdout as text; raise SmedgeComponentError on failure."""
    args = _contract.build(tool, verb, targets, options, switches)
    command = _shown([tool, *args])
    program = str(tool_path(tool))
    for name, value in client_options():
        args += ["-" + name, value]
    seconds = connect_timeout()
    master_address()  # a bad SMEDGE_MASTER is named before anything runs
    path = _arguments_file(args) if _too_long(args) else None
    argv = [program] + (["-ArgumentsFile", path] if path else args)
    _log.debug("running %s", _shown(argv))
    try:
        result = runner(argv, seconds, OPERATION_TIMEOUT)
    except OSError as err:
        raise SmedgeComponentError(f"{command} could not be started ({argv[0]}): {err}",
                                   tool=tool, argv=argv) from err
    finally:
        if path:
            os.remove(path)
    if result is None:
        raise MasterUnreachableError(
            "{} gave no answer within {:g} s (SMEDGE_CONNECT_TIMEOUT); is the master at {} running?".format(
                command, seconds, os.environ.get("SMEDGE_MASTER") or "the default location"),
            tool=tool, argv=argv)
    returncode, stdout, stderr = result
    stderr_text = stderr.decode("utf-8", "replace")
    if returncode != 0:
        tail = stderr_text.strip()[-2000:] or "(no output on stderr)"
        raise error_for(returncode)(
            f"{command} failed with exit code {returncode}: {tail}",
            tool=tool, argv=argv, returncode=returncode, stderr=stderr_text)
    if stderr_text.strip():
        _log.debug("%s stderr: %s", tool, stderr_text.strip())
    return stdout.decode("utf-8", "replace")


def read(tool: str, verb: str = "", targets: Iterable[str] = (), options: Iterable[Tuple[str, str]] = (),
         switches: Iterable[str] = ()) -> Any:
    """:func:`call`, then read the output with the contract's reader for that verb."""
    text = call(tool, verb, targets, options, switches)
    reader = _contract.READERS[_contract.find_verb(tool, verb).output]
    try:
        return reader(text)
    except ValueError as err:
        raise SmedgeComponentError(f"{tool} {verb} printed output that could not be read ({err}): {text[:500]!r}",
                                   tool=tool) from err
