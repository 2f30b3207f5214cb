"""A farm: its jobs, submits, controls on many jobs at once, and its events."""
from dev.farmhand.host.scripting import PythonCallbacks as _PythonCallbacks

from farmhand import _session
from farmhand._errors import call
from farmhand._job import _WIRE, Job, status_names
from farmhand._records import Event, Outcome, Record, Scene


def connect(profile=None, farm=None, key=None):
    """A Farm, its key checked. What is not given comes, first found, from the command's
    --farm/--key/--profile (under farmhand script), FARMHAND_FARM and FARMHAND_KEY, then the
    profile stored by farmhand login. Raises NotAllowed for a key the farm does not know, and
    FarmError when no farm or key is found (saying where to give one)."""
    return Farm(call(_session.current().connect, profile, farm, key))


def read_scene(path):
    """What the scene's plugin reads in it (a Scene: frames, resolution, width, height, cameras,
    layers, renderer, outputs, dependencies); raises PluginError when the plugin refuses it."""
    return Scene(call(_session.current().readScene, path))


def _ids(jobs):
    """One job or many (ids or Jobs) as a list of ids."""
    if isinstance(jobs, (basestring, Job)):
        jobs = [jobs]
    return [job.id if isinstance(job, Job) else job for job in jobs]


class Farm(object):
    """A connection to a farm with one key: url, and who the key is (account, user, role).

    Controls on many jobs (hold, unhold, approve, kill, retry, retry_fails, complete, reviewed,
    retry_sync, set_priority) take ids or Jobs and return an Outcome per job, in order: done, or
    refused with the reason; they raise only when the key may not use the control at all.
    Close it when done (or use it in a with block); under farmhand script it is closed when the
    script ends.
    """

    def __init__(self, java):
        self._java = java
        self._me = Record(call(java.me))

    url = property(lambda self: self._java.url())
    account = property(lambda self: self._me.account)
    user = property(lambda self: self._me.user)
    role = property(lambda self: self._me.role)

    def jobs(self, status=None):
        """The account's jobs, newest first; status ('failed', 'failed,preempted' or a list)
        keeps only those."""
        return [Job(self, data) for data in call(self._java.jobs, status_names(status))]

    def job(self, job_id):
        """One job with its statistics; NotFound when the account has no such job."""
        return Job(self, call(self._java.job, job_id))

    def submit(self, scene, frames=None, chunk=None, scouts=None, priority=None,
               preemptible=None, retries_preempted=None, retries_failed=None, output=None,
               title=None, without_missing=False):
        """Reads the scene through the plugin for its file ending, uploads what the farm lacks,
        makes the job and returns it. Unset options keep the scene's value or the default:
        frames ('1-100x2'), chunk (frames per task), scouts ('auto:3', '1,50,100'), priority
        (0-100), preemptible, retries_preempted, retries_failed, output (where the frames go
        here), title. Missing dependencies raise MissingDependencies unless without_missing."""
        options = {"frames": _text(frames), "chunk": chunk, "scouts": _text(scouts),
                   "priority": priority, "preemptible": preemptible,
                   "retries_preempted": retries_preempted, "retries_failed": retries_failed,
                   "output": output, "title": title, "without_missing": bool(without_missing)}
        return Job(self, call(self._java.submitScene, scene, options))

    def submit_spec(self, spec):
        """Submits a job described by a dict: scene (the file here), renderer, frames, and
        optionally files ({workspace path: file here}), scene_path, title, chunk, scouts,
        priority, preemptible, retries_preempted, retries_failed, output_dir, output_pattern,
        metadata. Every fault is named at once (ValueError) before anything is sent."""
        return Job(self, call(self._java.submitSpec, spec))

    def hold(self, jobs):
        return self._each("hold", jobs)

    def unhold(self, jobs):
        return self._each("unhold", jobs)

    approve = unhold

    def retry(self, jobs):
        return self._each("retry", jobs)

    def retry_fails(self, jobs):
        return self._each("retry_fails", jobs)

    def complete(self, jobs):
        return self._each("complete", jobs)

    def reviewed(self, jobs):
        return self._each("reviewed", jobs)

    def retry_sync(self, jobs):
        return self._each("retry_sync", jobs)

    def set_priority(self, priority, jobs):
        return self._each("set_priority", jobs, int(priority))

    def kill(self, jobs, hold_first=False):
        if hold_first:
            return [Outcome(r) for r in call(self._java.holdAndKill, _ids(jobs))]
        return self._each("kill", jobs)

    def on_event(self, callback, job=None):
        """Calls callback(event) for each of the account's events from now on (only the job's,
        when given), once each, in order, one at a time, on a thread of its own. An Event has
        seq, time, type, job_id, job_status, task_id, task_status, output. A callback that
        raises has its traceback printed and gets the next event. Returns a Subscription;
        close() it to stop."""
        if not callable(callback):
            raise TypeError("on_event needs a function to call with each event, not %r"
                            % (callback,))
        deliver = _PythonCallbacks.bind(lambda data: callback(Event(data)), "on_event callback")
        job_id = _ids(job)[0] if job is not None else None
        return Subscription(call(self._java.onEvent, deliver, job_id))

    def close(self):
        """Stops its subscriptions and lets the connection go."""
        call(self._java.close)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _each(self, control, jobs, priority=None):
        ids = _ids(jobs)
        results = call(self._java.actOnEach, _WIRE.get(control, control), ids, priority)
        return [Outcome(r) for r in results]

    def __repr__(self):
        return "Farm(%s as %s of %s)" % (self.url, self.user, self.account)


class Subscription(object):
    """The events going to an on_event callback; close() stops them (also at the end of a with
    block)."""

    def __init__(self, feed):
        self._feed = feed

    def close(self):
        call(self._feed.close)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _text(value):
    return None if value is None else str(value)
