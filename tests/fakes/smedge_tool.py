"""A fake Smedge CLI tool, run as ``smedge_tool.py TOOL ARGS...`` through per-tool shims.

It logs its argv (as UTF-8 JSON lines, byte-exact) to ``FAKE_SMEDGE_LOG`` and answers from the canned
replies in ``FAKE_SMEDGE_REPLIES`` (JSON: ``{"Tool Verb": {"stdout", "stderr", "exit", "sleep"}}``).
Without a canned reply it answers as ``tests/fakes/farm.answer`` does.
"""

import json
import os
import sys
import time

TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [os.path.dirname(TESTS), TESTS]

from smedge_core import _contract  # noqa: E402
from fakes.farm import answer  # noqa: E402


def main(tool, args):
    with open(os.environ["FAKE_SMEDGE_LOG"], "a", encoding="utf-8") as log:
        log.write(json.dumps({"tool": tool, "args": args, "env": {
            k: v for k, v in os.environ.items() if k.startswith("SMEDGE")}}) + "\n")
    try:
        call = _contract.parse(tool, args)
    except ValueError as err:
        sys.stderr.write(f"usage: {err}\n")
        return 2
    with open(os.environ["FAKE_SMEDGE_REPLIES"], encoding="utf-8") as stream:
        replies = json.load(stream)
    reply = replies.get(f"{tool} {call.verb}".strip())
    if reply is None:
        sys.stdout.write(answer(tool, call))
        return 0
    time.sleep(reply.get("sleep", 0))
    sys.stdout.write(reply.get("stdout", ""))
    sys.stderr.write(reply.get("stderr", ""))
    return reply.get("exit", 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
