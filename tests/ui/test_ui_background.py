"""A host's submit without its dialog: the scene is read on the UI thread, the master asked on another."""
import threading

import pytest

from fakes.memory_host import MemoryHost
from uifixtures import qt_or_skip

qt_or_skip()

from smedge_core import _process  # noqa: E402
from integrations import studio  # noqa: E402
from integrations.session import Result  # noqa: E402
from integrations.ui import background  # noqa: E402
from integrations.validate import ValidationError  # noqa: E402

TIMEOUT_MS = 20000


@pytest.fixture(autouse=True)
def no_studio_files(monkeypatch, tmp_path):
    monkeypatch.delenv(studio.CONFIG_ENV, raising=False)
    monkeypatch.setenv(studio.USER_CONFIG_ENV, str(tmp_path / "none.json"))


class Outcome:
    def __init__(self):
        self.calls = []

    def __call__(self, outcome):
        self.calls.append((outcome, threading.get_ident()))


def test_the_submit_runs_off_the_ui_thread_and_the_outcome_comes_back_on_it(qtbot, farm, monkeypatch):
    farm.submit_delay = 1.0
    threads = []

    def recording(argv, *args):
        threads.append(threading.get_ident())
        return farm(argv, *args)

    monkeypatch.setattr(_process, "runner", recording)
    scene = MemoryHost()
    outcome = Outcome()
    task = background.submit(scene, notify=outcome, fix=True, stored=True)
    assert task is not None and not outcome.calls  # returned at once: the host is free while it runs
    assert scene.saves == 1 and scene.layers["volumes"]["camera"] == "persp"  # host fixes, on this thread
    qtbot.waitUntil(lambda: bool(outcome.calls), timeout=TIMEOUT_MS)
    [(result, thread)] = outcome.calls
    assert isinstance(result, Result) and len(result.ids) == 3 and result.job_file is None
    text = background.describe(result)
    assert text.startswith("Submitted 3 jobs:") and "sh010.mb - comp" in text
    assert thread == threading.get_ident() and threads and threading.get_ident() not in threads
    assert [job["Name"] for job in farm.submitted()] == ["sh010.mb - beauty", "sh010.mb - volumes", "sh010.mb - comp"]


def test_errors_come_back_as_text_and_nothing_is_sent(qtbot, farm):
    outcome = Outcome()
    background.submit(MemoryHost(), notify=outcome)  # modified scene, a layer without camera: no fix asked
    qtbot.waitUntil(lambda: bool(outcome.calls), timeout=TIMEOUT_MS)
    [(err, _)] = outcome.calls
    assert isinstance(err, ValidationError) and any("has no renderable camera" in f.message for f in err.findings)
    assert background.describe(err).startswith("Nothing was sent:")
    assert farm.count("Submit") == 0

    def broken(options):
        raise RuntimeError("no scene")

    scene = MemoryHost()
    scene.build_graph = broken
    assert background.submit(scene, notify=outcome) is None
    assert isinstance(outcome.calls[-1][0], RuntimeError) and str(outcome.calls[-1][0]) == "no scene"


def test_tasks_leave_the_process_wide_switch_interval_to_the_host(qtbot):
    import sys
    import threading

    from qtpy import QtCore

    from integrations.ui import workers

    before = sys.getswitchinterval()
    owner = QtCore.QObject()
    release = threading.Event()
    seen = []
    workers.start(owner, lambda: seen.append(sys.getswitchinterval()) or release.wait(10), done=seen.append,
                  failed=seen.append)
    assert sys.getswitchinterval() == before
    release.set()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert sys.getswitchinterval() == before and seen == [before, True]


def test_a_finished_task_keeps_neither_its_arguments_nor_its_owner(qtbot):
    import gc
    import weakref

    from qtpy import QtCore

    from integrations.ui import workers

    class Graph:  # stands for the snapshot a dialog hands over
        pass

    class Owner(QtCore.QObject):
        def __init__(self):
            super().__init__()
            self.results = []

        def done(self, result):
            self.results.append(result)

    graph, owner = Graph(), Owner()
    results = owner.results
    task = workers.start(owner, lambda g: type(g).__name__, graph, done=owner.done, failed=owner.done)
    qtbot.waitUntil(lambda: results == ["Graph"] and task not in workers._RUNNING, timeout=TIMEOUT_MS)
    gone = weakref.ref(graph), weakref.ref(owner)
    del graph, owner
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)  # what the host's loop runs
    gc.collect()
    assert [ref() for ref in gone] == [None, None]
    assert task.args == () and task.function is None
