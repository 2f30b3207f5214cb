"""Reads Maya ASCII scenes (.ma) as text, without Maya: what a render of them needs.

read_scene(path) returns the dict of the plugin contract (docs/plugins.md), and more keys for
whoever builds the job; docs/scene-readers.md says how each value is found:

    frames, fps, resolution, cameras, layers, outputs, dependencies   as the contract says
    renderer      "maya": the farm needs Maya to render the scene
    engine        the renderer Maya renders with ('.ren': arnold, mayaSoftware...)
    image_format  the images' extension
    project       the Maya project folder relative paths are resolved in
    requires      [{"name", "version"}] of the 'requires' lines: Maya and its plug-ins
    file_info     the 'fileInfo' lines: the Maya product and version that saved the scene...
    warnings      what the user should know that does not stop a render

Each dependency also has "node" (the node and attribute that name the file) and, when the path
had to be mapped or cannot be, "note".
"""
import os
import re

import maya_render_settings as settings
from maya_ascii import read_text
from maya_file_nodes import NODE_TYPES, dependencies
from maya_outputs import image_format, outputs
from maya_scene import parse
from scene_error import SceneError  # noqa: F401 (the host reports it by name)

RENDERER = "maya"
_WORKSPACE = "workspace.mel"


def read_scene(path):
    text, warnings = read_text(path)
    scene = parse(path, text, NODE_TYPES)
    if not re.search(r"//\s*End of [^\n]*\s*\Z", text):
        warnings.append(u"%s does not end with Maya's '// End of' line: it may be cut short"
                        % os.path.basename(path))
    frames = settings.frames(scene)
    cameras = settings.cameras(scene)
    layers = settings.layers(scene)
    extension = image_format(scene, warnings)
    rendering = [camera["name"] for camera in cameras if camera["renderable"]]
    root = project_root(os.path.dirname(os.path.abspath(path)))
    return {
        "frames": frames,
        "fps": settings.fps(scene),
        "resolution": settings.resolution(scene),
        "cameras": cameras,
        "layers": layers,
        "renderer": RENDERER,
        "outputs": outputs(scene, layers, rendering, extension, settings.animated(scene),
                           warnings),
        "dependencies": dependencies(scene, bases(root, os.path.dirname(os.path.abspath(path))),
                                     warnings),
        "engine": settings.engine(scene),
        "image_format": extension,
        "project": root,
        "requires": [{"name": name, "version": version} for name, version in scene.requires],
        "file_info": scene.file_info,
        "warnings": warnings,
    }


def project_root(scene_folder):
    """The Maya project: the nearest folder holding workspace.mel, from the scene's folder up to
    three folders above it; else the folder above a 'scenes' folder; else the scene's folder."""
    folder = scene_folder
    for _ in range(4):
        if os.path.isfile(os.path.join(folder, _WORKSPACE)):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    if os.path.basename(scene_folder) == "scenes":
        return os.path.dirname(scene_folder)
    return scene_folder


def bases(root, scene_folder):
    """Where relative paths are looked for, in order: the project, the scene's folder, and the
    project's sourceimages."""
    found = []
    for folder in (root, scene_folder, os.path.join(root, "sourceimages")):
        if folder not in found:
            found.append(folder)
    return found
