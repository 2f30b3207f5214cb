"""The one exception the Blender plugin raises for a scene it cannot read."""


class SceneError(Exception):
    """A scene this plugin cannot read, or cannot read here; the message names the file, the fault
    and what to do about it. The host treats it as bad input, not as a fault of the plugin."""
