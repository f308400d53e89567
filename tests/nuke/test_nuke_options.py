"""The Nuke options the dialog offers (selected Writes only, one job, per view) collect what they say."""
import pytest

pytest.importorskip("qtpy")
pytest.importorskip("qtpy.QtWidgets")
pytest.importorskip("pytestqt")

import nuke
from integrations.ui import show
from smedge_nuke.host import NukeHost


def test_the_dialog_offers_the_nuke_options_and_selected_only_collects_again(qtbot, farm, open_script):
    open_script("ranges.nk")
    nuke.toNode("WriteLimited").setSelected(True)
    dialog = show(NukeHost())
    qtbot.addWidget(dialog)
    assert dialog.options_panel.values() == {"selected": False, "one_job": False, "split": False, "review": False}
    everything = dialog.model.rowCount()
    dialog.options_panel.widgets["selected"].setChecked(True)
    assert [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == ["ranges.nk - WriteLimited"]
    dialog.options_panel.widgets["selected"].setChecked(False)
    dialog.options_panel.widgets["one_job"].setChecked(True)
    assert everything > 1 and [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())] == [
        "ranges.nk - all Writes"]
