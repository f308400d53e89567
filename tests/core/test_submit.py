"""submit_jobs: validation, one tool call per batch, IDs in input order, the job file's fate."""

import os
import re
import uuid
from pathlib import Path

import pytest

import smedge_core as smedge
from fakes.farm import COMP_ID, LAYER_IDS, seed_jobs
from smedge_core import jobfile
from smedge_core.errors import MasterUnreachableError, SubmissionError

GOLDEN = Path(__file__).resolve().parent / "golden"


def layered_example():
    """The reference's two render layers and a comp waiting per frame on both, with fixed IDs."""
    return seed_jobs(comp_id=COMP_ID)


@pytest.fixture
def temp_folder():
    """Where submit_jobs writes its job files: ``~/.smedge-submit/jobs``, in the test session's own home
    folder (tests/conftest.py)."""
    return Path(os.path.expanduser("~")) / ".smedge-submit" / "jobs"


def test_layered_example_matches_the_golden_argv_and_job_file(fake_smedge, temp_folder):
    ids = smedge.submit_jobs(layered_example())
    assert ids == [*LAYER_IDS, COMP_ID]
    (argv,) = fake_smedge.argv_of("Submit")
    assert argv[0] == "-FromFile" and argv[2:] == []
    assert Path(argv[1]).parent == temp_folder / "submitting" and not Path(argv[1]).exists()
    assert list((temp_folder / "submitting").iterdir()) == []
    expected = (GOLDEN / "layered_example.sj").read_text(encoding="utf-8")
    assert jobfile.render(layered_example())[1] == expected


def test_five_hundred_jobs_are_one_tool_process_and_ids_keep_input_order(fake_smedge):
    given = {i: uuid.uuid4() for i in range(0, 500, 2)}
    jobs = [dict({"Name": f"job {i}", "Type": "Generic Script", "Command": f"echo {i}"},
                 **({"ID": given[i]} if i in given else {})) for i in range(500)]
    smedge.get_product_info()  # product info is fetched once per process: warm it first
    ids = smedge.submit_jobs(jobs)
    assert [call["tool"] for call in fake_smedge.calls] == ["ConfigureMaster", "Submit"]
    assert [call["args"][0] for call in fake_smedge.calls] == ["ProductInfo", "-FromFile"]
    assert len(ids) == 500 and len(set(ids)) == 500
    assert [ids[i] for i in sorted(given)] == [given[i] for i in sorted(given)]


def test_given_ids_are_kept_and_missing_ones_made_without_touching_the_callers_dicts(fake_smedge):
    given = uuid.uuid4()
    jobs = [{"Type": "Script", "Command": "a", "ID": str(given)}, {"Type": "Script", "Command": "b"}]
    copies = [dict(j) for j in jobs]
    ids = smedge.submit_jobs(jobs)
    assert ids[0] == given and ids[1] != given
    assert jobs == copies


def test_single_job_dict_is_accepted(fake_smedge):
    assert len(smedge.submit_jobs({"Name": "My Job", "Type": "Maya", "Scene": "/s.mb", "Range": "1001-1250"})) == 1


def test_paused_sends_the_switch_and_writes_paused_status(fake_smedge):
    smedge.submit_jobs({"Type": "Script", "Command": "x", "Status": 0}, paused=True)
    (argv,) = fake_smedge.argv_of("Submit")
    assert argv[2:] == ["-Paused"]
    _, text = jobfile.render({"Type": "Script", "Command": "x", "Status": 0}, paused=True)
    assert "Status = -1" in text and "Status = 0" not in text


@pytest.mark.parametrize("jobs,message", [
    ("not a job", "jobs must be a job dict or a list of job dicts, not 'not a job'"),
    ([{"Type": "Script", "Command": "x"}, 7], r"jobs\[1\] must be a job dict, not 7"),
    ([{"Type": "Script", "Command": "x", "ID": "nope"}], r"jobs\[0\] ID: 'nope' is not a valid UUID"),
    ([{"Name": "typeless"}], r"jobs\[0\]: job 'typeless' has no Type"),
    ([{"Type": "Cinema 4D", "Scene": "x"}],
     r"Type: product 'Cinema 4D' not found; known: Arnold for Maya, Blender, FFmpeg"),
    ([{"Type": "Maya"}], r"missing required parameters: Scene"),
    ([{"Type": "Maya", "Scene": "s", "Priority": "high"}], r"Priority: 'high' is not an integer"),
    ([{"Type": "Maya", "Scene": "s", "Priority": 101}], r"Priority: 101 is not within 0..100"),
    ([{"Type": "Maya", "Scene": "s", "Note": "two\nlines"}], r"Note: value 'two\\nlines' holds a line break"),
])
def test_invalid_jobs_raise_value_error_naming_the_field_before_any_submit(fake_smedge, jobs, message):
    with pytest.raises(ValueError, match=message):
        smedge.submit_jobs(jobs)
    assert fake_smedge.argv_of("Submit") == []


def test_duplicate_ids_are_rejected(fake_smedge):
    same = uuid.uuid4()
    with pytest.raises(ValueError, match=rf"jobs\[1\] ID: {same} is already the ID of jobs\[0\]"):
        smedge.submit_jobs([{"Type": "Script", "Command": "a", "ID": same},
                            {"Type": "Script", "Command": "b", "ID": str(same).upper()}])


def test_failed_submission_keeps_the_job_file_and_names_it(fake_smedge, temp_folder):
    fake_smedge.reply("Submit", stderr="Master refused the job", exit=1)
    with pytest.raises(SubmissionError) as caught:
        smedge.submit_jobs({"Name": "keep me", "Type": "Script", "Command": "echo"})
    assert isinstance(caught.value, smedge.SmedgeComponentError) and caught.value.returncode == 1
    assert type(caught.value.__cause__) is smedge.SmedgeComponentError and caught.value.tool == "Submit"
    path = caught.value.job_file
    assert "the job file is kept at " + path in str(caught.value) and "Master refused the job" in str(caught.value)
    assert Path(path).parent == temp_folder and re.match(r"jobs-\d{8}-\d{6}\.sj$", Path(path).name)
    assert "Name = keep me" in Path(path).read_text(encoding="utf-8")


def test_a_bad_setting_is_named_before_any_job_file_is_written(fake_smedge, temp_folder, monkeypatch):
    smedge.get_product_info()
    before = sorted(temp_folder.rglob("*")) if temp_folder.exists() else []
    monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "soon")
    with pytest.raises(ValueError, match=r"^SMEDGE_CONNECT_TIMEOUT .*'soon'$"):
        smedge.submit_jobs({"Type": "Script", "Command": "echo"})
    assert (sorted(temp_folder.rglob("*")) if temp_folder.exists() else []) == before


def test_an_unreachable_master_keeps_the_file_and_says_which_error(fake_smedge, temp_folder):
    fake_smedge.reply("Submit", stderr="no master", exit=3)
    with pytest.raises(SubmissionError) as caught:
        smedge.submit_jobs({"Type": "Script", "Command": "echo"})
    assert isinstance(caught.value.__cause__, MasterUnreachableError) and caught.value.returncode == 3
    assert "the master may have taken the jobs" in str(caught.value)
    assert Path(caught.value.job_file).exists()


def test_answer_with_other_ids_is_an_error_and_keeps_the_file(fake_smedge, temp_folder):
    fake_smedge.reply("Submit", stdout="Job ID: 8ad51e37-127e-4894-aefb-8e8273c111cf\n")
    with pytest.raises(SubmissionError, match="answered with job IDs") as caught:
        smedge.submit_jobs({"Type": "Script", "Command": "echo"})
    assert Path(caught.value.job_file).exists() and Path(caught.value.job_file).parent == temp_folder
    assert "the master may have taken the jobs: check them (Job List)" in str(caught.value)


def test_job_file_round_trips_through_the_record_reader(fake_smedge):
    ids, text = jobfile.render(layered_example())
    records = jobfile.read(text)
    assert [r["ID"] for r in records] == [str(i) for i in ids]
    assert records[2]["WaitForJobID"] == ",".join(str(i) for i in LAYER_IDS)


def test_environment_errors_are_not_blamed_on_a_job(fake_smedge, monkeypatch):
    monkeypatch.setenv("SMEDGE_CONNECT_TIMEOUT", "soon")
    with pytest.raises(ValueError, match=r"^SMEDGE_CONNECT_TIMEOUT must be a positive number of seconds, not 'soon'$"):
        smedge.submit_jobs({"Type": "Script", "Command": "echo"})
