"""The Blender plugin: reads a .blend by running Blender in the background.

read_scene(path) starts Blender (FARMHAND_BLENDER, else the blender on the PATH) on the file with
scene_report.py, which prints the scene as JSON, and returns the host's dict:

    frames        the scene's range and step: "1-12", "1-100x5", "7"
    fps           frames per second (Blender's fps / fps_base)
    resolution    [width, height] in pixels, with the percentage applied
    cameras       [{"name", "renderable", "active"}]: renderable is the camera Blender renders
                  through (the scene's camera, else the one Blender falls back on) and any
                  camera a timeline marker switches to
    layers        the view layers that render
    renderer      "blender"
    outputs       the output path as a pattern in the job's output folder: //renders/frame_####
                  gives renders/frame_####.png (the farm writes PNG)
    dependencies  every file Blender would read, the missing ones flagged (blender_paths.py)

and, for whoever wants them, what the host does not use: engine, scene, blender (the version
that read it), file_version (the version that saved it), output_path and output_format as the
scene has them, and warnings. A scene that cannot be read, or rendered as it is, raises SceneError
with the file, the fault and what to do.
"""
import os
import re

import blender_paths
import blender_process
from scene_error import SceneError

RENDERER = "blender"
# Endings Blender replaces with the one of the format it writes.
_IMAGE_ENDINGS = (".png", ".jpg", ".jpeg", ".exr", ".tif", ".tiff", ".bmp", ".tga", ".hdr",
                  ".dpx", ".cin", ".jp2", ".j2c", ".webp", ".rgb", ".sgi")


def read_scene(path):
    scene = os.path.abspath(path)
    report = blender_process.report(scene)
    dependencies, warnings = blender_paths.dependencies(report["files"], scene)
    if report["output"]["movie"]:
        warnings.append("the scene writes a movie (%s); the farm renders PNG frames"
                        % report["output"]["format"])
    return {
        "frames": frames(report, scene),
        "fps": float(report["fps"]) / report["fps_base"],
        "resolution": resolution(report, scene),
        "cameras": cameras(report, scene),
        "layers": layers(report, scene),
        "renderer": RENDERER,
        "outputs": [output_pattern(report["output"]["path"], scene)],
        "dependencies": dependencies,
        "engine": report["engine"],
        "scene": report["scene"],
        "blender": report["blender"],
        "file_version": report["file_version"],
        "output_path": report["output"]["path"],
        "output_format": report["output"]["format"],
        "warnings": warnings + report["blender_warnings"],
    }


def frames(report, scene):
    start, end, step = report["frame_start"], report["frame_end"], report["frame_step"]
    if end < start:
        raise SceneError("%s: has an empty frame range: it ends at frame %d, before it starts at "
                         "frame %d: set End to %d or later (Output Properties > Frame Range)"
                         % (scene, end, start, start))
    if step < 1:
        raise SceneError("%s: has a frame step of %d: set Step to 1 or more (Output Properties > "
                         "Frame Range)" % (scene, step))
    if start == end:
        return "%d" % start
    return "%d-%d" % (start, end) if step == 1 else "%d-%dx%d" % (start, end, step)


def resolution(report, scene):
    width, height = report["resolution"]
    percentage = report["percentage"]
    size = [width * percentage // 100, height * percentage // 100]
    if min(size) < 1:
        raise SceneError("%s: renders %dx%d pixels (%dx%d at %d%%): raise the resolution or its "
                         "percentage (Output Properties > Format)"
                         % (scene, size[0], size[1], width, height, percentage))
    return size


def cameras(report, scene):
    active = report["camera"] or report["fallback_camera"]
    if active is None:
        if not report["cameras"]:
            raise SceneError("%s: has no camera, so Blender cannot render it: add a camera and "
                             "make it the scene's camera (Scene Properties > Camera)" % scene)
        raise SceneError("%s: has no scene camera, and none of its cameras (%s) is in the view "
                         "layer that renders: make one the scene's camera (Scene Properties > "
                         "Camera)" % (scene, ", ".join(c["name"] for c in report["cameras"])))
    return [{"name": camera["name"],
             "renderable": camera["name"] == active or camera["on_marker"],
             "active": camera["name"] == active}
            for camera in report["cameras"]]


def layers(report, scene):
    rendering = [layer["name"] for layer in report["view_layers"] if layer["use"]]
    if not rendering:
        raise SceneError("%s: has no view layer that renders: tick Use for Rendering on one (View "
                         "Layer Properties)" % scene)
    return rendering


def output_pattern(path, scene):
    """Blender's output path as a pattern in the job's output folder. The folders of a path inside
    the scene's folder are kept (//renders/frame_#### gives renders/frame_####.png); another path
    keeps its file name alone (/tmp/shot_ gives shot_####.png). As Blender does, a name without #
    gets the frame number at its end, four digits wide, and an image ending is replaced."""
    text = path.replace("\\", "/")
    if text.startswith("//"):
        text, keep_folders = text[2:], True
    else:
        keep_folders = not text.startswith("/") and blender_paths.windows_place(path) is None
    parts = text.split("/")
    folders = [part for part in parts[:-1] if part not in ("", ".")]
    if not keep_folders or os.pardir in folders:
        folders = []
    name = parts[-1]
    if name.lower().endswith(_IMAGE_ENDINGS):
        name = name[:name.rindex(".")]
    if "#" not in name:
        name += "####"
    if len(re.findall("#+", name)) > 1 or any("#" in folder for folder in folders):
        raise SceneError("%s: its output path '%s' has '#' elsewhere than in one run for the "
                         "frame number: write it as //renders/frame_#### (Output Properties > "
                         "Output)" % (scene, path))
    return "/".join(folders + [name + ".png"])
