"""SceneError: a scene the plugin cannot read.

The host shows the message as it is, so it names the file, the line where one applies, what is
wrong and what to do about it. Shared by the plugins that read text scenes: it lives in the plugins'
lib folder, on every plugin's sys.path after the plugin's own folder.
"""


class SceneError(Exception):
    """A scene this plugin cannot read; the message names the file, the line and the fix."""


def at_line(path, line, message):
    """A SceneError about one line of the scene: 'PATH: line N: MESSAGE'."""
    return SceneError(u"%s: line %d: %s" % (path, line, message))


def in_file(path, message):
    """A SceneError about the scene as a whole: 'PATH: MESSAGE'."""
    return SceneError(u"%s: %s" % (path, message))
