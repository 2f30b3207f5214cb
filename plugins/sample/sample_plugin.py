"""The reference plugin: reads Farmhand's sample scene format (.fhscene, JSON).

A plugin reads a scene and says what a render of it needs; it never talks to the farm itself.
read_scene(path) returns a plain dict:

    frames        the scene's frame spec, e.g. "1-24"
    fps           frames per second
    resolution    [width, height]
    cameras       [{"name": ..., "renderable": bool}]
    layers        the view layers to render
    renderer      the farm renderer that renders this scene
    outputs       output path patterns, relative to the job's output folder
    dependencies  [{"path": absolute path, "relative": path as written, "missing": bool}]
"""
import json
import os

FORMAT = "farmhand-scene/1"
RENDERER = "sample"


class SceneError(Exception):
    """A scene this plugin cannot read; the message names the file and the fault."""


def read_scene(path):
    try:
        with open(path) as f:
            scene = json.load(f)
    except IOError as e:
        raise SceneError("%s: cannot be read: %s" % (path, e.strerror))
    except ValueError as e:
        raise SceneError("%s: is not a sample scene (not JSON: %s)" % (path, e))
    if not isinstance(scene, dict) or scene.get("format") != FORMAT:
        raise SceneError("%s: is not a sample scene: its 'format' must be '%s'" % (path, FORMAT))
    for field in ("frames", "output", "cameras"):
        if field not in scene:
            raise SceneError("%s: '%s' is missing" % (path, field))

    folder = os.path.dirname(os.path.abspath(path))
    dependencies = []
    for name in sorted(scene.get("textures", {})):
        relative = scene["textures"][name]
        absolute = os.path.normpath(os.path.join(folder, relative))
        dependencies.append(
            {"path": absolute, "relative": relative, "missing": not os.path.isfile(absolute)})

    return {
        "frames": scene["frames"],
        "fps": scene.get("fps", 24),
        "resolution": scene.get("resolution", [320, 180]),
        "cameras": [{"name": c["name"], "renderable": c.get("renderable", True)}
                    for c in scene["cameras"]],
        "layers": scene.get("layers", ["beauty"]),
        "renderer": RENDERER,
        "outputs": [scene["output"]],
        "dependencies": dependencies,
    }
