"""Scene records made by hand, for the job and check tests that need no Maya at all."""
from smedge_maya.records import LayerRecord, ReferenceRecord, SceneRecord, resolve_images


def layer(name, start=1.0, end=10.0, step=1.0, cameras=("cam",), renderer="arnold", prefix="", node=None,
          animation=True):
    return LayerRecord(node=node or ("rs_" + name if name != "masterLayer" else "defaultRenderLayer"), name=name,
                       renderer=renderer, start=start, end=end, step=step, animation=animation,
                       cameras=list(cameras), prefix=prefix or "<Scene>", prefix_set=bool(prefix), width=1920,
                       height=1080, extension="exr", padding=4)


def scene(*layers, path="/proj/scenes/sh010.ma", references=()):
    record = SceneRecord(path=path, modified=False, project="/proj", images="/proj/images", fps=25.0,
                         layers=list(layers), references=list(references))
    for item in record.layers:
        resolve_images(item, "sh010", record.images, several_layers=len(record.layers) > 1)
    return record


def reference(node, path, loaded=True, exists=True):
    return ReferenceRecord(node=node, path=path, loaded=loaded, exists=exists)
