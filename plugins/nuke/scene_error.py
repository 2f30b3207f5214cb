"""SceneError: a scene the plugin cannot read.

The host shows the message as it is, so it names the file, the line where one applies, what is
wrong and what to do about it. This file is the same in every plugin that reads text scenes (each
plugin has its own interpreter and sees only its own folder); a test keeps the copies equal.
"""


class SceneError(Exception):
    """A scene this plugin cannot read; the message names the file, the line and the fix."""


def at_line(path, line, message):
    """A SceneError about one line of the scene: 'PATH: line N: MESSAGE'."""
    return SceneError(u"%s: line %d: %s" % (path, line, message))


def in_file(path, message):
    """A SceneError about the scene as a whole: 'PATH: MESSAGE'."""
    return SceneError(u"%s: %s" % (path, message))
