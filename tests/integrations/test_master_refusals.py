"""Issue 21, item 3: every job value the local master refuses on Submit is refused by ``validate()`` first,
naming the same field in the same words. Each case goes to the master as a job file (``Submit -FromFile``,
bypassing the API's own checks) and through ``validate()``."""
import os
import subprocess
import uuid

import pytest

from integrations.graph import JobGraph
from integrations.validate import ERROR, validate
from smedge_core import _records

SCENE = {"Type": "Maya", "Scene": "/proj/sh010.mb"}
EMPTY_RANGE = "Range: '' is not a valid Range (Invalid frame range '': empty frame range at character 1)"

# (job values, the field both name, words both say)
CASES = [
    (dict(SCENE, Range=""), "Range", EMPTY_RANGE),
    (dict(SCENE, Range=None), "Range", EMPTY_RANGE),  # None is written as the empty text
    (dict(SCENE, Range=" "), "Range", "empty frame range at character 2"),
    (dict(SCENE, Range="1-x"), "Range", "Invalid frame range '1-x': expected a digit, found 'x' at character 3"),
    (dict(SCENE, Range="1-10x0"), "Range", "step must be at least 1"),
    (dict(SCENE, Range="1-2000000"), "Range", "'1-2000000' holds 2,000,000 frames, more than the"),
    (dict(SCENE, Scene=""), "Scene", "missing required parameters"),
    ({"Type": "Maya"}, "Scene", "missing required parameters"),
    ({"Type": "Cinema 4D", "Scene": "/a.c4d"}, "Type", "product 'Cinema 4D' not found; known: "),
    ({"Type": "", "Scene": "/a.mb"}, "Type", "no Type"),
    (dict(SCENE, Priority="high"), "Priority", "Priority: 'high' is not"),
    (dict(SCENE, Priority="1000"), "Priority", "is not within 0..100"),
    (dict(SCENE, PacketSize="0"), "PacketSize", "is not within 1.."),
    (dict(SCENE, PacketSize="1.5"), "PacketSize", "PacketSize: '1.5' is not"),
    (dict(SCENE, CPUs="-2"), "CPUs", "is not within -1.."),
    (dict(SCENE, DetectErrors="maybe"), "DetectErrors", "DetectErrors: 'maybe' is not a boolean ("),
    (dict(SCENE, DistributeMode="9"), "DistributeMode", "DistributeMode: '9' is not one of: '0' (Forward)"),
    (dict(SCENE, Renderer="bogus"), "Renderer", "Renderer: 'bogus' is not one of: '' (Scene setting)"),
    (dict(SCENE, EnvironmentOverrides="{bad"), "EnvironmentOverrides", "'{bad' is not NAME=value"),
]


def master_refusal(master, tmp_path, job):
    """The master's answer to ``job`` sent as it stands (None written empty): (exit code, stderr)."""
    path = tmp_path / "job.sj"
    values = {key: "" if value is None else value for key, value in job.items()}
    path.write_text(_records.dumps([(str(uuid.uuid4()), values)]), encoding="utf-8")
    done = subprocess.run([os.path.join(master.env["SMEDGE"], "Submit"), "-FromFile", str(path)],
                          capture_output=True, text=True, timeout=60)
    return done.returncode, done.stderr


@pytest.mark.parametrize("job, field, words", CASES, ids=[str(i) for i in range(len(CASES))])
def test_validate_refuses_what_the_master_refuses_in_the_same_words(local_master, tmp_path, job, field, words):
    job = dict(job, Name=job.get("Name", "refused"))
    code, stderr = master_refusal(local_master, tmp_path, job)
    assert code != 0 and field in stderr and words in stderr, stderr
    errors = [f for f in validate(JobGraph([job])) if f.severity == ERROR]
    assert [f.field for f in errors] == [field], errors
    assert words in errors[0].message


def test_a_job_the_master_accepts_validates_clean(local_master, tmp_path):
    job = dict(SCENE, Name="fine", Range="1-10x2", Priority="60", PacketSize="2", Renderer="arnold")
    assert master_refusal(local_master, tmp_path, job)[0] == 0
    assert validate(JobGraph([job])) == []
