"""The thin client behind each tool executable: parse argv, send it to the master, print the reply.

Master location: ``-Master host[:port]`` and ``-MasterPort``, else ``SMEDGE_MASTER`` and
``SMEDGE_MASTER_PORT``, else 127.0.0.1:6870. When the master cannot be reached, connecting is retried
until ``-ConnectTimeout`` (else ``SMEDGE_CONNECT_TIMEOUT``, else 10 s) and the tool exits with code 3.
``-LogMessages`` prints the tool's log messages (where it connects, the master's exit code) on stderr.
"""

import os
import socket
import sys
import time

from .. import _contract
from . import protocol

DEFAULT_CONNECT_TIMEOUT = 10.0


def _split_master(text):
    host, sep, port = text.rpartition(":")
    return (host, port) if sep and _digits(port) else (text, "")


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
        raise ValueError("{} {!r} is not a port number (1 to 65535)".format(source, port))
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
        raise ValueError("{} {!r} is not a positive number of seconds".format(source, text))
    return seconds


def _connect(address, seconds):
    deadline = time.monotonic() + seconds
    while True:
        try:
            return socket.create_connection(address, timeout=max(0.05, deadline - time.monotonic()))
        except OSError:
            if time.monotonic() + 0.1 >= deadline:
                return None
            time.sleep(0.1)


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
                _write(sys.stderr, "{}: cannot read job file {}: {}\n".format(tool, value, err))
                return 2
    log = (lambda text: _write(sys.stderr, text + "\n")) if "logmessages" in call.client else (lambda text: None)
    log("{}: connecting to the Smedge Master at {}:{}".format(tool, *address))
    sock = _connect(address, seconds)
    if sock is None:
        _write(sys.stderr, "Could not connect to the Smedge Master at {}:{}\n".format(*address))
        return 3
    with sock:
        sock.settimeout(None)
        sock.sendall(protocol.encode({"protocol": protocol.VERSION, "tool": tool, "args": args, "files": files}))
        reply = _receive(sock)
    if not reply:
        _write(sys.stderr, "The Smedge Master at {}:{} closed the connection without answering\n".format(*address))
        return 3
    answer = protocol.decode(reply)
    _write(sys.stdout, answer.get("stdout", ""))
    _write(sys.stderr, answer.get("stderr", ""))
    log("{}: the master answered with exit code {}".format(tool, answer.get("code", 1)))
    return int(answer.get("code", 1))
