"""The reference plugin: reads Farmhand's sample scene format (.fhscene, JSON).

It fulfils the whole plugin contract (docs/plugins.md):

    read_scene(path)             required: what a render of the scene needs, as a dict
    build_job(scene, overrides)  optional: the job fields this plugin chooses
    validate(job)                optional: the problems with a job, each with its field and fix

A plugin reads scenes and shapes jobs; it never talks to the farm itself. A scene it cannot read
raises SceneError, whose message names the file and the fault.
"""
import json
import os
import re

FORMAT = "farmhand-scene/1"
RENDERER = "sample"
FRAME_RUN = re.compile(r"#+")


class SceneError(Exception):
    """A scene this plugin cannot read; the message names the file and the fault."""


def read_scene(path):
    """The scene at path (absolute) as the contract's dict.

    Besides the contract's keys it returns "title", the scene's own title, which the host passes
    back to build_job untouched.
    """
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
        "title": scene.get("title"),
    }


def build_job(scene, overrides):
    """The job fields this plugin chooses for a scene read_scene read.

    The sample renderer renders the first renderable camera into the scene's output: the job
    records which camera that is, so the artist sees it and validate can check there is one. The
    user's overrides (None where not given) are applied by the host after this, so they always
    win; this plugin needs none of them to choose.
    """
    metadata = {"layers": ",".join(scene["layers"])}
    camera = _renderable_camera(scene["cameras"])
    if camera is not None:
        metadata["camera"] = camera
    if scene.get("title"):
        metadata["scene_title"] = scene["title"]
    return {"renderer": RENDERER, "output_pattern": scene["outputs"][0], "metadata": metadata}


def validate(job):
    """The problems that would make the sample renderer fail this job, found before any upload."""
    problems = []
    pattern = job["output_pattern"] or ""
    name = pattern.rsplit("/", 1)[-1]
    runs = len(FRAME_RUN.findall(name))
    if runs != 1:
        problems.append(_problem(
            "output_pattern",
            "'%s' has %s run of '#' in its file name" % (pattern, "no" if runs == 0 else runs),
            "give it one for the frame number, as renders/shot_####.png"))
    if not name.lower().endswith(".png"):
        problems.append(_problem(
            "output_pattern",
            "'%s' does not end in .png, and the sample renderer writes PNG images" % pattern,
            "end it with .png"))
    if "camera" not in job["metadata"]:
        problems.append(_problem(
            "metadata.camera",
            "the scene has no renderable camera",
            'set "renderable": true on one of its cameras'))
    return problems


def _renderable_camera(cameras):
    for camera in cameras:
        if camera["renderable"]:
            return camera["name"]
    return None


def _problem(field, problem, fix):
    return {"field": field, "problem": problem, "fix": fix}
