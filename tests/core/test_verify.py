"""``python -m smedge_core.verify``: every contract row holds against the local master; against a tool set
changed on purpose, exactly the changed rows differ, named in the output and the report."""
import os
import subprocess
import sys
from pathlib import Path

import smedge_core
from smedge_core import _contract, verify
from smedge_core.sandbox.tools import TOOLS

ROOT = Path(__file__).resolve().parents[2]

#: A tool that runs the real one and then breaks one verb on purpose: Job History answers "no such verb",
#: PoolManager List prints names without their IDs.
WRAPPER = """#!{python}
import subprocess, sys
args = sys.argv[1:]
done = subprocess.run([{real!r}] + args, capture_output=True)
verb = args[0].lower() if args else ""
if {tool!r} == "Job" and verb == "history":
    sys.stderr.write("Job: no verb History\\n")
    sys.exit(2)
out = done.stdout
if {tool!r} == "PoolManager" and verb == "list":
    out = b"".join(line.split(b"\\t")[-1] + b"\\n" for line in out.splitlines())
sys.stdout.buffer.write(out)
sys.stderr.buffer.write(done.stderr)
sys.exit(done.returncode)
"""


def outcomes(results):
    return {(r.row.tool, r.row.verb): r.outcome for r in results}


def test_every_row_holds_against_the_local_master(local_master, tmp_path, capsys):
    report = tmp_path / "report.txt"
    assert verify.main(["--report", str(report)]) == 0
    printed = capsys.readouterr().out
    text = report.read_text(encoding="utf-8")
    assert printed.startswith(text)
    results = verify.check_rows()
    seen = outcomes(results)
    assert set(seen) == {(row.tool, row.verb) for row in _contract.VERBS}  # every row is checked
    not_run = {key for key, outcome in seen.items() if outcome == verify.NOT_RUN}
    assert not_run == set(verify.SKIPPED)
    assert all(outcome == verify.HOLDS for key, outcome in seen.items() if key not in not_run)
    for row in _contract.VERBS:
        assert "{} {}".format(row.tool, row.verb or "-FromFile") in text
    assert f"rows: {len(results) - 3} holds, 0 differs, 3 not run" in text
    assert not smedge_core.get_jobs(["Name", "contains", "smedge-verify"])  # the test job is gone


def test_a_changed_tool_set_names_the_rows_that_differ(local_master, tmp_path, monkeypatch, capsys):
    changed = tmp_path / "changed"
    changed.mkdir()
    for tool in TOOLS:
        path = changed / tool
        path.write_text(WRAPPER.format(python=sys.executable, real=os.path.join(local_master.env["SMEDGE"], tool),
                                       tool=tool), encoding="utf-8")
        path.chmod(0o755)
    monkeypatch.setenv("SMEDGE", str(changed))
    report = tmp_path / "report.txt"
    assert verify.main(["--report", str(report)]) == 1
    differs = {key for key, outcome in outcomes(verify.check_rows()).items() if outcome == verify.DIFFERS}
    assert differs == {("Job", "History"), ("PoolManager", "List")}
    text = report.read_text(encoding="utf-8")
    assert "differs  Job History" in text and "exit code 2, expected 0" in text and "no verb History" in text
    assert "differs  PoolManager List" in text and "ValueError" in text
    assert "rows: " in text and ", 2 differs, 3 not run" in text
    assert not smedge_core.get_jobs(["Name", "contains", "smedge-verify"])
    capsys.readouterr()


def test_run_as_a_module_and_declared_as_a_console_script(local_master, tmp_path):
    done = subprocess.run([sys.executable, "-m", "smedge_core.verify", "--report", str(tmp_path / "r.txt")],
                          capture_output=True, text=True, cwd=str(ROOT), timeout=120,
                          env=dict(os.environ, **local_master.env))
    assert done.returncode == 0, done.stderr
    assert "0 differs" in done.stdout and (tmp_path / "r.txt").exists()
    assert 'smedge-verify = "smedge_core.verify:main"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_no_tools_is_exit_code_2_naming_the_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SMEDGE", str(tmp_path / "nowhere"))
    assert verify.main(["--report", str(tmp_path / "r.txt")]) == 2
    assert "nowhere" in capsys.readouterr().err and not (tmp_path / "r.txt").exists()
