"""The models, textures and images a Sweet Home 3D home uses, and where each one is.

A home saved by Sweet Home 3D carries every model and texture inside its .sh3d, so it usually
needs no other file. Each content is one of:

    home         inside the .sh3d (Sweet Home 3D's HomeURLContent)
    application  in Sweet Home 3D's own catalog (ResourceURLContent): the farm's Sweet Home 3D has it
    file         a file on this machine (a file: URL, or an archive such as a .sh3f library that a
                 jar:file: URL points into): a dependency of the job
    elsewhere    any other URL (http:...), which the farm would have to fetch: a warning
"""
import os

from java.io import File
from java.net import URI


def contents(home, scene):
    """[{"kind", "of", "where", "url", "file"}] for every content the home uses; "file" is the
    file on this machine for where == "file", else None. The url of content inside the home is
    the scene's name and the entry: room.sh3d!/1."""
    found = _Found(os.path.basename(scene))
    for piece in _furniture(home.getFurniture()):
        name = piece.getName()
        for kind, content in (("model", piece.getModel()), ("icon", piece.getIcon()),
                              ("plan icon", _call(piece, "getPlanIcon"))):
            _add(found, kind, name, content)
        _add_texture(found, name, piece.getTexture())
        for material in _call(piece, "getModelMaterials") or []:
            if material is not None:
                _add_texture(found, "%s (%s)" % (name, material.getName()), material.getTexture())
    for index, wall in enumerate(home.getWalls()):
        name = "wall %d" % (index + 1)
        _add_texture(found, name + " left side", wall.getLeftSideTexture())
        _add_texture(found, name + " right side", wall.getRightSideTexture())
    for index, room in enumerate(home.getRooms()):
        name = room.getName() or "room %d" % (index + 1)
        _add_texture(found, name + " floor", room.getFloorTexture())
        _add_texture(found, name + " ceiling", room.getCeilingTexture())
    environment = home.getEnvironment()
    _add_texture(found, "ground", environment.getGroundTexture())
    _add_texture(found, "sky", environment.getSkyTexture())
    backgrounds = [("home", home.getBackgroundImage())]
    backgrounds += [("level " + level.getName(), level.getBackgroundImage())
                    for level in home.getLevels()]
    for owner, image in backgrounds:
        if image is not None:
            _add(found, "background image", owner, image.getImage())
    return found.entries


class _Found(object):
    """The entries found so far, each once."""

    def __init__(self, scene_name):
        self.scene_name = scene_name
        self.entries = []


def _furniture(pieces):
    for piece in pieces:
        inner = _call(piece, "getFurniture")  # a group of furniture
        if inner is not None:
            for member in _furniture(inner):
                yield member
        else:
            yield piece


def _add_texture(found, owner, texture):
    if texture is not None:
        _add(found, "texture", "%s: %s" % (owner, texture.getName()), texture.getImage())


def _add(found, kind, owner, content):
    if content is None:
        return
    where, url, path = _where(content)
    if where == "home":
        url = u"%s!/%s" % (found.scene_name, content.getJAREntryName())
    entry = {"kind": kind, "of": owner, "where": where, "url": url, "file": path}
    if entry not in found.entries:
        found.entries.append(entry)


def _where(content):
    kind = content.getClass().getName()
    url = content.getURL().toString() if hasattr(content, "getURL") else None
    if kind.endswith(".HomeURLContent"):
        return "home", url, None
    if kind.endswith(".ResourceURLContent"):
        return "application", url, None
    if url is None:
        return "elsewhere", kind, None
    target = url[len("jar:"):url.index("!/")] if url.startswith("jar:") and "!/" in url else url
    if target.startswith("file:"):
        return "file", url, File(URI(target)).getPath()
    return "elsewhere", url, None


def _call(target, method):
    function = getattr(target, method, None)
    return function() if function is not None else None


def dependencies(found, scene):
    """The files the home reads from outside its .sh3d, each once, as the host's dependencies."""
    folder = os.path.dirname(scene)
    files = []
    for entry in found:
        if entry["where"] != "file" or entry["file"] in [f["path"] for f in files]:
            continue
        path = entry["file"]
        relative = os.path.relpath(path, folder)
        if relative == os.pardir or relative.startswith(os.pardir + os.sep):
            relative = path
        files.append({"path": path, "relative": relative.replace(os.sep, "/"),
                      "missing": not os.path.isfile(path), "kind": entry["kind"],
                      "of": entry["of"]})
    return files
