"""``python -m smedge_core.sandbox serve|env|backup|demo``: the local master's command line."""

import argparse
import logging
import shlex
import sys
from pathlib import Path

from .. import frames
from . import protocol

DEFAULT_DATA = Path.home() / ".smedge-sandbox"


def _positive(kind):
    def convert(text):
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if not 0 < value < float("inf"):
            raise argparse.ArgumentTypeError(f"{text!r} is not a positive number")
        return value
    convert.__name__ = kind.__name__
    return convert


def _serve(options):
    from .folder import StartError
    from .server import serve

    def announce(master):
        online = sum(e.online for e in master.farm.engines)
        print(f"Smedge sandbox master listening on {master.host}:{master.port} (data {master.data}, {online} engines)",
              flush=True)

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    try:
        serve(options.data, options.host, options.port, options.engines, announce, max_frames=options.max_frames,
              idle_timeout=options.idle_timeout, max_connections=options.max_connections,
              parent_pid=options.parent_pid, max_buffered=options.max_buffered, max_value=options.max_value,
              request_timeout=options.request_timeout)
    except StartError as err:
        print(f"serve: cannot start: {err}", file=sys.stderr, flush=True)
        return 2
    return 0


def _backup(options):
    import sqlite3
    from .folder import StartError, backup, cause
    try:
        out = backup(options.data, options.out)
    except StartError as err:
        print(f"backup: {err}", file=sys.stderr)
        return 2
    except (sqlite3.Error, OSError) as err:
        print(f"backup: cannot copy {options.data} to {options.out}: {cause(err)}", file=sys.stderr)
        return 2
    print(f"backed up {options.data} to {out}")
    return 0


def _env(options):
    from .server import tool_env
    from .tools import write_tools
    write_tools(Path(options.data) / "bin")
    for name, value in sorted(tool_env(options.data, options.host, options.port).items()):
        print(f"export {name}={shlex.quote(value)}")
    return 0


def _demo(options):
    from .demo import run
    return run(frames=options.frames)


def main(argv=None):
    from .master import MAX_VALUE
    from .server import IDLE_TIMEOUT, MAX_BUFFERED, MAX_CONNECTIONS, REQUEST_TIMEOUT
    parser = argparse.ArgumentParser(prog="python -m smedge_core.sandbox", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    commands.required = True
    serve = commands.add_parser("serve", help="run a local master in the foreground")
    env = commands.add_parser("env", help="print export lines that point smedge_core at a local master")
    for sub in (serve, env):
        sub.add_argument("--host", default=protocol.DEFAULT_HOST,
                         help="address to listen on (default %(default)s); the master has no authentication, "
                              "and Generic Script jobs run commands here")
        sub.add_argument("--port", type=int, default=protocol.DEFAULT_PORT)
        sub.add_argument("--data", default=str(DEFAULT_DATA), help="state folder (default %(default)s)")
    serve.add_argument("--engines", type=int, default=None, help="local engines (default: one per CPU)")
    serve.add_argument("--max-frames", type=_positive(int), default=frames.MAX_FRAMES,
                       help="the most frames one job's Range may hold; a job past it is refused with exit code 2 "
                            "(default %(default)s)")
    serve.add_argument("--idle-timeout", type=_positive(float), default=IDLE_TIMEOUT,
                       help="seconds a connection may send nothing before its request is complete; then it is "
                            "closed (default %(default)s)")
    serve.add_argument("--request-timeout", type=_positive(float), default=REQUEST_TIMEOUT,
                       help="seconds a connection has to send its whole request, however steadily it sends; then "
                            "it is closed (default %(default)s)")
    serve.add_argument("--max-connections", type=_positive(int), default=MAX_CONNECTIONS,
                       help="connections held at once; past it the oldest one still sending its request is "
                            "closed (default %(default)s, lowered to fit the open-file limit)")
    serve.add_argument("--max-buffered", type=_positive(int), default=MAX_BUFFERED,
                       help="request bytes held at once over all connections (read, not yet answered); past it "
                            "the connection holding the most bytes of a request still being sent is refused "
                            "with exit code 2 and closed (default %(default)s)")
    serve.add_argument("--parent-pid", type=_positive(int), default=None,
                       help="stop when this process ends (tests and scripts that start a master pass their PID)")
    serve.add_argument("--max-value", type=_positive(int), default=MAX_VALUE,
                       help="the most characters one job or engine value may hold; a longer one is refused with "
                            "exit code 2 (default %(default)s)")
    backup = commands.add_parser("backup", help="copy a data folder's state into one file, consistently, even "
                                                "while its master runs (SQLite's backup API)")
    backup.add_argument("--data", default=str(DEFAULT_DATA), help="state folder (default %(default)s)")
    backup.add_argument("out", help="the file to write: restore it as <data>/master.sqlite, with the master stopped "
                                    "and no master.sqlite-wal beside it")
    demo = commands.add_parser("demo", help="run the reference's render-layers-and-comp example end to end")
    demo.add_argument("--frames", type=int, default=10, help="frames per job (default %(default)s)")
    options = parser.parse_args(argv)
    return {"serve": _serve, "env": _env, "backup": _backup, "demo": _demo}[options.command](options)


if __name__ == "__main__":
    sys.exit(main())
