"""What a Nuke script's Root says: frame range, fps, format, views and project directory.

A knob Root does not write has Nuke's default: frames 1-100, 24 fps, the main view. A script
always writes its format; when one has none, HD_1080 is assumed and said in the warnings.
"""
import os
import re

from path_mapping import is_windows_path
from scene_error import at_line

# Nuke's standard formats by name, for a format written by its name alone.
FORMATS = {
    "PC_Video": (640, 480), "NTSC": (720, 486), "PAL": (720, 576), "NTSC_16:9": (720, 486),
    "PAL_16:9": (720, 576), "HD_720": (1280, 720), "HD_1080": (1920, 1080),
    "UHD_4K": (3840, 2160), "1K_Super_35(full-ap)": (1024, 778), "1K_Cinemascope": (914, 778),
    "2K_Super_35(full-ap)": (2048, 1556), "2K_Cinemascope": (1828, 1556),
    "2K_DCP": (2048, 1080), "4K_Super_35(full-ap)": (4096, 3112),
    "4K_Cinemascope": (3656, 3112), "4K_DCP": (4096, 2160), "square_256": (256, 256),
    "square_512": (512, 512), "square_1K": (1024, 1024), "square_2K": (2048, 2048),
}
_SCRIPT_FOLDER = re.compile(r"\[\s*(?:python\s+\{?\s*nuke\.script_directory\(\)\s*\}?"
                            r"|file\s+dirname\s+\[\s*value\s+root\.name\s*\])\s*\]")


def frame_range(script, root):
    """(first, last) of the script, checked: whole numbers, last not before first."""
    first = _whole(script, root, "first_frame", 1)
    last = _whole(script, root, "last_frame", 100)
    if last < first:
        knob = root.knobs["last_frame"] if "last_frame" in root.knobs else root.knobs["first_frame"]
        raise at_line(script.path, knob.line,
                      u"Root's last_frame %d comes before its first_frame %d, so no frame "
                      u"renders: set the frame range in Project Settings (last %d or later)"
                      % (last, first, first))
    return first, last


def frame_spec(first, last):
    return str(first) if first == last else "%d-%d" % (first, last)


def fps(script, root):
    knob = root.knobs.get("fps") if root else None
    if knob is None:
        return 24
    try:
        value = float(knob.text())
    except ValueError:
        value = 0
    if value <= 0:
        raise at_line(script.path, knob.line, u"Root's fps is '%s', not a rate above 0: set it in "
                                              u"Project Settings" % knob.text())
    return int(value) if value == int(value) else value


def resolution(script, root):
    """[width, height] of Root's format: 'W H [X Y R T] [ASPECT] [NAME]', or a standard name."""
    knob = root.knobs.get("format") if root else None
    if knob is None:
        script.warnings.append(u"Root has no format, so HD_1080 (1920 x 1080) is assumed")
        return list(FORMATS["HD_1080"])
    words = knob.text().split()
    if len(words) >= 2 and words[0].isdigit() and words[1].isdigit():
        size = [int(words[0]), int(words[1])]
        if size[0] > 0 and size[1] > 0:
            return size
    elif len(words) == 1 and words[0] in FORMATS:
        return list(FORMATS[words[0]])
    raise at_line(script.path, knob.line,
                  u"Root's format '%s' is not one Farmhand can read: write it as Nuke saves it, "
                  u"'WIDTH HEIGHT 0 0 WIDTH HEIGHT 1 NAME', or as a standard name such as "
                  u"HD_1080" % knob.text())


def views(root):
    """The script's views ('left', 'right'...), or ['main']."""
    text = root.text("views") if root else None
    if not text:
        return ["main"]
    return [line.split()[0] for line in text.splitlines() if line.split()]


def script_expressions(text, script_folder):
    """The text with the TCL expressions that name the script's folder replaced by it."""
    return _SCRIPT_FOLDER.sub(lambda m: script_folder.replace("\\", "/"), text)


def project_directory(script, root, script_folder):
    """The folder relative paths are read from: Root's project_directory when it is a folder on
    this machine, else the script's folder (where the farm runs Nuke)."""
    knob = root.knobs.get("project_directory") if root else None
    if knob is None or not knob.text().strip():
        return script_folder
    text = os.path.expandvars(script_expressions(knob.text().strip(), script_folder))
    if is_windows_path(text) or "[" in text:
        script.warnings.append(u"line %d: Root's project_directory %s is not a folder on this "
                               u"machine, so relative paths are read from the script's folder"
                               % (knob.line, knob.text()))
        return script_folder
    folder = os.path.normpath(os.path.join(script_folder, text))
    if not os.path.isdir(folder):
        script.warnings.append(u"line %d: Root's project_directory %s is not a folder, so relative "
                               u"paths are read from the script's folder" % (knob.line, folder))
        return script_folder
    return folder


def _whole(script, root, name, default):
    knob = root.knobs.get(name) if root else None
    if knob is None:
        return default
    try:
        value = float(knob.text())
    except ValueError:
        value = None
    if value is None or knob.is_expression() or value != int(value):
        raise at_line(script.path, knob.line, u"Root's %s is '%s', not a whole frame: set the "
                                              u"frame range in Project Settings" % (name, knob.text()))
    return int(value)
