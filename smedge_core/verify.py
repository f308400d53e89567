"""Check every row of the CLI contract (``_contract.VERBS``) against the Smedge install ``SMEDGE`` names.

Run once with a real Smedge: ``python -m smedge_core.verify [--report FILE]`` (or ``smedge-verify``). It
does not disturb the farm: listings only read; one paused Generic Script job with a unique name
(``smedge-verify <uuid>``) is submitted from a job file, submitted again by its ID with the one-job form,
updated, paused, preempted, its failures reset, its history and dispatch log read, listed, and deleted;
verbs that would change other jobs, engines or pools are called on an ID or name that does not exist and
must answer exit code 4 (the verb and its arguments were understood); SuperExit and the path translation
changes are never run. Each row prints as ``holds``, ``differs`` (with what was seen) or ``not run``, and
all of it goes to the report file a studio sends back. Exit status: 0 when no row differs, 1 when one
does, 2 when the tools cannot be run at all.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import platform
import sys
import tempfile
import uuid
from datetime import datetime, timezone
from typing import Callable, List, Optional, Sequence, Tuple

from . import _contract, _process, _records
from .errors import MasterUnreachableError, SmedgeComponentError, ToolNotFoundError

HOLDS, DIFFERS, NOT_RUN = "holds", "differs", "not run"
#: Generic Script's product ID (public: basepipe/cglumberjack submits with it).
GENERIC_SCRIPT_ID = "2c0ad30d-5432-44f3-8ab9-5d09d08e2955"
NOT_FOUND = 4  # the exit code of "no such item" (errors.EXIT_CODES)

Result = collections.namedtuple("Result", "row outcome command code seen")
Result.__doc__ = """One contract row checked: ``outcome`` is holds, differs or not run; ``command`` the tool
arguments run; ``code`` its exit code (None when not run); ``seen`` what it printed, or why it differs."""

#: Rows never run, and why.
SKIPPED = {
    ("ConfigureMaster", "SuperExit"): "would stop every Smedge component",
    ("ConfigureMaster", "AddPathTranslations"): "would change the master's path translations",
    ("ConfigureMaster", "RemovePathTranslations"): "would change the master's path translations",
}


class _Probe:
    """Runs the probes of one verification; holds the test job's ID and names that exist nowhere."""

    def __init__(self) -> None:
        self.tag = uuid.uuid4()
        self.name = f"smedge-verify {self.tag}"
        self.job_id = uuid.uuid4()
        self.missing = f"smedge-verify-missing-{str(self.tag)[:8]}"
        self.missing_id = str(uuid.uuid4())
        self.results: List[Result] = []

    def run(self, tool: str, verb: str, targets: Sequence[str] = (), options: Sequence[Tuple[str, str]] = (),
            switches: Sequence[str] = ()) -> Tuple[List[str], Optional[int], str]:
        """``(command, exit code, stdout or stderr)`` of one tool call through the API's process seam."""
        command = [tool, *_contract.build(tool, verb, targets, options, switches)]
        try:
            return command, 0, _process.call(tool, verb, targets, options, switches)
        except (MasterUnreachableError, ToolNotFoundError):
            raise
        except SmedgeComponentError as err:
            return command, err.returncode, (err.stderr or str(err)).strip()

    def record(self, tool: str, verb: str, run: Tuple[List[str], Optional[int], str], code: int,
               check: Optional[Callable[[str], Optional[str]]] = None) -> None:
        """Record the row: it holds when the exit code is ``code`` and ``check(output)`` finds nothing wrong
        (``check`` returns a problem, or None; a reader's ValueError is a problem too)."""
        command, got, output = run
        problem = None
        if got != code:
            problem = f"exit code {got}, expected {code}"
        elif check is not None:
            try:
                problem = check(output)
            except (ValueError, KeyError, TypeError, IndexError) as err:
                problem = f"output not as the contract says ({type(err).__name__}: {err})"
        seen = output if problem is None else f"{problem}; printed: {_shorten(output)}"
        self.results.append(Result(_contract.find_verb(tool, verb), DIFFERS if problem else HOLDS,
                                   command, got, _shorten(seen)))

    def missing_target(self, tool: str, verb: str, targets: Sequence[str],
                       options: Sequence[Tuple[str, str]] = ()) -> None:
        """A verb that would change the farm, called on something that does not exist: exit code 4."""
        self.record(tool, verb, self.run(tool, verb, targets, options), NOT_FOUND)


def _shorten(text: str, size: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 3] + "..."


def _one_id(expected: uuid.UUID) -> Callable[[str], Optional[str]]:
    def check(output: str) -> Optional[str]:
        ids = _contract.read_job_ids(output)
        return None if ids == [expected] else f"printed job IDs {ids}, expected [{expected}]"
    return check


def _listed(probe: _Probe, **values: str) -> Callable[[str], Optional[str]]:
    def check(output: str) -> Optional[str]:
        records = _records.loads(output)
        if [section for section, _ in records] != [str(probe.job_id)]:
            return f"listed {[s for s, _ in records]}, expected the test job {probe.job_id}"
        record = {k.lower(): v for k, v in records[0][1].items()}
        wrong = {k: record.get(k.lower()) for k, v in values.items() if record.get(k.lower()) != v}
        return f"values {wrong} differ from {values}" if wrong else None
    return check


def _jobs(probe: _Probe) -> None:
    query = _contract.query_text(["Name", "=", probe.name])
    file_job = {"ID": str(probe.job_id), "Type": GENERIC_SCRIPT_ID, "Name": probe.name,
                "Command": "echo smedge-verify", "Range": "1", "Status": "-1"}
    handle, path = tempfile.mkstemp(prefix="smedge-verify-", suffix=".sj")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(_records.dumps([(str(probe.job_id), file_job)]))
        probe.record("Submit", "", probe.run("Submit", "", options=[("FromFile", path)], switches=["Paused"]), 0,
                     _one_id(probe.job_id))
    finally:
        os.unlink(path)
    again = [("Type", "Generic Script"), ("ID", str(probe.job_id)), ("Note", "smedge-verify: Script form")]
    probe.record("Submit", "Script", probe.run("Submit", "Script", options=again, switches=["Paused"]), 0,
                 _one_id(probe.job_id))
    probe.record("Submit", GENERIC_SCRIPT_ID, probe.run("Submit", GENERIC_SCRIPT_ID, options=[
        ("ID", str(probe.job_id)), ("Note", "smedge-verify: product form")], switches=["Paused"]), 0,
        _one_id(probe.job_id))
    target = [str(probe.job_id)]
    try:
        probe.record("Job", "Update", probe.run("Job", "Update", target, [("Note", "smedge-verify: updated")]),
                     0, lambda out: None if not out.strip() else f"printed {out!r}, expected nothing")
        probe.record("Job", "List", probe.run("Job", "List", options=[("Query", query)]), 0,
                     _listed(probe, Name=probe.name, Note="smedge-verify: updated", Status="-1"))
        for verb in ("Pause", "Preempt", "ResetFailures"):
            probe.record("Job", verb, probe.run("Job", verb, target), 0)
        probe.record("Job", "History", probe.run("Job", "History", target), 0,
                     lambda out: None if list(_contract.read_history(out)) == [probe.job_id] else
                     f"history of {list(_contract.read_history(out))}, expected of the test job")
        probe.record("Job", "DispatchLog", probe.run("Job", "DispatchLog", target), 0, _json)
        probe.missing_target("Job", "Resume", [probe.missing_id])  # resuming the test job would run it
        probe.missing_target("Job", "Usurp", [probe.missing_id], [("MinimumPriority", "100")])
    finally:  # the test job never stays behind
        probe.record("Job", "Delete", probe.run("Job", "Delete", target), 0,
                     lambda out: _gone(probe, query))


def _gone(probe: _Probe, query: str) -> Optional[str]:
    _, code, output = probe.run("Job", "List", options=[("Query", query)])
    if code != 0 or _records.loads(output):
        return "the test job is still listed after Delete"
    return None


def _reads(reader: Callable[[str], object]) -> Callable[[str], Optional[str]]:
    """A check that holds when ``reader`` reads the output (a ValueError from it is the problem)."""
    def check(output: str) -> Optional[str]:
        reader(output)
        return None
    return check


_json = _reads(json.loads)


def _engines(probe: _Probe) -> None:
    probe.record("Engine", "List", probe.run("Engine", "List"), 0, _reads(_records.loads))
    probe.record("Engine", "DispatchLog", probe.run("Engine", "DispatchLog"), 0, _json)
    for verb, options in (("Enable", ()), ("Disable", ()), ("Set", [("Note", "smedge-verify")]),
                          ("EnableProduct", [("Product", GENERIC_SCRIPT_ID)]),
                          ("DisableProduct", [("Product", GENERIC_SCRIPT_ID)]), ("ResetFailures", ()),
                          ("DownloadFile", [("File", "smedge-verify.txt")]),
                          ("DownloadLog", [("Work", probe.missing_id)]),
                          ("FollowFile", [("File", "smedge-verify.txt"), ("Offset", "0")]),
                          ("FollowLog", [("Work", probe.missing_id), ("Offset", "0")])):
        probe.missing_target("Engine", verb, [probe.missing], options)


def _pools(probe: _Probe) -> None:
    probe.record("PoolManager", "List", probe.run("PoolManager", "List"), 0, _reads(_contract.read_pools))
    _, code, names = probe.run("PoolManager", "List", ["Name"])
    existing = [line for line in _records.lines(names) if line.strip() and line.strip() != _contract.NO_POOLS]
    if code == 0 and existing:  # creating a pool that exists is refused (1): nothing is added
        probe.record("PoolManager", "Create", probe.run("PoolManager", "Create", [existing[0]]), 1)
    else:
        probe.results.append(Result(_contract.find_verb("PoolManager", "Create"), NOT_RUN, [], None,
                                    "no pool exists, so it could only be checked by adding one"))
    probe.missing_target("PoolManager", "Delete", [probe.missing])
    probe.missing_target("PoolManager", "Rename", [probe.missing, probe.missing + "-renamed"])


def _master(probe: _Probe) -> None:
    probe.record("ConfigureMaster", "MasterID", probe.run("ConfigureMaster", "MasterID"), 0,
                 _reads(lambda out: uuid.UUID(out.strip())))
    probe.record("ConfigureMaster", "ProductInfo", probe.run("ConfigureMaster", "ProductInfo"), 0,
                 lambda out: None if any(str(p.get("Type")) == GENERIC_SCRIPT_ID for p in json.loads(out))
                 else f"no product has Generic Script's ID {GENERIC_SCRIPT_ID}")
    probe.record("ConfigureMaster", "PathTranslations", probe.run("ConfigureMaster", "PathTranslations"), 0,
                 _reads(_contract.read_translations))
    for (tool, verb), why in SKIPPED.items():
        probe.results.append(Result(_contract.find_verb(tool, verb), NOT_RUN, [], None, why))


def check_rows() -> List[Result]:
    """Check every row of the contract against the tools ``SMEDGE`` names; one Result per probe, in the
    table's order. MasterUnreachableError or ToolNotFoundError when the tools cannot be run at all."""
    probe = _Probe()
    for step in (_master, _pools, _engines, _jobs):
        step(probe)
    order = {row: index for index, row in enumerate(_contract.VERBS)}
    return sorted(probe.results, key=lambda r: order[r.row])


def report(results: Sequence[Result]) -> str:
    """The report a studio sends back: where and when, then one block per row."""
    counts = collections.Counter(r.outcome for r in results)
    lines = ["smedge-verify report", "date: {}".format(datetime.now(timezone.utc).isoformat(timespec="seconds")),
             f"tools: {_process.smedge_folder()}", f"python: {platform.python_version()} on {platform.platform()}",
             f"rows: {counts[HOLDS]} holds, {counts[DIFFERS]} differs, {counts[NOT_RUN]} not run", ""]
    for result in results:
        row = result.row
        lines.append("{:8} {} {} ({}; {})".format(result.outcome, row.tool, row.verb or "-FromFile", row.grade,
                                                   row.source))
        if result.command:
            lines.append("         ran: {} -> exit code {}".format(" ".join(result.command), result.code))
        if result.seen:
            lines.append("         {}: {}".format("saw" if result.outcome != NOT_RUN else "why", result.seen))
    return "\n".join(lines) + "\n"


def main(argv: Optional[List[str]] = None) -> int:
    """``smedge-verify [--report FILE]``: check the contract, print each row, write the report."""
    parser = argparse.ArgumentParser(prog="smedge-verify", description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", default="smedge-verify-report.txt",
                        help="the report file to send back (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        _process.check_environment()
        results = check_rows()
    except (MasterUnreachableError, ToolNotFoundError, ValueError) as err:
        sys.stderr.write(f"smedge-verify: {err}\n")
        return 2
    text = report(results)
    with open(args.report, "w", encoding="utf-8") as stream:
        stream.write(text)
    sys.stdout.write(text)
    sys.stdout.write(f"report written to {os.path.abspath(args.report)}\n")
    return 1 if any(r.outcome == DIFFERS for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
