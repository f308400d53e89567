"""The wire protocol between the tools and the local master (ours): one JSON line each way over TCP.

Request: ``{"protocol": 1, "tool": "Job", "args": [...], "files": {path: content}}``; reply:
``{"code": 0, "stdout": "...", "stderr": "..."}``. The connection closes after the reply.
"""

import json

VERSION = 1
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 6870
#: Largest request accepted, in bytes (a 1,000-job file is well under 2 MB).
MAX_REQUEST = 256 * 1024 * 1024


def encode(message):
    return json.dumps(message, ensure_ascii=True).encode("ascii") + b"\n"


def decode(line):
    return json.loads(line.decode("utf-8"))
