"""Farmhand from Python: a render farm's jobs from a script, on Jython inside Farmhand.

    import farmhand

    farm = farmhand.connect()                  # the command's flags, FARMHAND_*, the profile
    job = farm.submit("shot.fhscene", scouts="auto:3")
    job.wait("holding")
    job.download()                             # the scout frames, verified
    job.approve()
    job.wait("success")
    print(job.download().folder)

Run a script with: farmhand script FILE.py [ARG...]. See docs/scripting.md for the whole API.
Errors are Python exceptions with the farm's or the client's message: FarmError, and its kinds
NotFound, NotAllowed, Refused, TimedOut, MissingDependencies and PluginError; bad arguments are
ValueErrors.
"""
from farmhand._errors import (FarmError, MissingDependencies, NotAllowed, NotFound, PluginError,
                              Refused, TimedOut)
from farmhand._farm import Farm, Subscription, connect, read_scene
from farmhand._job import Job, label
from farmhand._records import Download, Event, Outcome, Output, Scene, Task
from farmhand._session import _use_session

__all__ = ["connect", "read_scene", "label", "Farm", "Job", "Subscription", "Task", "Output",
           "Event", "Outcome", "Download", "Scene", "FarmError", "NotFound", "NotAllowed",
           "Refused", "TimedOut", "MissingDependencies", "PluginError"]
