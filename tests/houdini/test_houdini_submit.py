"""Each network of issue 11 submitted to the local master, which runs its jobs in the order of their waits
(checked with the jobs' history), and the submit options."""

import pytest

import hou
import smedge_core
import smedge_houdini
from fakes.history import frame_times, wait_complete
from houdini_networks import NETWORKS, rop
from integrations.validate import ValidationError
from smedge_core.frames import parse_range
from smedge_core.sandbox import states

pytestmark = pytest.mark.usefixtures("local_master")






@pytest.mark.parametrize("network", NETWORKS, ids=[n.__name__ for n in NETWORKS])
def test_network_runs_on_the_local_master_in_the_order_of_its_waits(out, network):
    rops, jobs, waits = network(out)
    hou.hipFile.save()
    result = smedge_houdini.submit(rops=rops)
    arrived = {job["ID"]: job for job in smedge_core.get_jobs(smedge_core.ids_to_query(list(result.ids.values())))}
    by_rop = {job["ROP"]: job for job in arrived.values()}
    assert {path: (str(job["Range"]), job["PacketSize"]) for path, job in by_rop.items()} == {
        path: (frames, size or 1) for path, (frames, size) in jobs.items()}
    for child, (parents, per_frame) in waits.items():
        assert by_rop[child]["WaitForJobID"] == [by_rop[p]["ID"] for p in parents]
        assert bool(by_rop[child]["WaitForWholeJob"]) is not per_frame
    assert set(wait_complete(list(arrived)).values()) == {states.JOB_COMPLETE}
    times = {path: frame_times(job["ID"]) for path, job in by_rop.items()}
    for path, frames in times.items():
        assert sorted(frames) == list(parse_range(jobs[path][0]))
    for child, (parents, per_frame) in waits.items():
        for parent in parents:
            if per_frame:
                for frame, (started, _) in times[child].items():
                    assert started >= times[parent][frame][1], (child, parent, frame)
            else:
                assert min(s for s, _ in times[child].values()) >= max(f for _, f in times[parent].values())


def test_submit_refuses_a_modified_hip_file_unless_fixed(out):
    beauty = rop(out, "ifd", "beauty")
    with pytest.raises(ValidationError, match="changes that are not saved"):
        smedge_houdini.submit(rops=[beauty])
    assert hou.hipFile.hasUnsavedChanges()
    result = smedge_houdini.submit(rops=[beauty], fix=True, paused=True)
    assert not hou.hipFile.hasUnsavedChanges()
    job = smedge_core.get_jobs(smedge_core.ids_to_query(list(result.ids.values())))[0]
    assert job["Status"] == states.JOB_PAUSED and job["Scene"] == hou.hipFile.path()


def test_options_reach_the_jobs(out):
    cache = rop(out, "geometry", "cache")
    beauty = rop(out, "ifd", "beauty", inputs=[cache])
    hou.hipFile.save()
    result = smedge_houdini.submit(rops=[beauty], priority=30, packet_size=2, note="lighting v3", paused=True)
    jobs = {j["ROP"]: j for j in smedge_core.get_jobs(smedge_core.ids_to_query(list(result.ids.values())))}
    assert {path: (j["Priority"], j["PacketSize"], j["Note"]) for path, j in jobs.items()} == {
        "/out/cache": (30, 2, "lighting v3"), "/out/beauty": (31, 2, "lighting v3")}
    with pytest.raises(ValueError, match="Unknown Houdini option"):
        smedge_houdini.submit(rops=[beauty], colour="red")
