"""The files a .blend reads, from the paths scene_report.py listed, as the host's dependencies.

Each path Blender lists becomes one or more files: a UDIM image its tiles, an image or clip
sequence the numbered files beside it, an image strip its images, a baked cache folder the files in
it. A path is kept relative to the scene's folder when it lies inside it (textures/crate.png), and
absolute otherwise, where the host puts it under external/.

A Windows path (C:\\textures\\wood.png, \\\\server\\share\\wood.png) read on another system is
reported as foreign, mapped to where Blender here would look for it (/c/textures/wood.png, as
Blender maps drive letters; /server/share/wood.png), and missing unless a file is there; its
"relative" is the path as the scene writes it.
"""
import os
import posixpath
import re

from java.lang import System

_WINDOWS_HOST = System.getProperty("os.name").lower().startswith("windows")
_DRIVE = re.compile(r"^([A-Za-z]):[\\/]")
_SHARE = re.compile(r"^\\\\([^\\/]+)[\\/]+([^\\/]+)")
_NUMBERED = re.compile(r"^(.*?)(\d+)(\D*)$")


def dependencies(files, scene):
    """(dependencies, warnings) for the report's files of the .blend at the absolute path scene.
    Each dependency is {"path", "relative", "missing", "kind"}, plus "foreign" for a Windows path;
    each file once, in order of "relative"."""
    folder = os.path.dirname(scene)
    warnings = []
    found = {}
    for entry in files:
        raw = entry["raw"]
        if not raw or raw == "<builtin>":
            continue
        place = None if _WINDOWS_HOST else windows_place(raw)
        if place is not None:
            mapped = _mapped(raw)
            dependency = {"path": mapped, "relative": raw, "missing": not os.path.isfile(mapped),
                          "kind": entry["kind"], "foreign": place}
            found.setdefault(dependency["path"], dependency)
            continue
        for path in _expand(entry, _absolute(entry["absolute"], folder), warnings):
            found.setdefault(path, _dependency(path, folder, entry["kind"]))
    return sorted(found.values(), key=lambda d: d["relative"]), warnings


def windows_place(raw):
    """Where a Windows path points ("a Windows drive (C:)"), or None for any other path."""
    drive = _DRIVE.match(raw)
    if drive:
        return "a Windows drive (%s:)" % drive.group(1).upper()
    share = _SHARE.match(raw)
    if share:
        return "a Windows network share (\\\\%s\\%s)" % (share.group(1), share.group(2))
    return None


def _mapped(raw):
    """Where Blender on this system would look for a Windows path."""
    drive = _DRIVE.match(raw)
    if drive:
        rest = raw[len(drive.group(0)):]
        return posixpath.normpath("/" + drive.group(1).lower() + "/" + rest.replace("\\", "/"))
    return posixpath.normpath("/" + raw.replace("\\", "/").lstrip("/"))


def _absolute(path, folder):
    if os.sep == "/":
        path = path.replace("\\", "/")
    if not os.path.isabs(path):
        # Blender reads a path that is neither absolute nor //-relative from its working folder,
        # which the plugin sets to the scene's folder.
        path = os.path.join(folder, path)
    return os.path.normpath(path)


def _expand(entry, path, warnings):
    kind = entry["kind"]
    if kind == "udim":
        return [_tile(path, number) for number in entry.get("tiles", [])] or [path]
    if kind == "sequence":
        return _numbered_siblings(path)
    if kind == "strip":
        return [os.path.join(os.path.dirname(path), name) for name in entry.get("names", [])]
    if kind == "cache folder":
        if os.path.isdir(path):
            return _files_under(path)
        warnings.append("the cache folder %s does not exist: the cache is not baked, so Blender "
                        "on the farm simulates it, or renders without it" % path)
        return []
    return [path]


def _tile(path, number):
    u, v = (number - 1001) % 10 + 1, (number - 1001) // 10 + 1
    return path.replace("<UDIM>", str(number)).replace("<UVTILE>", "u%d_v%d" % (u, v))


def _numbered_siblings(path):
    """The files beside path named as it is but for the number: f_0001.png, f_0002.png..."""
    folder, name = os.path.split(path)
    numbered = _NUMBERED.match(name)
    if not numbered or not os.path.isdir(folder):
        return [path]
    pattern = re.compile(re.escape(numbered.group(1)) + r"\d+" + re.escape(numbered.group(3)) + "$")
    siblings = sorted(os.path.join(folder, other) for other in os.listdir(folder)
                      if pattern.match(other) and os.path.isfile(os.path.join(folder, other)))
    return siblings or [path]


def _files_under(folder):
    files = []
    for top, _, names in os.walk(folder):
        files.extend(os.path.join(top, name) for name in names)
    return sorted(files)


def _dependency(path, folder, kind):
    try:
        relative = os.path.relpath(path, folder)
    except ValueError:  # on Windows, another drive than the scene's
        relative = os.pardir
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        relative = path
    else:
        relative = relative.replace(os.sep, "/")
    return {"path": path, "relative": relative, "missing": not os.path.isfile(path), "kind": kind}
