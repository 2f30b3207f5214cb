"""Values the farm reported, as read-only records: fields as attributes and as keys."""
import calendar
import datetime
import time


class Record(object):
    """A value the farm reported. Its fields are attributes (record.status) and keys
    (record["status"]); a field the farm left out reads as None. data is the plain dict, shaped
    like the protocol's JSON, ready for json.dumps."""

    FIELDS = ()

    def __init__(self, data):
        self.__dict__["data"] = data

    def __getattr__(self, name):
        data = self.__dict__["data"]
        if name in data:
            return data[name]
        if name in self.FIELDS:
            return None
        raise AttributeError("%s has no field '%s': it has %s"
                             % (type(self).__name__, name, ", ".join(self._names())))

    def __setattr__(self, name, value):
        raise AttributeError("%s is read-only: '%s' cannot be set" % (type(self).__name__, name))

    def __getitem__(self, key):
        return self.data[key]

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self.data.get(key, default)

    def _names(self):
        return sorted(set(self.data) | set(self.FIELDS))

    def __eq__(self, other):
        return type(other) is type(self) and other.data == self.data

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (name, self.data[name]) for name in self._names() if name in self.data))


class Task(Record):
    """One task of a job: id, index, frames, status, scout, attempts, retries_left, worker,
    started_at, finished_at, failure, log_url."""

    FIELDS = ("id", "index", "frames", "status", "scout", "attempts", "retries_left", "worker",
              "started_at", "finished_at", "failure", "log_url")


class Output(Record):
    """A file a task wrote: path (under the job's output folder), size, sha256, task_id, frame."""

    FIELDS = ("path", "size", "sha256", "task_id", "frame")


class Event(Record):
    """One change in the account: seq, time, account, type (job_created, job_status, job_updated,
    task_status, output_added), job_id, job_status, task_id, task_status, output."""

    FIELDS = ("seq", "time", "account", "type", "job_id", "job_status", "task_id", "task_status",
              "output")


class Outcome(Record):
    """What a control did to one job: job_id, done (True or False), status (the job's status
    after it), and when refused, reason (the farm's words) and code."""

    FIELDS = ("job_id", "outcome", "status", "error")

    @property
    def done(self):
        return self.data.get("outcome") == "done"

    @property
    def reason(self):
        error = self.data.get("error")
        return error["message"] if error else None

    @property
    def code(self):
        error = self.data.get("error")
        return error["code"] if error else None


class Download(Record):
    """What a download did: job_id, folder, folder_choice (job_output_dir, mapped or chosen),
    note (why the folder was mapped), outputs, downloaded, skipped, conflicts (paths kept),
    failures (each path and reason), complete (every output on disk and verified),
    marked_downloaded, status (the job's status after it)."""

    FIELDS = ("job_id", "folder", "folder_choice", "note", "outputs", "downloaded", "skipped",
              "conflicts", "failures", "complete", "marked_downloaded", "status")


class Scene(Record):
    """What a scene's plugin read in it: scene, plugin, plugin_version, frames, fps, resolution
    ([width, height]), cameras, layers, renderer, outputs, dependencies."""

    FIELDS = ("scene", "plugin", "plugin_version", "frames", "fps", "resolution", "cameras",
              "layers", "renderer", "outputs", "dependencies")

    @property
    def width(self):
        return self.data["resolution"][0]

    @property
    def height(self):
        return self.data["resolution"][1]


def local_time(text):
    """An RFC 3339 time in UTC ('2026-11-30T09:16:02Z') as a datetime in this machine's time
    zone, comparable with datetime.now(); None stays None."""
    if text is None:
        return None
    seconds = calendar.timegm(time.strptime(text[:19], "%Y-%m-%dT%H:%M:%S"))
    when = datetime.datetime.fromtimestamp(seconds)
    fraction = text[19:].rstrip("Z")
    if fraction.startswith("."):
        when = when.replace(microsecond=int((fraction[1:] + "000000")[:6]))
    return when
