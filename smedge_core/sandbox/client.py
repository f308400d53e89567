"""The thin client behind each tool executable: parse argv, send it to the master, print the reply.

Master location: ``-Master host[:port]`` and ``-MasterPort``, else ``SMEDGE_MASTER`` and
``SMEDGE_MASTER_PORT``, else 127.0.0.1:6870. A refused connection (nothing listens on the port) or a
host name that does not resolve ends the tool at once with exit code 3; a host that does not answer is
tried until ``-ConnectTimeout`` (else ``SMEDGE_CONNECT_TIMEOUT``, else 10 s), then exit code 3. A
connection lost before the master answered is exit code 3 too, saying the master may have done it.

``-ArgumentsFile FILE`` as the only arguments (ours): the tool's arguments are the JSON list of text in
FILE; ``smedge_core`` passes arguments too long for a command line this way.
``-LogMessages`` prints the tool's log messages (where it connects, the master's exit code) on stderr.
"""

import json
import os
import socket
import sys
import time

from .. import _contract
from . import protocol

DEFAULT_CONNECT_TIMEOUT = 10.0


def _split_master(text):
    """``(host, port text)`` of ``host``, ``host:port``, ``[IPv6]`` or ``[IPv6]:port`` (a bare IPv6 address
    has no port); ValueError for a port that is not a number."""
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    elif text.count(":") == 1:
        host, port = text.split(":")
    else:
        return text, ""
    if port and not _digits(port.strip()):
        raise ValueError(f"-Master/SMEDGE_MASTER {text!r}: port {port!r} is not a number")
    return host, port


def _digits(text):
    return bool(text) and all("0" <= c <= "9" for c in text)


def master_address(client):
    """``(host, port)`` from the parsed client options and the environment; ValueError names a bad port."""
    host, port = _split_master(client.get("master") or "")
    env_host, env_port = _split_master(os.environ.get("SMEDGE_MASTER", ""))
    sources = [("-Master", port), ("-MasterPort", client.get("masterport")), ("SMEDGE_MASTER", env_port),
               ("SMEDGE_MASTER_PORT", os.environ.get("SMEDGE_MASTER_PORT"))]
    source, port = next(((name, value) for name, value in sources if value), ("", ""))
    if port and not (_digits(port.strip()) and len(port.strip()) <= 5 and 0 < int(port) < 65536):
        raise ValueError(f"{source} {port!r} is not a port number (1 to 65535)")
    return host or env_host or protocol.DEFAULT_HOST, int(port or protocol.DEFAULT_PORT)


def connect_timeout(client):
    """Seconds to keep trying to connect; ValueError names a bad value."""
    source, text = next(((name, value) for name, value in (
        ("-ConnectTimeout", client.get("connecttimeout")),
        ("SMEDGE_CONNECT_TIMEOUT", os.environ.get("SMEDGE_CONNECT_TIMEOUT"))) if value), ("", ""))
    if not text:
        return DEFAULT_CONNECT_TIMEOUT
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds < float("inf"):
        raise ValueError(f"{source} {text!r} is not a positive number of seconds")
    return seconds


def _connect(address, seconds):
    """``(socket, None)``, or ``(None, why not)``: at once when the port refuses or the host does not
    resolve, after ``seconds`` when the host stays silent."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return socket.create_connection(address, timeout=max(0.05, deadline - time.monotonic())), None
        except ConnectionRefusedError:
            return None, "the connection was refused: no master listens on that port"
        except socket.gaierror as err:
            return None, f"the host name could not be resolved ({err.strerror or err})"
        except OSError as err:
            if time.monotonic() + 0.1 >= deadline:
                return None, f"no answer within {seconds:g} s ({err.strerror or err})"
            time.sleep(0.1)


def _arguments(argv):
    """The tool's arguments: ``argv``, or the list in the file of ``-ArgumentsFile FILE``."""
    if len(argv) != 2 or argv[0].lower() != "-argumentsfile":
        return argv
    try:
        with open(argv[1], "rb") as stream:
            args = json.loads(stream.read().decode("utf-8"))
    except (OSError, ValueError) as err:
        raise ValueError(f"cannot read the arguments file {argv[1]}: {err}") from None
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        raise ValueError(f"the arguments file {argv[1]} does not hold a JSON list of text")
    return args


def _lost(tool, address, files, why):
    """The message of a connection lost before the master answered."""
    where = " (the job file: {})".format(", ".join(files)) if files else ""
    what = f"taken the jobs: check with `Job List` before submitting again{where}" if tool.lower() == \
        "submit" else "done it: check before trying again"
    return (f"The connection to the Smedge Master at {address[0]}:{address[1]} was lost before it answered ({why}); "
            f"the master may have {what}\n")


def _receive(sock):
    chunks = []
    while True:
        chunk = sock.recv(1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _write(stream, text):
    stream.buffer.write(text.encode("utf-8"))
    stream.flush()


def main(tool, argv=None):
    """Run ``tool`` with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    args = [os.fsencode(a).decode("utf-8", "replace") for a in (sys.argv[1:] if argv is None else argv)]
    try:
        args = _arguments(args)
        call = _contract.parse(tool, args)
        address, seconds = master_address(call.client), connect_timeout(call.client)
    except ValueError as err:
        _write(sys.stderr, "{}: {}\nusage: {} Verb [targets...] [-Option value ...]; verbs: {}\n".format(
            tool, err, tool, ", ".join(r.verb or "-FromFile FILE" for r in _contract.VERBS if r.tool == tool)))
        return 2
    files = {}
    for name, value in call.options:
        if name == "FromFile":
            try:
                with open(value, "rb") as stream:
                    files[value] = stream.read().decode("utf-8")
            except (OSError, UnicodeDecodeError) as err:
                _write(sys.stderr, f"{tool}: cannot read job file {value}: {err}\n")
                return 2
    log = (lambda text: _write(sys.stderr, text + "\n")) if "logmessages" in call.client else (lambda text: None)
    log("{}: connecting to the Smedge Master at {}:{}".format(tool, *address))
    sock, why = _connect(address, seconds)
    if sock is None:
        _write(sys.stderr, f"Could not connect to the Smedge Master at {address[0]}:{address[1]}: {why}\n")
        return 3
    try:
        with sock:
            sock.settimeout(None)
            sock.sendall(protocol.encode({"protocol": protocol.VERSION, "tool": tool, "args": args, "files": files}))
            reply = _receive(sock)
        answer = protocol.decode(reply) if reply else None
        if not isinstance(answer, dict):
            raise ValueError("no answer" if not reply else "an answer cut short")
    except (OSError, ValueError) as err:
        _write(sys.stderr, _lost(tool, address, sorted(files), getattr(err, "strerror", None) or err))
        return 3
    _write(sys.stdout, answer.get("stdout", ""))
    _write(sys.stderr, answer.get("stderr", ""))
    log("{}: the master answered with exit code {}".format(tool, answer.get("code", 1)))
    return int(answer.get("code", 1))
