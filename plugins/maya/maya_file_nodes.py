"""The files a Maya scene reads: its references and the nodes that name files.

Which attribute of which node type names a file is data, in FILE_ATTRIBUTES: add a row for a
node type Farmhand does not know yet. Each row: the node type, the attribute's names (short and
long, as a .ma may write either), and the attribute that turns on an image sequence, if the type
has one (with it on, the last number in the file name is the frame).

Paths are resolved by path_mapping.locate against the bases (the project root first); sequences
(<UDIM>, <f>, ####...) become the files on disk, or one missing entry when none is there.
Referenced Maya ASCII scenes are read too, for the files they name in turn.
"""
import os
import re

import file_sequences
import maya_ascii
import maya_scene
from path_mapping import locate
from scene_error import SceneError, at_line

FILE_ATTRIBUTES = [
    # node type        file attribute names              image sequence switch
    ("file",           ("ftn", "fileTextureName"),       ("ufe", "useFrameExtension")),
    ("psdFileTex",     ("ftn", "fileTextureName"),       ("ufe", "useFrameExtension")),
    ("movie",          ("ftn", "fileTextureName"),       ()),
    ("imagePlane",     ("imn", "imageName"),             ("ufe", "useFrameExtension")),
    ("audio",          ("f", "filename"),                ()),
    ("AlembicNode",    ("fn", "abc_File"),               ()),
    ("gpuCache",       ("cfn", "cacheFileName"),         ()),
    ("aiImage",        ("filename",),                    ()),
    ("aiStandIn",      ("dso",),                         ()),
    ("aiVolume",       ("filename",),                    ()),
]
NODE_TYPES = frozenset([row[0] for row in FILE_ATTRIBUTES] + ["camera", "renderLayer"])
_LAST_NUMBER = re.compile(r"(\d+)(?=\D*$)")


def dependencies(scene, bases, warnings, seen=None):
    """The scene's files as dependency dicts, each file once, in the order the scene names them."""
    seen = seen if seen is not None else set([os.path.abspath(scene.path)])
    found = []
    for reference in loaded_references(scene, warnings):
        found.extend(_reference(scene, reference, bases, warnings, seen))
    rows = dict((row[0], row) for row in FILE_ATTRIBUTES)
    for node in scene.nodes:
        row = rows.get(node.type)
        if row is None:
            continue
        attribute = node.attribute(row[1])
        written = maya_scene.text(attribute)
        if not written:
            continue
        if row[2] and maya_scene.boolean(scene, node.attribute(row[2]), False):
            written = _as_sequence(written)
        found.extend(files(written, bases, "%s.%s" % (node.name, attribute.name)))
    return _once(found)


def files(written, bases, node):
    """Dependency dicts for one path as written: one per file of a sequence."""
    sequence = file_sequences.has_tokens(written)
    exists = (lambda path: bool(file_sequences.expand(path))) if sequence else os.path.isfile
    location = locate(written, bases, exists, project_marker=True)
    if not sequence:
        return [_dependency(location.path, written, not location.found, location.note, node)]
    matches = file_sequences.expand(location.path) if location.found else []
    if not matches:
        note = location.note or u"no file on disk matches %s" % location.path
        return [_dependency(location.path, written, True, note, node)]
    folder = written[:max(written.rfind("/"), written.rfind("\\")) + 1]
    return [_dependency(path, folder + os.path.basename(path), False, location.note, node)
            for path in matches]


def loaded_references(scene, warnings):
    """The references that load when the scene opens.

    Maya writes each reference twice: a depth-info line (file -rdi), which says whether it loads
    (-dr 1: it stays unloaded), and a file -r line, which always says -dr 1 because Maya loads
    references after reading the file, as the depth-info lines say. Scenes without depth-info
    lines (older Maya) say it on the file -r line.
    """
    depth_info = dict((r.node, r) for r in scene.references if r.depth_info and r.node)
    loaded = []
    for reference in scene.references:
        decider = depth_info.get(reference.node, reference) if not reference.depth_info \
            else reference
        if not decider.deferred:
            loaded.append(reference)
        elif reference is decider:
            warnings.append(u"line %d: the reference %s is unloaded, so it is not sent: load it "
                            u"in the Reference Editor if the render needs it"
                            % (reference.line, reference.written))
    return loaded


def _reference(scene, reference, bases, warnings, seen):
    found = files(reference.written, bases, "reference")
    location = found[0]
    if location["missing"] or location["path"] in seen:
        return found
    seen.add(location["path"])
    kind = reference.file_type or ""
    if kind == "mayaAscii" or (not kind and location["path"].lower().endswith(".ma")):
        try:
            text, read_warnings = maya_ascii.read_text(location["path"])
            warnings.extend(read_warnings)
            child = maya_scene.parse(location["path"], text, NODE_TYPES)
            found.extend(dependencies(child, bases, warnings, seen))
        except SceneError as e:
            raise at_line(scene.path, reference.line,
                          u"the referenced scene cannot be read: %s" % e.args[0])
    elif kind == "mayaBinary" or location["path"].lower().endswith(".mb"):
        warnings.append(u"line %d: the referenced scene %s is Maya binary, so the files it uses "
                        u"are not listed: save it as Maya ASCII" % (reference.line,
                                                                    location["path"]))
    return found


def _as_sequence(written):
    """With the image sequence switch on, the last number in the file name is the frame."""
    cut = max(written.rfind("/"), written.rfind("\\")) + 1
    folder, name = written[:cut], written[cut:]
    if file_sequences.has_tokens(name):
        return written
    return folder + _LAST_NUMBER.sub("<f>", name, count=1)


def _dependency(path, relative, missing, note, node):
    dependency = {"path": path, "relative": relative, "missing": missing, "node": node}
    if note:
        dependency["note"] = note
    return dependency


def _once(found):
    kept = []
    paths = set()
    for dependency in found:
        if dependency["path"] not in paths:
            paths.add(dependency["path"])
            kept.append(dependency)
    return kept
