"""Sweet Home 3D's own Java classes, wherever the plugin runs.

Inside Sweet Home 3D (the Farmhand plugin jar starts the host there) its classes are already
loaded, and are used as they are. Anywhere else (farmhand submit) they are loaded from its jar:
$FARMHAND_SWEETHOME3D_JAR when set, else Debian's /usr/share/sweethome3d/sweethome3d.jar. Reading
a home needs no display: only rendering does, and the farm renders.
"""
import os

from java.io import File
from java.lang import Class, ClassLoader, ClassNotFoundException, Thread
from java.net import URLClassLoader

from scene_error import SceneError

DEBIAN_JAR = "/usr/share/sweethome3d/sweethome3d.jar"
PACKAGE = "com.eteks.sweethome3d."

_jar_loader = None


def jar():
    """Where Sweet Home 3D's jar is looked for when it is not loaded already."""
    return os.environ.get("FARMHAND_SWEETHOME3D_JAR") or DEBIAN_JAR


def load(name, scene):
    """The class com.eteks.sweethome3d.NAME ("io.HomeFileRecorder"), as a Python type. Raises
    SceneError naming the scene and what to install when Sweet Home 3D is nowhere."""
    full = PACKAGE + name
    loader = Thread.currentThread().getContextClassLoader()
    if loader is not None:
        try:
            return Class.forName(full, True, loader)
        except ClassNotFoundException:
            pass
    return Class.forName(full, True, _from_jar(scene))


def _from_jar(scene):
    global _jar_loader
    if _jar_loader is None:
        path = jar()
        if not os.path.isfile(path):
            how = ("set FARMHAND_SWEETHOME3D_JAR to its sweethome3d.jar"
                   if os.environ.get("FARMHAND_SWEETHOME3D_JAR")
                   else "install it (Debian: apt-get install sweethome3d) or set "
                        "FARMHAND_SWEETHOME3D_JAR to its sweethome3d.jar")
            raise SceneError(u"%s: cannot be read: reading a .sh3d needs Sweet Home 3D, and its "
                             u"jar %s is not there: %s" % (scene, path, how))
        _jar_loader = URLClassLoader([File(path).toURI().toURL()],
                                     ClassLoader.getSystemClassLoader())
    return _jar_loader
