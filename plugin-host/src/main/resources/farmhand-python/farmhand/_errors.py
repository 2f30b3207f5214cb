"""The exceptions of the farmhand module, and how the client's Java exceptions become them.

Every call into the client goes through call(), so a script sees a Python exception with the
client's own message (which names the thing and what to do), never a Java stack trace.
"""
from java.lang import Exception as _JavaException
from java.io import IOException as _IOException
from java.lang import IllegalArgumentException as _IllegalArgument
from dev.farmhand.core.client import ConfigException as _ConfigException
from dev.farmhand.core.client import ControlRefusedException as _ControlRefused
from dev.farmhand.core.client import FarmException as _FarmException
from dev.farmhand.core.client import NotAllowedException as _NotAllowed
from dev.farmhand.core.client import NotAuthenticatedException as _NotAuthenticated
from dev.farmhand.core.client import NotFoundException as _NotFound
from dev.farmhand.core.client import RefusedException as _Refused
from dev.farmhand.core.sync import MissingDependenciesException as _MissingDependencies
from dev.farmhand.host.plugins import PluginException as _PluginException
from dev.farmhand.host.scripting import ScriptValues as _ScriptValues
from org.python.core import Py as _Py


class FarmError(Exception):
    """What the farm or the client could not do; the message says what and what to do next.

    code is the farm's error code (such as 'control_refused'), or None when the farm gave none.
    """

    def __init__(self, message, code=None):
        Exception.__init__(self, message)
        self.code = code


class NotFound(FarmError):
    """No such job (or task, or output) in the key's account."""


class NotAllowed(FarmError):
    """The key is not known to the farm, or may not do this (Set Priority needs an admin key)."""


class Refused(FarmError):
    """The farm refused: a control that does not apply to the job's status, with the reason.

    job_id, control and status (the job's status then, a wire name) are set when the farm said.
    """

    def __init__(self, message, code=None, job_id=None, control=None, status=None):
        FarmError.__init__(self, message, code)
        self.job_id = job_id
        self.control = control
        self.status = status


class TimedOut(FarmError):
    """A wait ran out of time; status is the job's status then (a wire name)."""

    def __init__(self, message, job_id, status):
        FarmError.__init__(self, message)
        self.job_id = job_id
        self.status = status


class MissingDependencies(FarmError):
    """Files the scene needs are not on this machine; missing lists them. Nothing was sent."""

    def __init__(self, message, missing):
        FarmError.__init__(self, message)
        self.missing = missing


class PluginError(FarmError):
    """The scene's plugin failed or refused the scene; the message ends with its traceback."""

    def __init__(self, message, plugin):
        FarmError.__init__(self, message)
        self.plugin = plugin


def call(function, *args):
    """Calls the client and answers in Python's own values (dicts, lists, str, int); its
    exceptions come out as the module's, with the same message. The thread keeps this
    interpreter's sys whatever the call does (reading a scene starts a plugin's own)."""
    state = _Py.getSystemState()
    try:
        return _ScriptValues.toPython(function(*args))
    except _JavaException, e:
        raise translate(e)
    finally:
        _Py.setSystemState(state)


def translate(e):
    """The Python exception for a Java one thrown by the client."""
    message = e.getMessage()
    if not message:
        message = e.getClass().getName()
    code = e.code().wireName() if isinstance(e, _FarmException) else None
    if isinstance(e, _NotFound):
        return NotFound(message, code)
    if isinstance(e, (_NotAllowed, _NotAuthenticated)):
        return NotAllowed(message, code)
    if isinstance(e, _ControlRefused):
        status = e.jobStatus().orElse(None)
        return Refused(message, code, e.jobId(), e.control().wireName(),
                       status.wireName() if status is not None else None)
    if isinstance(e, _Refused):
        return Refused(message, code)
    if isinstance(e, _MissingDependencies):
        return MissingDependencies(message, [str(m.dependency().file()) for m in e.missing()])
    if isinstance(e, _PluginException):
        return PluginError(message, e.plugin())
    if isinstance(e, _IllegalArgument):
        return ValueError(message)
    if isinstance(e, (_IOException, _ConfigException)):
        return FarmError(message, code)
    if e.getMessage():
        return FarmError("%s: %s" % (e.getClass().getName(), message))
    return FarmError(message)
