"""File sequences: file names with a frame or tile token, matched against the files on disk.

Tokens are looked for in the file name only, never in folder names:

    <UDIM>, <udim>   a UDIM tile: four digits, 1001 and up (Mari, Maya, Arnold)
    <UVTILE>         a Mudbox tile: _u1_v1
    u<U>_v<V>        a ZBrush tile: u0_v0
    <f>              a frame number, with any padding (Maya)
    ####             a frame number, padded with zeros to as many digits as there are #
    %04d, %d         the same, written printf style (Nuke)

Shared by the plugins that read text scenes: it lives in the plugins' lib folder, on every
plugin's sys.path after the plugin's own folder.
"""
import os
import re

_TOKEN = re.compile(r"<udim>|<uvtile>|<u>|<v>|<f>|#+|%0?(\d*)d", re.IGNORECASE)
_FRAME_TOKEN = re.compile(r"<f>|#+|%0?\d*d", re.IGNORECASE)


def has_tokens(path):
    """Whether the file name stands for several files."""
    return _TOKEN.search(os.path.basename(path)) is not None


def has_frame_token(path):
    """Whether the file name holds a frame number token (####, %04d or <f>)."""
    return _FRAME_TOKEN.search(os.path.basename(path)) is not None


def expand(path):
    """The files on disk the path stands for, sorted; [] when none is there.

    A path without tokens stands for itself.
    """
    folder, name = os.path.split(path)
    if not has_tokens(name):
        return [path] if os.path.isfile(path) else []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    pattern = _name_pattern(name)
    return [os.path.join(folder, n) for n in sorted(names)
            if pattern.match(n) and os.path.isfile(os.path.join(folder, n))]


def frame_file(path, frame):
    """The path of one frame: each frame token in the file name replaced by the frame number."""
    folder, name = os.path.split(path)

    def number(match):
        token = match.group(0)
        if token.startswith("#"):
            return "%0*d" % (len(token), frame)
        if token.startswith("%"):
            width = re.match(r"%0?(\d*)d", token).group(1)
            return "%0*d" % (int(width or "1"), frame)
        return "%d" % frame

    return os.path.join(folder, _FRAME_TOKEN.sub(number, name))


def hashes(path):
    """The path with each printf-style frame token written as #### (Farmhand's output patterns)."""
    folder, name = os.path.split(path)

    def as_hashes(match):
        token = match.group(0)
        if token.startswith("%"):
            width = re.match(r"%0?(\d*)d", token).group(1)
            return "#" * int(width or "1")
        return token

    return os.path.join(folder, _FRAME_TOKEN.sub(as_hashes, name))


def _name_pattern(name):
    parts = []
    last = 0
    for match in _TOKEN.finditer(name):
        parts.append(re.escape(name[last:match.start()]))
        parts.append(_token_pattern(match))
        last = match.end()
    parts.append(re.escape(name[last:]))
    return re.compile("".join(parts) + r"\Z")


def _token_pattern(match):
    token = match.group(0).lower()
    if token == "<udim>":
        return r"[1-9]\d{3}"
    if token == "<uvtile>":
        return r"_u\d+_v\d+"
    if token in ("<u>", "<v>"):
        return r"\d+"
    if token == "<f>":
        return r"-?\d+"
    if token.startswith("#"):
        return r"-?\d{%d,}" % len(token)
    width = match.group(1)
    return r"-?\d{%d,}" % int(width) if width else r"-?\d+"
