"""The scene's file inputs through the shared input check: a missing one is an error, one outside the
studio's shared_roots a warning, both naming the node and the path; on scenes made through maya.cmds and
on the real scenes of tests/data/scenes, whose textures sit where their authors' disks had them."""
import json
import os

from maya_helpers import SHARED, open_scene
from integrations.host import collect
from integrations.validate import ERROR, WARNING

CORPUS = os.path.join(os.path.dirname(SHARED), "corpus", "maya")


def input_findings(host):
    graph = collect(host)
    return [(f.severity, f.job_name, f.message) for check in host.checks() for f in check(graph)
            if f.field == "Input"]


def studio_with_roots(tmp_path, monkeypatch, roots):
    path = tmp_path / "studio.json"
    path.write_text(json.dumps({"version": 1, "shared_roots": roots}), encoding="utf-8")
    monkeypatch.setenv("SMEDGE_SUBMIT_CONFIG", str(path))


def test_a_missing_texture_is_an_error_and_a_local_one_a_warning(tmp_path, monkeypatch):
    from maya import cmds

    from smedge_maya.host import MayaHost

    shared, local = tmp_path / "shared", tmp_path / "local"
    shared.mkdir()
    local.mkdir()
    (shared / "wood.png").write_bytes(b"png")
    (local / "rust.png").write_bytes(b"png")
    studio_with_roots(tmp_path, monkeypatch, [str(shared)])
    for name, path in (("woodFile", shared / "wood.png"), ("rustFile", local / "rust.png"),
                       ("goneFile", shared / "gone.png")):
        cmds.createNode("file", name=name)
        cmds.setAttr(name + ".fileTextureName", str(path).replace("\\", "/"), type="string")
    found = input_findings(MayaHost())
    rust, gone = (str(p).replace("\\", "/") for p in (local / "rust.png", shared / "gone.png"))
    assert [(s, node) for s, node, _m in found] == [(WARNING, "rustFile.fileTextureName"),
                                                    (ERROR, "goneFile.fileTextureName")]
    assert found[0][2].startswith(rust + " is on a local disk, under none of the shared roots")
    assert found[1][2] == gone + " does not exist"


def test_sequences_tiles_and_caches(tmp_path):
    from maya import cmds

    from smedge_maya.host import MayaHost

    for frame in (1, 2):
        (tmp_path / f"fire.{frame:04d}.exr").write_bytes(b"exr")
    (tmp_path / "skin.1001.tx").write_bytes(b"tx")
    cmds.createNode("file", name="fireFile")
    cmds.setAttr("fireFile.fileTextureName", "fire.0001.exr", type="string")  # relative: under the project
    cmds.setAttr("fireFile.useFrameExtension", True)
    cmds.createNode("file", name="skinFile")
    cmds.setAttr("skinFile.fileTextureName", "skin.1001.tx", type="string")
    cmds.setAttr("skinFile.uvTilingMode", 3)
    cmds.setAttr("skinFile.computedFileTextureNamePattern", "skin.<UDIM>.tx", type="string")
    cmds.createNode("AlembicNode", name="crowdAbc")
    cmds.setAttr("crowdAbc.abc_File", "/nowhere/crowd.abc", type="string")
    host = MayaHost()
    collect(host)
    project = str(tmp_path).replace("\\", "/")
    assert [(i.node, i.path) for i in host.scene.inputs] == [
        ("fireFile", project + "/fire.####.exr"), ("skinFile", project + "/skin.<UDIM>.tx"),
        ("crowdAbc", "/nowhere/crowd.abc")]
    assert input_findings(host) == [(ERROR, "crowdAbc.abc_File", "/nowhere/crowd.abc does not exist")]


def test_real_scenes_name_their_missing_textures():
    """cube.ma (Deadline Cloud's test scene) writes its texture as D:/...; the RenderMan scene as
    /Users/... (a file node and a PxrTexture); neither is on this machine, as neither would be on a farm
    engine. Ball.ma's PxrTexture is relative (./tex/ball1.tex), read under the project; the file was not
    published with it."""
    from smedge_maya.host import MayaHost

    open_scene(os.path.join(SHARED, "cube", "scene", "cube.ma"))
    assert input_findings(MayaHost()) == [(ERROR, "file1.fileTextureName", "D:/deadline-clients/deadline-cloud-for-"
                                           "maya/job_bundle_output_tests//cube/deadline_logo_48x48.png does not exist")]
    open_scene(os.path.join(CORPUS, "renderman", "scene", "renderman.ma"))
    logo = ("/Users/rmvh/work/deadline/deadline-cloud-for-maya/job_bundle_output_tests/renderman/scene/"
            "deadline_logo_48x48.png")
    assert input_findings(MayaHost()) == [(ERROR, "file1.fileTextureName", logo + " does not exist"),
                                          (ERROR, "PxrTexture1.filename", logo + " does not exist")]
    folder = os.path.join(CORPUS, "usd-al-ball", "scene")
    open_scene(os.path.join(folder, "Ball.ma"))
    ball = folder.replace("\\", "/") + "/tex/ball1.tex"
    assert input_findings(MayaHost()) == [(ERROR, "BallTexture.filename", ball + " does not exist")]
