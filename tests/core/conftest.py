"""Fixtures for the core tests: fake Smedge tool executables in a temporary program folder."""

import json
import stat
import sys
from pathlib import Path

import pytest

import smedge_core

TOOL_SCRIPT = Path(__file__).resolve().parent.parent / "fakes" / "smedge_tool.py"
TOOLS = ("Submit", "Job", "Engine", "PoolManager", "ConfigureMaster")


class FakeSmedge:
    """A program folder of fake tools; ``reply`` cans an answer, ``calls`` lists what ran."""

    def __init__(self, folder):
        self.folder = folder
        self.log = folder / "calls.jsonl"
        self.replies_file = folder / "replies.json"
        self.replies = {}
        self._save()
        for tool in TOOLS:
            shim = folder / tool
            shim.write_text(f"#!{sys.executable}\nimport runpy, sys\n"
                            f"sys.argv[0:1] = [{str(TOOL_SCRIPT)!r}, {tool!r}]\n"
                            f"runpy.run_path({str(TOOL_SCRIPT)!r}, run_name='__main__')\n", encoding="utf-8")
            shim.chmod(shim.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

    def _save(self):
        self.replies_file.write_text(json.dumps(self.replies), encoding="utf-8")

    def reply(self, tool_verb, stdout="", stderr="", exit=0, sleep=0):
        self.replies[tool_verb] = {"stdout": stdout, "stderr": stderr, "exit": exit, "sleep": sleep}
        self._save()

    @property
    def calls(self):
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]

    def argv_of(self, tool):
        """The argv lists (after the tool name) of every call of ``tool``."""
        return [c["args"] for c in self.calls if c["tool"] == tool]


@pytest.fixture
def fake_smedge(tmp_path, monkeypatch):
    folder = tmp_path / "smedge"
    folder.mkdir()
    for name in ("SMEDGE_MASTER", "SMEDGE_MASTER_PORT", "SMEDGE_LOG_LEVEL", "SMEDGE_CONNECT_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    fake = FakeSmedge(folder)
    monkeypatch.setenv("SMEDGE", str(folder))
    monkeypatch.setenv("FAKE_SMEDGE_LOG", str(fake.log))
    monkeypatch.setenv("FAKE_SMEDGE_REPLIES", str(fake.replies_file))
    smedge_core.get_product_info.cache_clear()
    yield fake
    smedge_core.get_product_info.cache_clear()
