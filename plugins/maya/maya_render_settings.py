"""What a Maya scene's render settings say: frames, fps, resolution, cameras, layers, renderer.

Frames come from defaultRenderGlobals. Time attributes are written in the scene's time unit
(currentUnit -t), because a .ma file is a MEL script and MEL reads numbers in the current unit:
at film (24 fps) '.fs 1' is frame 1, and at ntsc it is frame 1 too, at 30 fps. So the frames are
the values as written, and fps is the time unit's rate. With animation off ('.an', Maya's default)
Maya renders one frame, the current one (:time1 '.o').
"""
import re

from maya_scene import Node, boolean, number, text
from scene_error import at_line, in_file

TIME_UNITS = {"game": 15, "film": 24, "pal": 25, "ntsc": 30, "show": 48, "palf": 50, "ntscf": 60,
              "sec": 1, "millisec": 1000, "min": 1 / 60.0, "hour": 1 / 3600.0, "29.97df": 29.97}
_FPS_UNIT = re.compile(r"^(\d+(?:\.\d+)?)fps$")
_RENDERABLE = ("rnd", "renderable")
_GLOBALS = "defaultRenderGlobals"


def fps(scene):
    """Frames per second, from the time unit (film, 24 fps, when the scene sets none)."""
    unit = scene.time_unit or "film"
    if unit in TIME_UNITS:
        return TIME_UNITS[unit]
    match = _FPS_UNIT.match(unit)
    if match:
        return float(match.group(1))
    raise at_line(scene.path, scene.time_unit_line,
                  u"'currentUnit -t %s' is not a time unit Maya has: write film, pal, ntsc or a "
                  u"rate such as 25fps" % unit)


def animated(scene):
    """Whether the scene renders its frame range ('.an' on) rather than its current frame."""
    return boolean(scene, _node(scene, _GLOBALS).attribute(("an", "animation")), False)


def frames(scene):
    """The frame spec Maya renders: 'A-B', 'A-BxS' or one frame."""
    globals_ = _node(scene, _GLOBALS)
    if not animated(scene):
        time = _node(scene, "time1")
        current = time.attribute(("o", "outTime"))
        return str(_whole(scene, current, number(scene, current, 1.0), "the current frame"))
    start_attribute = globals_.attribute(("fs", "startFrame"))
    end_attribute = globals_.attribute(("ef", "endFrame"))
    step_attribute = globals_.attribute(("bfs", "byFrameStep", "bf", "byFrame"))
    start = _whole(scene, start_attribute, number(scene, start_attribute, 1.0), "the start frame")
    end = _whole(scene, end_attribute, number(scene, end_attribute, 10.0), "the end frame")
    step = _whole(scene, step_attribute, number(scene, step_attribute, 1.0), "the by frame step")
    if step < 1:
        raise at_line(scene.path, step_attribute.line,
                      u"the by frame step ('.%s') is %d, so no frame renders: set By Frame to 1 "
                      u"or more in Render Settings > Common" % (step_attribute.name, step))
    if end < start:
        where = end_attribute or start_attribute
        raise at_line(scene.path, where.line,
                      u"the end frame %d comes before the start frame %d, so no frame renders: set "
                      u"End Frame to %d or later in Render Settings > Common" % (end, start, start))
    if start == end:
        return str(start)
    return "%d-%d" % (start, end) if step == 1 else "%d-%dx%d" % (start, end, step)


def resolution(scene):
    """[width, height] from defaultResolution (Maya's default 640 x 480)."""
    node = _node(scene, "defaultResolution")
    size = []
    for names, default, what in ((("w", "width"), 640.0, "the width"),
                                 (("h", "height"), 480.0, "the height")):
        attribute = node.attribute(names)
        value = _whole(scene, attribute, number(scene, attribute, default), what)
        if value < 1:
            raise at_line(scene.path, attribute.line, u"%s is %d: set the image size in Render "
                                                      u"Settings > Common" % (what, value))
        size.append(value)
    return size


def cameras(scene):
    """Every camera as {"name", "renderable"}, named by its transform; at least one renders.

    A camera renders unless its shape sets '.rnd' off. Maya makes its startup cameras (persp,
    top, front, side) before it reads a scene, so a scene that does not write persp has it, and
    it renders.
    """
    found = []
    for node in scene.nodes_of_type("camera"):
        renderable = boolean(scene, node.attribute(_RENDERABLE), True)
        found.append({"name": node.parent or node.name, "renderable": renderable})
    if not any(camera["name"] == "persp" for camera in found):
        found.insert(0, {"name": "persp", "renderable": True})
    if not any(camera["renderable"] for camera in found):
        raise in_file(scene.path, u"no camera renders (%s: each has '.rnd' off): make one "
                                  u"renderable in Render Settings > Common > Renderable Camera"
                      % ", ".join(c["name"] for c in found))
    return found


def layers(scene):
    """The render layers that render, by the name Maya gives their images.

    defaultRenderLayer is masterLayer; Render Setup's rs_NAME is NAME; layers of referenced
    scenes (ns:layer) are not the scene's own. A scene without renderLayer nodes has masterLayer.
    """
    nodes = [n for n in scene.nodes_of_type("renderLayer") if ":" not in n.name]
    if not nodes:
        return ["masterLayer"]
    names = []
    for node in nodes:
        if boolean(scene, node.attribute(("rndr", "renderable")), True):
            names.append(layer_name(node.name))
    if not names:
        raise in_file(scene.path, u"no render layer renders (the layers: %s): make one renderable "
                                  u"in the Render Setup window" %
                      ", ".join(layer_name(n.name) for n in nodes))
    return names


def layer_name(node_name):
    if node_name == "defaultRenderLayer":
        return "masterLayer"
    return node_name[3:] if node_name.startswith("rs_") else node_name


def engine(scene):
    """The renderer Maya uses for the scene: '.ren' (mayaSoftware by default)."""
    return text(_node(scene, _GLOBALS).attribute(("ren", "currentRenderer")), "mayaSoftware")


def _node(scene, name):
    """A shared node, or an empty one when the scene sets nothing on it (all defaults)."""
    node = scene.node(name)
    if node is None:
        node = Node(name, name, None, 0)
    return node


def _whole(scene, attribute, value, what):
    rounded = int(round(value))
    if abs(value - rounded) > 1e-6:
        raise at_line(scene.path, attribute.line,
                      u"%s ('.%s') is %s, not a whole number: Farmhand renders whole frames of "
                      u"whole images; set a whole number in Render Settings > Common"
                      % (what, attribute.name, value))
    return rounded
