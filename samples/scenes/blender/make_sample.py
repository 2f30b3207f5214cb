"""Makes the sample Blender scene crate.blend and its texture textures/crate.png.

Run it with Blender, from anywhere:

    blender -b --factory-startup --python samples/scenes/blender/make_sample.py

It writes beside itself, or into the folder given after "--":

    blender -b --factory-startup --python make_sample.py -- /tmp/elsewhere

The scene: a textured crate that slides and turns over frames 1-12 (so every frame differs), on a
grey floor, lit by a sun, seen by the active camera "Camera"; a second camera "Top" that does not
render; the view layer "ViewLayer" renders and "Notes" does not. Cycles on the CPU at 16 samples
with denoising off (Debian's Blender has no denoiser), 320x180 at 50% (160x90 pixels), 24 fps,
frames written to //renders/frame_####.png. The texture is a file beside the scene, not packed, so
it is a dependency the farm must be sent.
"""
import os
import sys

import bpy

FRAMES = (1, 12)
SIZE = (320, 180)
PERCENT = 50
TEXTURE_SIZE = 64


def target_folder():
    if "--" in sys.argv:
        rest = sys.argv[sys.argv.index("--") + 1:]
        if rest:
            return os.path.abspath(rest[0])
    return os.path.dirname(os.path.abspath(__file__))


def write_texture(path):
    """A 64x64 PNG: orange and brown planks with a dark border, so the crate's faces read."""
    image = bpy.data.images.new("crate", TEXTURE_SIZE, TEXTURE_SIZE, alpha=False)
    pixels = []
    for y in range(TEXTURE_SIZE):
        for x in range(TEXTURE_SIZE):
            if x < 4 or y < 4 or x >= TEXTURE_SIZE - 4 or y >= TEXTURE_SIZE - 4:
                colour = (0.12, 0.07, 0.03)
            elif (y // 12) % 2 == 0:
                colour = (0.85, 0.45, 0.12)
            else:
                colour = (0.55, 0.27, 0.08)
            if x == y or x == TEXTURE_SIZE - 1 - y:
                colour = (0.2, 0.1, 0.04)
            pixels.extend(colour + (1.0,))
    image.pixels.foreach_set(pixels)
    image.filepath_raw = path
    image.file_format = "PNG"
    image.save()
    bpy.data.images.remove(image)


def textured_material(texture_path):
    material = bpy.data.materials.new("Crate")
    material.use_nodes = True
    nodes = material.node_tree.nodes
    shader = nodes["Principled BSDF"]
    texture = nodes.new("ShaderNodeTexImage")
    texture.image = bpy.data.images.load(texture_path)
    material.node_tree.links.new(texture.outputs["Color"], shader.inputs["Base Color"])
    return material


def plain_material(name, colour):
    material = bpy.data.materials.new(name)
    material.use_nodes = True
    material.node_tree.nodes["Principled BSDF"].inputs["Base Color"].default_value = colour
    return material


def build(folder):
    bpy.ops.wm.read_factory_settings(use_empty=True)
    scene = bpy.context.scene
    texture_path = os.path.join(folder, "textures", "crate.png")
    os.makedirs(os.path.dirname(texture_path), exist_ok=True)
    write_texture(texture_path)

    bpy.ops.mesh.primitive_plane_add(size=12)
    floor = bpy.context.object
    floor.name = "Floor"
    floor.data.materials.append(plain_material("Floor", (0.5, 0.5, 0.55, 1.0)))

    bpy.ops.mesh.primitive_cube_add(size=1.2, location=(0, 0, 0.6))
    crate = bpy.context.object
    crate.name = "Crate"
    crate.data.materials.append(textured_material(texture_path))
    for frame, x, turn in ((FRAMES[0], -1.2, 0.0), (FRAMES[1], 1.2, 1.9)):
        crate.location.x = x
        crate.rotation_euler.z = turn
        crate.keyframe_insert("location", index=0, frame=frame)
        crate.keyframe_insert("rotation_euler", index=2, frame=frame)
    for curve in crate.animation_data.action.fcurves:
        for key in curve.keyframe_points:
            key.interpolation = "LINEAR"

    bpy.ops.object.light_add(type="SUN", rotation=(0.6, 0.2, 0.8))
    bpy.context.object.data.energy = 4.0

    bpy.ops.object.camera_add(location=(0, -6, 1.8), rotation=(1.37, 0, 0))
    camera = bpy.context.object
    camera.name = "Camera"
    bpy.ops.object.camera_add(location=(0, 0, 9), rotation=(0, 0, 0))
    bpy.context.object.name = "Top"
    scene.camera = camera

    world = bpy.data.worlds.new("Sky")
    world.color = (0.45, 0.55, 0.7)
    scene.world = world

    scene.view_layers[0].name = "ViewLayer"
    scene.view_layers.new("Notes").use = False

    scene.frame_start, scene.frame_end, scene.frame_step = FRAMES[0], FRAMES[1], 1
    scene.render.fps = 24
    scene.render.engine = "CYCLES"
    scene.cycles.device = "CPU"
    scene.cycles.samples = 16
    scene.cycles.use_denoising = False
    scene.render.resolution_x, scene.render.resolution_y = SIZE
    scene.render.resolution_percentage = PERCENT
    scene.render.filepath = "//renders/frame_####"
    scene.render.image_settings.file_format = "PNG"
    scene.render.image_settings.color_mode = "RGB"

    blend = os.path.join(folder, "crate.blend")
    bpy.context.preferences.filepaths.save_version = 0  # no crate.blend1 beside it
    bpy.ops.wm.save_as_mainfile(filepath=blend, compress=True, relative_remap=True)
    image_paths = [image.filepath for image in bpy.data.images if image.source == "FILE"]
    if image_paths != ["//textures/crate.png"]:
        raise SystemExit("the texture is not relative to the scene: %r" % image_paths)
    print("made %s (%d bytes) and %s" % (blend, os.path.getsize(blend), texture_path))


build(target_folder())
