"""Reads Nuke scripts (.nk) as text, without Nuke: what a render of them needs.

read_scene(path) returns the dict of the plugin contract (docs/plugins.md), and more keys for
whoever builds the job; docs/scene-readers.md says how each value is found:

    frames, fps, resolution, outputs, dependencies   as the contract says
    cameras       []: Nuke renders Write nodes, not cameras
    layers        the Write nodes that render, by name (a Nuke render names the Writes to run)
    renderer      "nuke": the farm needs Nuke to render the script
    views         the script's views (main, or left and right...)
    project       the folder relative paths are read from
    version       the Nuke version that saved the script, as its 'version' line says
    warnings      what the user should know that does not stop a render

Each dependency also has "node" (the node that reads the file) and, when the file is missing or
its path had to be mapped, "note".
"""
import os

import nuke_files
import nuke_root
from nuke_script import parse, signature_problem
from scene_error import SceneError, in_file  # noqa: F401 (the host reports SceneError by name)

RENDERER = "nuke"


def read_scene(path):
    text, warnings = _read_text(path)
    problem = signature_problem(path, text)
    if problem is not None:
        raise problem
    script = parse(path, text)
    root = script.root()
    script_folder = os.path.dirname(os.path.abspath(path))
    project = nuke_root.project_directory(script, root, script_folder)
    bases = [project] if project == script_folder else [project, script_folder]
    first, last = nuke_root.frame_range(script, root)
    views = nuke_root.views(root)
    names, outputs = nuke_files.writes(script, views, bases, script_folder)
    return {
        "frames": nuke_root.frame_spec(first, last),
        "fps": nuke_root.fps(script, root),
        "resolution": nuke_root.resolution(script, root),
        "cameras": [],
        "layers": names,
        "renderer": RENDERER,
        "outputs": outputs,
        "dependencies": nuke_files.dependencies(script, (first, last), views, bases,
                                                script_folder),
        "views": views,
        "project": project,
        "version": script.version,
        "warnings": warnings + script.warnings,
    }


def _read_text(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except IOError as e:
        raise in_file(path, u"cannot be read: %s" % e.strerror)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        return data.decode("latin-1"), [u"%s is not UTF-8 text; read as Latin-1, so names with "
                                        u"accents may be wrong" % path]
