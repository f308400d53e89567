"""A Houdini review movie on the local master: the FFmpeg job starts after every frame of its render."""
import pytest

import hou
import smedge_core
import smedge_houdini
from fakes.history import frame_times, wait_complete
from houdini_networks import rop
from smedge_core.sandbox import engines, products, states

pytestmark = pytest.mark.usefixtures("local_master")


def test_a_review_runs_after_every_frame_of_its_render(out):
    beauty = rop(out, "ifd", "beauty", inputs=[rop(out, "geometry", "cache")])
    hou.hipFile.save()
    # The Houdini jobs run the master's stand-in (no Houdini here), which writes no images: FFmpeg's stand-in too.
    smedge_core.set_engines({products.FFMPEG_ID: {"Command": engines.stand_in("FFmpeg")}})
    try:
        result = smedge_houdini.submit(rops=[beauty], review=True)
        jobs = {job["Name"]: job for job in smedge_core.get_jobs(smedge_core.ids_to_query(list(result.ids.values())))}
        assert set(wait_complete([job["ID"] for job in jobs.values()]).values()) == {states.JOB_COMPLETE}
    finally:
        smedge_core.set_engines({products.FFMPEG_ID: {"Command": ""}})
    render = jobs["shot010.hip - /out/beauty"]
    review = jobs["shot010.hip - /out/beauty - review"]
    assert review["WaitForJobID"] == [render["ID"]] and review["WaitForWholeJob"]
    rendered = frame_times(render["ID"])
    assert sorted(rendered) == [1001, 1002, 1003, 1004]
    [(started, _)] = frame_times(review["ID"]).values()
    assert all(started >= finished for _, finished in rendered.values())
