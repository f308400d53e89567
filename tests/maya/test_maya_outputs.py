"""Image names and formats where each renderer keeps them (V-Ray, Redshift, RenderMan), from scenes
written as Maya writes them; a renderer whose settings are missing is a finding, not a guess."""
import os

from maya_helpers import SCENES, open_scene
from integrations.host import collect
from integrations.validate import ERROR


def images_of(name):
    from smedge_maya.collect import collect_scene

    open_scene(os.path.join(SCENES, name))
    [layer] = collect_scene().layers
    return layer, layer.outputs["persp"][0][1][len(SCENES.replace("\\", "/")) + 1:]


def output_findings(host):
    graph = collect(host)
    return [f for check in host.checks() for f in check(graph) if f.field == "ImageFormat" and f.severity == ERROR]


def test_vray_names_images_from_vray_settings_not_the_stale_maya_prefix():
    layer, image = images_of("vray_output.ma")
    assert (layer.prefix, layer.extension) == ("vray/<Scene>/<Layer>", "exr")  # "exr (multichannel)"
    assert image == "images/vray/vray_output/masterLayer.%04d.exr"


def test_redshift_names_its_format_itself_and_keeps_the_maya_prefix():
    _layer, image = images_of("redshift_output.ma")
    assert image == "images/rs/redshift_output.%04d.exr"  # imageFormat 1, not the scene's stale imfPluginKey iff


def test_renderman_uses_its_own_folder_and_file_name_tokens():
    layer, image = images_of("renderman_output.ma")
    assert image == "images/renderman_output_v3_t1/renderman_output_masterLayer_beauty.%04d.exr"
    assert layer.unresolved == []


def test_a_renderer_without_its_settings_node_is_an_error_not_a_guess():
    from smedge_maya.host import MayaHost

    layer, _image = images_of("vray_no_settings.ma")
    assert "vraySettings" in layer.output_problem
    [finding] = output_findings(MayaHost())
    assert "vraySettings" in finding.message and "unknown" in finding.message


def test_redshift_not_loaded_cannot_name_its_format(tmp_path):
    from smedge_maya.host import MayaHost

    with open(os.path.join(SCENES, "redshift_output.ma")) as stream:
        text = stream.read().replace('requires -nodeType "RedshiftOptions" "redshift4maya" "2025.1.0";\n', "")
    path = tmp_path / "redshift_output.ma"
    path.write_text(text)
    open_scene(str(path))
    [finding] = output_findings(MayaHost())
    assert "redshiftGetImageExtension" in finding.message
