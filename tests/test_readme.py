"""The README's commands and examples are true."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(language):
    return re.findall(r"```{}\n(.*?)```".format(language), README, re.S)


def test_readme_opens_with_the_demo_and_the_test_command():
    demo, tests = blocks("sh")[:2]
    assert demo.strip().endswith("-m smedge_core.sandbox demo") and "\n" not in demo.strip()
    assert tests.strip().endswith("-m pytest -q") and "\n" not in tests.strip()
    assert README.index(demo) < README.index("smedge-submit is the Python toolkit")


def test_ci_runs_the_readme_test_command_per_interpreter():
    tests = blocks("sh")[1].strip()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # The README's line with python3 -> "$python" and .venv -> "$venv", as each CI leg runs it.
    leg = tests.replace("python3 -m venv .venv", '"$python" -m venv "$venv"').replace(".venv/bin/", '"$venv/bin/')
    leg = leg.replace('"$venv/bin/pip', '"$venv/bin/pip"').replace('"$venv/bin/python', '"$venv/bin/python"')
    leg = leg.replace('".[test]"', '".[$extras]"')
    assert leg in ci


@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_python_examples_run_against_the_local_master(local_master, tmp_path, monkeypatch, capsys, index):
    monkeypatch.chdir(tmp_path)
    exec(compile(blocks("python")[index], "README example {}".format(index + 1), "exec"), {})
    assert capsys.readouterr().out.strip()
