"""The files a Nuke script reads, and the images its Write nodes write.

Which knob of which node class names a file the script reads is data, in FILE_KNOBS: add a row
for a class Farmhand does not know yet. Each row: the class, the knob, and a knob that must be on
for the file to be read (or None). A node that is disabled, or inside a disabled Group, reads and
writes nothing.

Sequences (%04d, ####) are expanded over the node's own first..last, else the script's range:
each frame is a dependency, the ones not on disk flagged missing (one entry when none is there).
%V and %v are each of the script's views.
"""
import os
import re

import file_sequences
from nuke_root import script_expressions
from path_mapping import is_windows_path, locate
from scene_error import at_line, in_file

FILE_KNOBS = [
    # node class           file knob       only when this knob is on
    ("Read",               "file",         None),
    ("DeepRead",           "file",         None),
    ("ReadGeo",            "file",         None),
    ("ReadGeo2",           "file",         None),
    ("Camera2",            "file",         "read_from_file"),
    ("Camera3",            "file",         "read_from_file"),
    ("Axis2",              "file",         "read_from_file"),
    ("Axis3",              "file",         "read_from_file"),
    ("AudioRead",          "file",         None),
    ("Precomp",            "file",         None),
    ("OCIOFileTransform",  "file",         None),
    ("Vectorfield",        "vfield_file",  None),
]
WRITES = frozenset(["Write", "DeepWrite"])
_TRUE = frozenset(["true", "1", "yes"])
_VIEWS = re.compile(r"%[Vv]")


def enabled(node):
    """Whether the node and every Group around it are on."""
    return not any(_on(n, "disable") for n in [node] + node.groups)


def dependencies(script, frames, views, bases, script_folder):
    """The files the enabled nodes read, as dependency dicts, each file once."""
    rows = dict((row[0], row) for row in FILE_KNOBS)
    found = []
    for node in script.nodes:
        row = rows.get(node.node_class)
        if row is None or not enabled(node) or (row[2] and not _on(node, row[2])):
            continue
        written = node.text(row[1], "").strip()
        if not written:
            continue
        node_frames = _frames(script, node, frames)
        for view_written in _per_view(written, views):
            found.extend(_files(view_written, node_frames, bases, script_folder, node))
    kept, paths = [], set()
    for dependency in found:
        if dependency["path"] not in paths:
            paths.add(dependency["path"])
            kept.append(dependency)
    return kept


def writes(script, views, bases, script_folder):
    """(names, outputs): the enabled Write nodes and their images as Farmhand output patterns."""
    names, outputs = [], []
    for node in script.nodes:
        if node.node_class not in WRITES or not enabled(node):
            continue
        written = node.text("file", "").strip()
        if not written:
            raise at_line(script.path, node.line, u"the %s '%s' has no file, so it cannot render: "
                                                  u"set its file, or disable it" %
                          (node.node_class, node.name))
        names.append(node.name)
        for view_written in _per_view(written, views):
            pattern = _output_pattern(script, node, view_written, bases, script_folder)
            if pattern not in outputs:
                outputs.append(pattern)
    if not names:
        raise in_file(script.path, u"no Write node renders (every one is disabled, or there is "
                                   u"none): add a Write node, or enable one")
    return names, outputs


def _output_pattern(script, node, written, bases, script_folder):
    text = file_sequences.hashes(script_expressions(written, script_folder).replace("\\", "/"))
    if not os.path.isabs(text) and not is_windows_path(text):
        return os.path.normpath(text).replace("\\", "/")
    for base in bases:
        folder = base.rstrip("/") + "/"
        if text.startswith(folder):
            return text[len(folder):]
    script.warnings.append(u"line %d: %s writes to %s, outside the script's folder; its images "
                           u"are named by the file name alone in the job's output folder"
                           % (node.line, node.name, written))
    return text.rsplit("/", 1)[-1]


def _files(written, frames, bases, script_folder, node):
    evaluated = script_expressions(written, script_folder)
    shown = _relative(written, evaluated, script_folder)
    if "[" in evaluated:
        location = locate(evaluated, bases, lambda path: False)
        return [_dependency(location.path, shown, True, u"%s holds a TCL expression, which "
                            u"Farmhand does not run: write the path without it" % written, node)]
    if not file_sequences.has_frame_token(evaluated):
        location = locate(evaluated, bases)
        return [_dependency(location.path, shown, not location.found, location.note, node)]
    first, last = frames
    location = locate(evaluated, bases, lambda pattern: any(
        os.path.isfile(file_sequences.frame_file(pattern, f)) for f in range(first, last + 1)))
    if not location.found:
        note = location.note or u"no frame of %s (%d-%d) is on disk" % (location.path, first, last)
        return [_dependency(location.path, shown, True, note, node)]
    folder = shown[:max(shown.rfind("/"), shown.rfind("\\")) + 1]
    found = []
    for frame in range(first, last + 1):
        path = file_sequences.frame_file(location.path, frame)
        missing = not os.path.isfile(path)
        note = u"frame %d of %s is not on disk" % (frame, node.name) if missing else location.note
        found.append(_dependency(path, folder + os.path.basename(path), missing, note, node))
    return found


def _relative(written, evaluated, script_folder):
    """The path as the script writes it; an expression naming the script's folder made relative."""
    if evaluated == written:
        return written
    folder = script_folder.replace("\\", "/").rstrip("/") + "/"
    return evaluated[len(folder):] if evaluated.startswith(folder) else evaluated


def _frames(script, node, frames):
    first = node.knobs.get("first")
    last = node.knobs.get("last")
    if first is None or last is None:
        return frames
    try:
        range_ = (int(first.text()), int(last.text()))
    except ValueError:
        raise at_line(script.path, first.line, u"%s's first and last ('%s', '%s') are not whole "
                                               u"frames: set its frame range" %
                      (node.name, first.text(), last.text()))
    if range_[1] < range_[0]:
        raise at_line(script.path, last.line, u"%s's last frame %d comes before its first frame "
                                              u"%d: set its frame range" %
                      (node.name, range_[1], range_[0]))
    return range_


def _per_view(written, views):
    if not _VIEWS.search(written):
        return [written]
    return [_VIEWS.sub(lambda m: view if m.group(0) == "%V" else view[:1], written)
            for view in views]


def _on(node, knob_name):
    knob = node.knobs.get(knob_name)
    return knob is not None and not knob.is_expression() and knob.text().lower() in _TRUE


def _dependency(path, relative, missing, note, node):
    dependency = {"path": path, "relative": relative, "missing": missing, "node": node.name}
    if note:
        dependency["note"] = note
    return dependency
