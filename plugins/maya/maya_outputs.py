"""The names Maya gives a render's images, as Farmhand output patterns (#### for the frame).

The name is the image file prefix ('.ifp', the scene's name when empty) with its tokens filled in
(<Scene>, <RenderLayer>, <Camera>, <RenderPass>, <Version> and the older %s, %l, %c), then the
frame and the extension as '.pff', '.peie' and '.pad' say (name.####.ext, name_####.ext,
name####.ext or name.ext.####; name.ext with animation off). When several layers render and the
prefix does not name the layer, Maya writes each layer's images in a folder named after it; the
same for cameras. The patterns are relative to Maya's images folder, which is where Farmhand puts
a job's outputs.
"""
import os
import re

from maya_scene import boolean, number, text
from maya_render_settings import engine
from path_mapping import is_windows_path

# Maya's image formats ('.outf') by number; 51 means "the one '.imfkey' names".
IMAGE_FORMATS = {3: "tif", 7: "iff", 8: "jpg", 19: "tga", 20: "bmp", 32: "png", 40: "exr"}
# Arnold writes through defaultArnoldDriver: its '.ai_translator' names the format.
ARNOLD_FORMATS = {"jpeg": "jpg", "deepexr": "exr"}
_LAYER_TOKENS = re.compile(r"<renderlayer>|<layer>|%l", re.IGNORECASE)
_CAMERA_TOKENS = re.compile(r"<camera>|%c", re.IGNORECASE)


def image_format(scene, warnings):
    """The extension of the images the scene renders."""
    globals_ = scene.node("defaultRenderGlobals")
    if engine(scene) == "arnold":
        driver = scene.node("defaultArnoldDriver")
        translator = text(driver.attribute(("ai_translator",)), "exr") if driver else "exr"
        return ARNOLD_FORMATS.get(translator, translator)
    if globals_ is None:
        return "iff"
    key = text(globals_.attribute(("imfkey", "imfPluginKey")))
    if key:
        return key
    attribute = globals_.attribute(("outf", "imageFormat"))
    code = int(number(scene, attribute, 7.0))
    if code not in IMAGE_FORMATS:
        warnings.append(u"line %d: Farmhand does not know Maya's image format %d ('.outf'), so the "
                        u"outputs end in '.unknown'" % (attribute.line, code))
        return "unknown"
    return IMAGE_FORMATS[code]


def outputs(scene, layers, cameras, extension, animated, warnings):
    """One pattern for each layer and camera that render, without repeats, in order."""
    globals_ = scene.node("defaultRenderGlobals")
    prefix_attribute = globals_.attribute(("ifp", "imageFilePrefix")) if globals_ else None
    prefix = text(prefix_attribute) or "<Scene>"
    if os.path.isabs(prefix) or is_windows_path(prefix):
        warnings.append(u"line %d: the image file prefix %s is an absolute path; the outputs are "
                        u"named by its last part, in the job's output folder"
                        % (prefix_attribute.line, prefix))
        prefix = re.split(r"[\\/]", prefix)[-1]
    if len(cameras) > 1 and not _CAMERA_TOKENS.search(prefix):
        prefix = "<Camera>/" + prefix
    if len(layers) > 1 and not _LAYER_TOKENS.search(prefix):
        prefix = "<RenderLayer>/" + prefix
    version = text(globals_.attribute(("rv", "renderVersion")), "") if globals_ else ""
    scene_name = os.path.splitext(os.path.basename(scene.path))[0]
    suffix = _frame_and_extension(scene, globals_, extension, animated)
    patterns = []
    for layer in layers:
        for camera in cameras:
            name = _fill(prefix, {"scene": scene_name, "s": scene_name, "renderlayer": layer,
                                  "layer": layer, "l": layer, "camera": camera, "c": camera,
                                  "renderpass": "beauty", "version": version})
            pattern = name.replace("\\", "/") + suffix
            if pattern not in patterns:
                patterns.append(pattern)
    return patterns


def _frame_and_extension(scene, globals_, extension, animated):
    if not animated:
        return "." + extension
    padding = 1
    before = False
    separator = "."
    if globals_ is not None:
        padding = max(1, int(number(scene, globals_.attribute(("pad", "extensionPadding")), 1.0)))
        before = boolean(scene, globals_.attribute(("pff", "putFrameBeforeExt")), False)
        period = int(number(scene, globals_.attribute(("peie", "periodInExt")), 1.0))
        separator = {0: "", 1: ".", 2: "_"}.get(period, ".")
    frame = "#" * padding
    if before:
        return separator + frame + "." + extension
    return "." + extension + "." + frame


def _fill(prefix, values):
    def value(match):
        token = (match.group(1) or match.group(2)).lower()
        return values.get(token, match.group(0))
    return re.sub(r"<(\w+)>|%(\w)", value, prefix)
