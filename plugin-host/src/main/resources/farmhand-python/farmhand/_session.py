"""Where connect() and read_scene() are served: the session the host installed, or one of this
process's environment when the module is used elsewhere (a plugin, an embedding)."""
import sys

from dev.farmhand.core.client import ClientConfig as _ClientConfig
from dev.farmhand.host.scripting import PythonCallbacks as _PythonCallbacks
from dev.farmhand.host.scripting import ScriptSession as _ScriptSession

_current = [None]


def _use_session(session):
    """Called by the host (FarmhandModule.install) with the session of this interpreter."""
    _current[0] = session


def current():
    if _current[0] is None:
        notices = _PythonCallbacks.bind(
            lambda notice: sys.stderr.write("farmhand: %s\n" % notice), "notice printer")
        _current[0] = _ScriptSession.fromEnvironment(_ClientConfig.Flags.NONE, notices)
    return _current[0]
