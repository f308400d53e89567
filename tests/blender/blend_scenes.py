"""Building .blend files through bpy for the tests (Blender 5's compositor API, 4.x's where 5's is absent)."""
import os


def new_file(bpy):
    """An empty, never-saved file."""
    bpy.ops.wm.read_factory_settings(use_empty=True)
    return bpy.context.scene


def tiny_scene(bpy, name, start=1, end=3, output="//renders/{name}/beauty_####", engine="BLENDER_WORKBENCH"):
    """A scene of 64x36 pixels with a camera looking at a cube, rendering ``start``-``end``."""
    scene = bpy.data.scenes.get(name) or bpy.data.scenes.new(name)
    scene.render.engine = engine
    if engine == "CYCLES":
        scene.cycles.samples = 4
        scene.cycles.use_denoising = False
    scene.render.resolution_x, scene.render.resolution_y, scene.render.resolution_percentage = 64, 36, 100
    scene.frame_start, scene.frame_end = start, end
    scene.render.filepath = output.replace("{name}", name)
    camera = bpy.data.objects.new(name + "_camera", bpy.data.cameras.new(name + "_camera"))
    camera.location = (0.0, -6.0, 0.0)
    camera.rotation_euler = (1.5708, 0.0, 0.0)
    scene.collection.objects.link(camera)
    scene.camera = camera
    mesh = bpy.data.meshes.new(name + "_cube")
    corners = [(-1, -1, -1), (1, -1, -1), (1, 1, -1), (-1, 1, -1), (-1, -1, 1), (1, -1, 1), (1, 1, 1), (-1, 1, 1)]
    mesh.from_pydata(corners, [], [(0, 1, 2, 3), (4, 5, 6, 7), (0, 1, 5, 4), (1, 2, 6, 5), (2, 3, 7, 6), (3, 0, 4, 7)])
    scene.collection.objects.link(bpy.data.objects.new(name + "_cube", mesh))
    return scene


def library_with_object(bpy, path, name="prop"):
    """Save a file holding one object ``name`` at ``path``; then link that object into a new file."""
    new_file(bpy)
    bpy.context.scene.collection.objects.link(bpy.data.objects.new(name, bpy.data.meshes.new(name)))
    path.parent.mkdir(parents=True, exist_ok=True)
    bpy.ops.wm.save_as_mainfile(filepath=str(path))
    new_file(bpy)
    with bpy.data.libraries.load(str(path), link=True, relative=True) as (_source, target):
        target.objects = [name]
    bpy.context.scene.collection.objects.link(target.objects[0])


def compositor(bpy, scene):
    """The scene's compositing node tree, made when missing (with compositing on)."""
    scene.render.use_compositing = True
    if hasattr(scene, "compositing_node_group"):
        if scene.compositing_node_group is None:
            scene.compositing_node_group = bpy.data.node_groups.new(scene.name + " compositing", "CompositorNodeTree")
        return scene.compositing_node_group
    scene.use_nodes = True
    return scene.node_tree


def render_layers(bpy, scene):
    tree = compositor(bpy, scene)
    node = next((n for n in tree.nodes if n.bl_idname == "CompositorNodeRLayers"), None)
    if node is None:
        node = tree.nodes.new("CompositorNodeRLayers")
        node.scene = scene
    return node


def file_output(bpy, scene, directory, file_name, items, file_format="PNG", source="Image"):
    """A File Output node writing ``items`` (each fed the Render Layers' ``source``)."""
    tree = compositor(bpy, scene)
    layers = render_layers(bpy, scene)
    node = tree.nodes.new("CompositorNodeOutputFile")
    multilayer = file_format == "OPEN_EXR_MULTILAYER"
    if hasattr(node, "file_output_items"):  # Blender 5
        node.directory, node.file_name = directory, file_name
        node.format.media_type = "MULTI_LAYER_IMAGE" if multilayer else "IMAGE"
        node.format.file_format = file_format
        for item in items:
            node.file_output_items.new("RGBA", item)
            tree.links.new(layers.outputs[source], node.inputs[item])
    else:
        node.base_path = directory.rstrip("/") + "/" + file_name if file_name else directory
        node.format.file_format = file_format
        node.file_slots.clear() if not multilayer else node.layer_slots.clear()
        for item in items:
            (node.layer_slots if multilayer else node.file_slots).new(item)
            tree.links.new(layers.outputs[source], node.inputs[-1])
    return node


def image_sequence_reader(bpy, scene, first_file, frames):
    """A compositor Image node reading the sequence whose first file is ``first_file``, to the output."""
    tree = compositor(bpy, scene)
    image = bpy.data.images.load(first_file, check_existing=False) if os.path.exists(first_file) else \
        bpy.data.images.new(os.path.basename(first_file), 4, 4)
    image.filepath = first_file
    image.source = "SEQUENCE"
    node = tree.nodes.new("CompositorNodeImage")
    node.image = image
    node.frame_duration = frames
    node.frame_start = scene.frame_start
    return node
