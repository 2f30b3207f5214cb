# Points a .blend's outside files at the copies sent with the job. Run by Blender on the farm after
# it loads the scene and before it renders; WORKSPACE (the job's workspace, absolute) is set by the
# lines the farm puts before this script.
#
# The artist's machine sends every file the scene reads; one outside the scene's folder lands in the
# workspace under external/ with its full path (external/home/ana/textures/wood.png), one written as a
# Windows path where the scene writes it. Blender would still look at the path the scene wrote:
# missing on a remote farm (Blender paints a missing texture magenta and carries on), or a file
# that may have changed since the job was sent. So every path that leads outside the workspace is
# pointed at the job's own copy: the workspace file whose path ends with the longest run of the
# path's last parts that names exactly one file (or folder, for image strips and UDIM tiles).
# Each change, and each outside path the job has no copy of, is printed to the task's log.
import os
import posixpath
import re

import bpy

_MARK = "farmhand:"
_WINDOWS = re.compile(r"^([A-Za-z]:[\\/]|\\\\)")


def _index(root):
    """Every file and folder under root, by each tail of its path: 'a/b/c.png' is found under
    'c.png', 'b/c.png' and 'a/b/c.png'."""
    files, folders = {}, {}
    for here, dirs, names in os.walk(root):
        rel = os.path.relpath(here, root).replace(os.sep, "/")
        if rel != ".":
            _add(folders, rel)
        for name in names:
            _add(files, name if rel == "." else rel + "/" + name)
    return files, folders


def _add(index, rel):
    parts = rel.split("/")
    for start in range(len(parts)):
        index.setdefault("/".join(parts[start:]), set()).add(rel)


def _parts(raw):
    """The path's parts as the scene wrote it, without roots, drives' colons kept as a part, and
    without '.' and '..' (a //../shared/x.png keeps shared and x.png)."""
    text = raw.replace("\\", "/")
    if text.startswith("//") and not raw.startswith("\\\\"):
        text = posixpath.normpath(text[2:])
    return [p for p in text.split("/") if p not in ("", ".", "..")]


def _find(index, parts):
    for start in range(len(parts)):
        found = index.get("/".join(parts[start:]))
        if found is not None:
            return sorted(found)[0] if len(found) == 1 else None
    return None


class Remapper(object):
    def __init__(self, workspace):
        self.workspace = os.path.realpath(workspace)
        self.index = None  # (files, folders), made at the first outside path
        self.changed = 0
        self.outside = 0

    def inside(self, path):
        if _WINDOWS.match(path):
            return False
        real = os.path.realpath(path)
        return real == self.workspace or real.startswith(self.workspace + os.sep)

    def target(self, raw, folder=False):
        """The workspace copy for a path the scene wrote that leads outside the workspace; None
        when it stays inside or the job has no copy."""
        if not raw or raw.startswith("<") or self.inside(bpy.path.abspath(raw)):
            return None
        parts = _parts(raw)
        if not parts:
            return None
        if self.index is None:
            self.index = _index(self.workspace)
        files, folders = self.index
        found = _find(folders if folder else files, parts)
        if found is None and not folder:
            # A UDIM (<UDIM>, 1001) or numbered image: its folder is what the job holds.
            home = _find(folders, parts[:-1])
            if home is not None and (
                "<" in parts[-1] or os.path.isfile(os.path.join(self.workspace, home, parts[-1]))
            ):
                found = home + "/" + parts[-1]
        if found is None:
            self.outside += 1
            print("%s outside the job's files, not sent with it: %r" % (_MARK, raw))
            return None
        return os.path.join(self.workspace, *found.split("/"))

    def remap(self, what, block, attribute, folder=False):
        raw = getattr(block, attribute)
        new = self.target(raw, folder)
        if new is None:
            return False
        if folder and not new.endswith(os.sep):
            new += os.sep
        setattr(block, attribute, new)
        self.changed += 1
        print("%s %s %r: %r -> %r" % (_MARK, what, block.name, raw, new))
        return True


def _own(block):
    """Whether the scene itself holds the path: not linked from a library, not packed."""
    return getattr(block, "library", None) is None and not getattr(block, "packed_file", None)


def remap_all(workspace):
    remapper = Remapper(workspace)
    for library in bpy.data.libraries:
        if remapper.remap("library", library, "filepath"):
            library.reload()
    for image in bpy.data.images:
        if _own(image) and image.source in {"FILE", "SEQUENCE", "MOVIE", "TILED"}:
            remapper.remap("image", image, "filepath")
    for collection, what in (
        (bpy.data.movieclips, "movie clip"),
        (bpy.data.sounds, "sound"),
        (bpy.data.fonts, "font"),
        (bpy.data.volumes, "volume"),
        (bpy.data.cache_files, "cache file"),
    ):
        for block in collection:
            if _own(block):
                remapper.remap(what, block, "filepath")
    for scene in bpy.data.scenes:
        editor = scene.sequence_editor
        if editor is None or scene.library is not None:
            continue
        # Blender 4.4 renamed sequences_all to strips_all.
        strips = getattr(editor, "strips_all", None)
        for strip in strips if strips is not None else editor.sequences_all:
            if strip.type == "IMAGE":
                remapper.remap("image strip", strip, "directory", folder=True)
            elif strip.type == "MOVIE":
                remapper.remap("movie strip", strip, "filepath")
    print(
        "%s %d outside path(s) pointed at the job's copies, %d not sent with the job"
        % (_MARK, remapper.changed, remapper.outside)
    )


remap_all(WORKSPACE)  # noqa: F821 (set by the farm)
