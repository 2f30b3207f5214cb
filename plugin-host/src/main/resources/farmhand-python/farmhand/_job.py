"""A job on the farm: its statistics as attributes, its controls as methods."""
from dev.farmhand.core.status import ControlTable as _ControlTable
from dev.farmhand.core.status import JobStatus as _JobStatus

from farmhand._errors import Refused, TimedOut, call
from farmhand._records import Download, Output, Task, local_time

# The controls by the name of their method; the farm's wire name where it differs.
_WIRE = {"retry_fails": "retry_all_fails"}
_METHOD = dict((wire, method) for method, wire in _WIRE.items())


def label(status):
    """A status's label as people read it: 'sync_pending' is 'Sync Pending'."""
    return call(_JobStatus.parse, status).label()


def status_names(statuses):
    """None, 'success', 'success,failed' or a list of them, as a list of names (None for none)."""
    if statuses is None:
        return None
    if isinstance(statuses, basestring):
        statuses = statuses.split(",")
    names = [status.strip() for status in statuses if status.strip()]
    return names or None


class Job(object):
    """One job as the farm last reported it (refresh() reads it again).

    Attributes: id, title, status (a wire name: 'holding'), status_label ('Holding'), priority,
    frames (the spec), chunk, scouts, renderer, scene, user, output_dir, output_pattern, metadata,
    submitted_at, started_at, finished_at (datetimes in local time, or None), and the statistics
    frames_total, frames_done, frames_failed, frames_running, frames_holding, frames_pending,
    render_seconds, elapsed_seconds, eta_seconds; controls lists the methods that apply now.
    data is the job as the farm's JSON has it.

    Each control applies to this job and returns its status after; a control the job's status
    does not allow raises Refused with the farm's reason.
    """

    def __init__(self, farm, data):
        self._farm = farm
        self.data = data

    def _field(name):
        return property(lambda self: self.data.get(name))

    def _stat(name):
        return property(lambda self: self.data["stats"].get(name))

    def _time(name):
        return property(lambda self: local_time(self.data.get(name)))

    id = _field("id")
    title = _field("title")
    status = _field("status")
    priority = _field("priority")
    frames = _field("frames")
    chunk = _field("chunk")
    scouts = _field("scouts")
    renderer = _field("renderer")
    scene = _field("scene")
    user = _field("user")
    output_dir = _field("output_dir")
    output_pattern = _field("output_pattern")
    metadata = _field("metadata")
    submitted_at = _time("submitted_at")
    started_at = _time("started_at")
    finished_at = _time("finished_at")
    frames_total = _stat("frames_total")
    frames_done = _stat("frames_done")
    frames_failed = _stat("frames_failed")
    frames_running = _stat("frames_running")
    frames_holding = _stat("frames_holding")
    render_seconds = _stat("render_seconds")
    elapsed_seconds = _stat("elapsed_seconds")
    eta_seconds = _stat("eta_seconds")
    del _field, _stat, _time

    @property
    def frames_pending(self):
        s = self.data["stats"]
        return (s["frames_total"] - s["frames_done"] - s["frames_failed"] - s["frames_running"]
                - s["frames_holding"])

    @property
    def status_label(self):
        return label(self.status)

    @property
    def controls(self):
        admin = self._farm.role == "admin"
        applicable = _ControlTable.applicable(_JobStatus.parse(self.status))
        return sorted(str(_METHOD.get(c.wireName(), c.wireName()))
                      for c in applicable if admin or not c.adminOnly())

    def refresh(self):
        """Reads the job again; returns it."""
        self.data = call(self._farm._java.job, self.id)
        return self

    def tasks(self):
        """The job's tasks, by index."""
        return [Task(t) for t in call(self._farm._java.tasks, self.id)]

    def outputs(self):
        """The files its tasks wrote so far, in order: path, size, sha256, task_id, frame."""
        return [Output(o) for o in call(self._farm._java.outputs, self.id)]

    def log(self, task):
        """A task's log (a Task or its id), every attempt, as text."""
        return call(self._farm._java.taskLog, self.id, getattr(task, "id", task))

    def hold(self):
        """Hold: its pending tasks wait; running ones go on."""
        return self._act("hold")

    def unhold(self):
        """Un-Hold: its holding tasks run; this is how scout frames are approved."""
        return self._act("unhold")

    approve = unhold

    def kill(self, hold_first=False):
        """Kill its running tasks; with hold_first, hold it first so nothing more renders."""
        if not hold_first:
            return self._act("kill")
        result = self._farm.kill([self.id], hold_first=True)[0]
        if not result.done:
            raise Refused(result.reason, result.code, self.id, "kill", result.status)
        return self._now(result.status)

    def retry(self):
        """Retry every task."""
        return self._act("retry")

    def retry_fails(self):
        """Retry All Fails: retry only the failed (and preempted-out) tasks."""
        return self._act("retry_fails")

    def complete(self):
        """Complete: the job shows Success; its tasks are untouched."""
        return self._act("complete")

    def reviewed(self):
        """Reviewed: a label on a finished job."""
        return self._act("reviewed")

    def retry_sync(self):
        """Retry Sync: its files are copied and verified again, its failed tasks retried."""
        return self._act("retry_sync")

    def set_priority(self, priority):
        """Set Priority, 0 to 100, higher first; only an admin key may (else NotAllowed)."""
        return self._act("set_priority", int(priority))

    def wait(self, statuses=None, timeout=None):
        """Waits until the job shows one of the statuses ('success', 'success,failed', a list;
        None: until it is finished), following the farm's notices; returns the status reached.
        Raises TimedOut after timeout seconds (None: no limit)."""
        wanted = status_names(statuses)
        seconds = None if timeout is None else float(timeout)
        result = call(self._farm._java.await, self.id, wanted, seconds)
        self._now(result["status"])
        if not result["reached"]:
            goal = (" or ".join(label(s) for s in wanted) if wanted else "an end")
            raise TimedOut("job %s is still %s after %g s; it did not reach %s: wait longer"
                           " with a larger timeout"
                           % (self.id, label(result["status"]), seconds, goal),
                           self.id, result["status"])
        return result["status"]

    def download(self, to=None, overwrite=False):
        """Brings its successful outputs home, verified: to its own output folder when usable
        here, else the download root's <job id>; with to, to <to>/<job id>. A different file in
        place is kept (a conflict) unless overwrite. Marked Downloaded when complete and it
        shows Success. Returns a Download: folder, downloaded, skipped, conflicts, failures..."""
        result = Download(call(self._farm._java.download, self.id, to, bool(overwrite)))
        self._now(result.status)
        return result

    def _act(self, control, priority=None):
        result = call(self._farm._java.act, _WIRE.get(control, control), self.id, priority)
        return self._now(result["status"])

    def _now(self, status):
        if status is not None:
            self.data["status"] = status
        return status

    def __eq__(self, other):
        return isinstance(other, Job) and other.id == self.id

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.id)

    def __repr__(self):
        return "Job(%s %r %s, %d/%d frames)" % (
            self.id, self.title, self.status, self.frames_done, self.frames_total)
