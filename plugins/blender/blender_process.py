"""Runs Blender in the background on one .blend with scene_report.py, and reads its report.

Blender is started through Java's ProcessBuilder rather than Jython's subprocess: Python 2.7's
subprocess has no timeout, and a Blender that hangs on a damaged file must not hang the host.
Blender's output goes to a temporary file (no pipe to fill and block on); the report is the last
line that starts with MARKER. Every failure a user can fix is a SceneError naming the file.
"""
import json
import os

from java.io import File, IOException
from java.lang import ProcessBuilder, System
from java.util import ArrayList
from java.util.concurrent import TimeUnit

from scene_error import SceneError

PROGRAM_VARIABLE = "FARMHAND_BLENDER"
MARKER = "FARMHAND-SCENE-REPORT:"
REPORT_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "scene_report.py")
TIMEOUT_SECONDS = 120
STOP_SECONDS = 10

_WINDOWS = System.getProperty("os.name").lower().startswith("windows")
_NAMES = ("blender.exe", "blender") if _WINDOWS else ("blender",)
# How a .blend begins: plain, gzip ("Compress" before Blender 3.0) or zstd (from Blender 3.0).
_BEGINNINGS = ("BLENDER", "\x1f\x8b", "\x28\xb5\x2f\xfd")
# Blender's words for a file it could only partly read, and what to say about them.
_DAMAGED = ("Missing DNA block", "truncated", "decompress", "Unable to read", "end of file")


def report(scene):
    """The scene report of the .blend at the absolute path scene, as a dict."""
    check_is_blend(scene)
    program = find_blender(scene)
    exit_code, output = run(program, scene)
    found = _last_report(output)
    if found is None:
        raise SceneError(_failure(scene, exit_code, output))
    if "error" in found:
        raise RuntimeError("scene_report.py failed inside Blender on %s:\n%s"
                           % (scene, found["error"]))
    found["blender_warnings"] = [line for line in _lines(output)
                                 if line.startswith("Warning:")][:20]
    return found


def check_is_blend(scene):
    """Refuses at once, without Blender, a file that cannot be a .blend."""
    try:
        with open(scene, "rb") as f:
            head = f.read(12)
    except IOError as e:
        raise SceneError("%s: cannot be read: %s" % (scene, e.strerror))
    if not head:
        raise SceneError("%s: is empty (0 bytes), not a .blend file: save the scene again from "
                         "Blender" % scene)
    if not head.startswith(_BEGINNINGS):
        raise SceneError("%s: is not a .blend file: Blender's files begin with 'BLENDER' or are "
                         "compressed, and this one begins with %r" % (scene, head[:8]))


def find_blender(scene):
    """The Blender program: $FARMHAND_BLENDER when set, else the first blender on the PATH."""
    named = os.environ.get(PROGRAM_VARIABLE)
    if named:
        if _runnable(named):
            return named
        raise SceneError("%s: cannot be read: %s names %s, which is not a program that can be "
                         "run: set it to the blender program, or unset it to use the blender on "
                         "the PATH" % (scene, PROGRAM_VARIABLE, named))
    for folder in os.environ.get("PATH", "").split(File.pathSeparator):
        for name in _NAMES:
            candidate = os.path.join(folder, name)
            if folder and _runnable(candidate):
                return candidate
    raise SceneError("%s: cannot be read: reading a .blend needs Blender, and 'blender' is not on "
                     "the PATH: install blender or put it on the PATH (or set %s to the blender "
                     "program)" % (scene, PROGRAM_VARIABLE))


def _runnable(path):
    return os.path.isfile(path) and os.access(path, os.X_OK)


def run(program, scene):
    """Runs Blender on the scene with the report script; returns (exit code, output as unicode).
    Stops Blender, and everything it started, after TIMEOUT_SECONDS or when the caller is
    interrupted."""
    command = ArrayList()
    for argument in (program, "-b", "--factory-startup", "-noaudio", "--disable-autoexec", scene,
                     "--python-exit-code", "3", "--python", REPORT_SCRIPT, "--", MARKER):
        command.add(unicode(argument))
    builder = ProcessBuilder(command)
    builder.directory(File(os.path.dirname(scene)))
    builder.redirectErrorStream(True)
    log = File.createTempFile("farmhand-blender-", ".log")
    builder.redirectOutput(log)
    process = None
    try:
        try:
            process = builder.start()
        except IOException as e:
            raise SceneError("%s: cannot be read: Blender (%s) did not start: %s"
                             % (scene, program, e.getMessage()))
        process.getOutputStream().close()
        finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        if not finished:
            _stop(process)
            raise SceneError("%s: Blender did not finish reading it within %d s and was stopped: "
                             "open it in Blender to see whether it loads; its last lines:\n%s"
                             % (scene, TIMEOUT_SECONDS, _tail(_read(log))))
        return process.exitValue(), _read(log)
    finally:
        if process is not None and process.isAlive():
            _stop(process)
        log.delete()


def _stop(process):
    children = []
    descendants = process.descendants().iterator()
    while descendants.hasNext():
        children.append(descendants.next())
    process.destroyForcibly()
    for child in children:
        child.destroyForcibly()
    process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)


def _read(log):
    with open(log.getPath(), "rb") as f:
        return f.read().decode("utf-8", "replace")


def _lines(output):
    return [line.strip() for line in output.splitlines()]


def _tail(output, count=8):
    lines = [line for line in _lines(output) if line]
    return "\n".join("  " + line for line in lines[-count:]) or "  (none)"


def _last_report(output):
    found = None
    for line in _lines(output):
        if line.startswith(MARKER):
            found = line[len(MARKER):]
    return None if found is None else json.loads(found)


def _failure(scene, exit_code, output):
    errors = [line for line in _lines(output) if line.startswith("Error:")]
    if not errors:
        return ("%s: Blender stopped (exit code %d) without reporting the scene; its last lines:\n%s"
                % (scene, exit_code, _tail(output)))
    said = "; ".join(error[len("Error:"):].strip() for error in errors)
    if any(word in said for word in _DAMAGED):
        return ("%s: is cut short or damaged: Blender says \"%s\": save it again from Blender, or "
                "copy it again whole" % (scene, said))
    if "File format is not supported" in said:
        return ("%s: is not a .blend file that %s can read: Blender says \"%s\""
                % (scene, _version(output), said))
    return "%s: Blender cannot read it: Blender says \"%s\"" % (scene, said)


def _version(output):
    for line in _lines(output):
        if line.startswith("Blender "):
            return line
    return "this Blender"
