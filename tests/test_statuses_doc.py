"""Issue 21, item 8: the README names every job and work status the local master sets, as it sets them."""
import re
from pathlib import Path

from smedge_core.sandbox import states

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_readme_table_names_the_statuses_of_the_local_master():
    rows = re.findall(r"^\| (-?\d+)? \| ([^|]*?) \| (\d+)? \| ([^|]*?) \|$", README, re.M)
    job = {int(code): meaning.split()[0] for code, meaning, _, _ in rows if code}
    work = {int(code): meaning.split()[0] for _, _, code, meaning in rows if code}
    assert job == states.JOB_NAMES
    assert work == {value: name[len("WORK_"):].lower() for name, value in vars(states).items()
                    if name.startswith("WORK_")}
