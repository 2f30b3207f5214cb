"""Where a file that a scene names is on this machine.

locate() takes the path as the scene writes it and answers with a Location: the absolute path
here, whether the file (or, for a sequence, at least one of its files) is there, and a note for
the user when the path had to be mapped or cannot be. The rules, in order:

1. $VAR and ${VAR} are replaced by the environment's values.
2. With project_marker (Maya), a '//' inside the path marks the project root, as Maya writes
   project-relative paths (C:/proj/shot//sourceimages/wood.png): the part after it is looked for
   under the project root, the first base.
3. A Windows path (C:\\..., C:/..., \\\\server\\share\\... or //server/share/...) is another
   machine's path. The file is looked for by the end of its path under each base: first its whole
   path without the drive or share, then with fewer leading folders, down to its last folder and
   name (never the name alone, which would be a guess, unless the path has no folder). Found: mapped there, with a note. Not
   found: missing, reported under the first base by its last folder and name (where putting the
   file makes the next read find it), with a note saying it is another system's path.
4. An absolute path is used as it is; if nothing is there, it is looked for by the end of its path
   as in 3, and stays missing where it was written when that finds nothing.
5. A relative path (its '\\' read as '/') is tried under each base in turn; found nowhere, it is
   reported missing under the first base.

Shared by the plugins that read text scenes: it lives in the plugins' lib folder, on every
plugin's sys.path after the plugin's own folder.
"""
import os
import re

_DRIVE = re.compile(r"^[A-Za-z]:")
_UNC = re.compile(r"^(?:\\\\|//)[^\\/]")
_UNC_ROOT = re.compile(r"^(?:\\\\|//)[^\\/]+[\\/]+[^\\/]+")
_VARIABLE = re.compile(r"\$\{?(\w+)")


class Location(object):
    """Where a file is here: path (absolute), found (bool) and note (text for the user, or None)."""

    def __init__(self, path, found, note=None):
        self.path = os.path.normpath(path)
        self.found = found
        self.note = note

    def __repr__(self):
        return "Location(%r, found=%r, note=%r)" % (self.path, self.found, self.note)


def is_windows_path(text):
    """Whether the path is a Windows one: a drive letter or a UNC share."""
    return bool(_DRIVE.match(text)) or bool(_UNC.match(text))


def locate(written, bases, exists=os.path.isfile, project_marker=False):
    """Where the file written as `written` is here.

    bases: absolute folders, in the order a relative path is tried under them; the first is where
    a file found nowhere is reported. exists: whether a candidate path is there (for a sequence,
    whether any of its files is). project_marker: whether '//' inside the path marks the project
    root (Maya).
    """
    text = os.path.expandvars(written)
    unset = _VARIABLE.search(text)
    if unset:
        path = text if os.path.isabs(text) else os.path.join(bases[0], text)
        return Location(path, False, u"%s uses $%s, which is not set here: set it, or write the "
                                     u"path without it" % (written, unset.group(1)))

    project_tail = _project_tail(text) if project_marker else None
    if project_tail is not None:
        candidate = os.path.join(bases[0], *project_tail)
        if exists(candidate):
            note = None
            if is_windows_path(text):
                note = u"%s is a Windows path from another machine; mapped to %s, under this " \
                       u"project" % (written, os.path.normpath(candidate))
            return Location(candidate, True, note)
        text = "//" + text[2:].replace("//", "/") if text.startswith("//") \
            else text.replace("//", "/")

    if is_windows_path(text):
        segments = _segments(text)
        mapped = _by_tail(segments, bases, exists)
        if mapped:
            return Location(mapped, True, u"%s is a Windows path from another machine; mapped to "
                                          u"%s, which ends the same way" % (written, mapped))
        expected = os.path.join(bases[0], *(project_tail or segments[-2:]))
        return Location(expected, False, u"%s is a Windows path from another machine, and no file "
                                         u"here ends the same way: put it at %s, or change "
                                         u"the path in the scene" % (written,
                                                                     os.path.normpath(expected)))

    if os.path.isabs(text):
        if exists(text):
            return Location(text, True)
        mapped = _by_tail(_segments(text), bases, exists)
        if mapped:
            return Location(mapped, True, u"%s is not on this machine; mapped to %s, which ends "
                                          u"the same way" % (written, mapped))
        return Location(text, False)

    relative = text.replace("\\", "/")
    for base in bases:
        candidate = os.path.join(base, relative)
        if exists(candidate):
            return Location(candidate, True)
    return Location(os.path.join(bases[0], relative), False)


def _project_tail(text):
    """The segments after a '//' inside the path (not a UNC share's leading one), or None."""
    start = 2 if text.startswith("//") else 0
    index = text.find("//", start)
    if index <= 0:
        return None
    tail = _split(text[index + 2:])
    return tail or None


def _segments(text):
    """The folders and name of an absolute path, without its drive, share or root."""
    unc = _UNC_ROOT.match(text)
    if unc:
        text = text[unc.end():]
    elif _DRIVE.match(text):
        text = text[2:]
    return _split(text)


def _split(text):
    return [part for part in re.split(r"[\\/]+", text) if part and part != "."]


def _by_tail(segments, bases, exists):
    """The first existing base/tail, longest tail first, down to the last folder and name."""
    shortest = min(2, len(segments))
    for count in range(len(segments), max(shortest, 1) - 1, -1):
        tail = segments[-count:]
        if ".." in tail:
            continue
        for base in bases:
            candidate = os.path.normpath(os.path.join(base, *tail))
            if exists(candidate):
                return candidate
    return None
