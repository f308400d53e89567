"""The Maya options the dialog offers (per camera, a comp script, a review movie) are build options Maya takes."""
import os
import shutil

import pytest

from maya_helpers import SCENES, open_scene

from integrations import host as hosts
from smedge_maya.host import MayaHost


def test_each_option_the_dialog_offers_builds(farm, tmp_path):
    path = str(tmp_path / "shot.ma")
    shutil.copy(os.path.join(SCENES, "three_layers.ma"), path)
    open_scene(path)
    offered = {option.name: option.default for option in MayaHost().options() if option.shown}
    assert offered == {"split": False, "comp": "", "review": False}
    plain = hosts.collect(MayaHost(), **offered)
    assert sorted(plain.name(j) for j in plain) == ["shot.ma - beauty", "shot.ma - volumes"]
    with pytest.raises(ValueError, match="share no frame"):  # beauty 1001-1100, volumes 11-50
        hosts.collect(MayaHost(), **dict(offered, comp="/proj/comp.nk"))
    shutil.copy(os.path.join(SCENES, "cameras.ma"), path)
    open_scene(path)
    comp = hosts.collect(MayaHost(), **dict(offered, comp="/proj/comp.nk", review=True))
    [comp_id] = [j for j in comp if comp.value(j, "Type") == "Nuke"]
    assert comp.value(comp_id, "Scene") == "/proj/comp.nk" and comp.waits_per_frame(comp_id)
    layers = [j for j in comp if comp.value(j, "Type") not in ("Nuke", "FFmpeg")]
    assert sorted(comp.parents(comp_id)) == sorted(layers)
    assert [j for j in comp if comp.value(j, "Type") == "FFmpeg"]
