"""The README's commands and examples are true."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language):
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def test_readme_opens_with_the_demo_and_the_test_command():
    demo, tests = blocks("sh")[:2]
    assert demo.strip().endswith("-m smedge_core.sandbox demo") and "\n" not in demo.strip()
    assert tests.strip().endswith("-m pytest -q -n auto") and "\n" not in tests.strip()
    assert README.index(demo) < README.index("smedge-submit is the Python toolkit")


def test_ci_runs_the_readme_test_command_per_interpreter():
    """Each CI leg runs the README's three steps (venv, pip install -e, pytest) with its own interpreter."""
    steps = [step.split(None, 1)[1] for step in blocks("sh")[1].strip().split(" && ")]
    assert steps == ["-m venv .venv", 'install -q -e ".[test]"', "-m pytest -q -n auto"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    (line,) = [line for line in ci.splitlines() if "-m venv" in line and "pytest" in line]
    expected = ['-m venv "$venv"', 'install -q -e ".[$extras]"', "-m pytest -q -n auto"]
    positions = [line.find(fragment) for fragment in expected]
    assert -1 not in positions and positions == sorted(positions)
    assert "leg py37 " in ci and "leg py313 " in ci


@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_python_examples_run_against_the_local_master(local_master, tmp_path, monkeypatch, capsys, index):
    monkeypatch.chdir(tmp_path)
    exec(compile(blocks("python")[index], f"README example {index + 1}", "exec"), {})
    assert capsys.readouterr().out.strip()
