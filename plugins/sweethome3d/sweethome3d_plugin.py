"""The Sweet Home 3D plugin: reads a .sh3d through Sweet Home 3D's own Java objects.

read_scene(path) reads the home with Sweet Home 3D's HomeFileRecorder (sh3d_classes.py finds its
classes) and returns the host's dict. A home renders one of two ways on the farm:

    photos  renderer "sweethome3d": frame N is the home's N-th stored camera (3D view > Store
            point of view), or frame 1 its current camera when it stores none; at the photo's
            size and quality (Create photo)
    video   renderer "sweethome3d-video": frame N is the N-th frame along the video's camera path,
            counted at its speed and frame rate (sh3d_video.py); at the video's size and quality

A home with a video path of 2 cameras or more renders its video; any other its photos;
FARMHAND_SWEETHOME3D_RENDER=photos or =video chooses. The keys:

    frames        "1-N"
    fps           the video's frame rate (photos: the same, for whoever plays them in a row)
    resolution    the photo's or the video's [width, height]
    cameras       the stored cameras (photos), or the cameras of the video path
    layers        ["home"]: Sweet Home 3D renders every visible level together
    renderer      "sweethome3d" or "sweethome3d-video"
    outputs       ["renders/<home>_####.png"] (photos) or ["renders/<home>_video_####.png"]
    dependencies  the files the home reads from outside its .sh3d (sh3d_contents.py); usually none

and the plugin's own: render ("photos" or "video"), frame_count, photo and video (their settings),
contents (every model, texture and image, and where it is), version (of Sweet Home 3D that saved
it) and warnings. A home that cannot be read or rendered raises SceneError with the file, the fault
and what to do.
"""
import os
import re

from java.lang import Exception as JavaException

import sh3d_classes
import sh3d_contents
import sh3d_video
from scene_error import SceneError

PHOTO_RENDERER = "sweethome3d"
VIDEO_RENDERER = "sweethome3d-video"
_ZIP = "PK\x03\x04"
_RANGE = re.compile(r"^(-?\d+)(?:-(-?\d+)(?:x(\d+))?)?$")


def read_scene(path):
    scene = os.path.abspath(path)
    home = read_home(scene)
    environment = home.getEnvironment()
    render = choose_render(home, scene)
    stored = list(home.getStoredCameras())
    path_cameras = list(environment.getVideoCameraPath())
    fps = environment.getVideoFrameRate()
    if render == "video":
        check_video(scene, path_cameras, environment)
        count = sh3d_video.frame_count(path_cameras, environment.getVideoSpeed(), fps)
        size = [environment.getVideoWidth(), environment.getVideoHeight()]
        cameras = [{"name": "video path %d" % (i + 1), "renderable": True}
                   for i in range(len(path_cameras))]
    else:
        count = max(1, len(stored))
        size = [environment.getPhotoWidth(), environment.getPhotoHeight()]
        cameras = ([{"name": camera_name(camera, i), "renderable": True}
                    for i, camera in enumerate(stored)]
                   or [{"name": current_camera(home), "renderable": True}])
    if min(size) < 1:
        raise SceneError(u"%s: its %s is %dx%d pixels: set its width in Sweet Home 3D (3D view > "
                         u"%s)" % (scene, render == "video" and "video" or "photo", size[0],
                                   size[1], render == "video" and "Create video" or "Create photo"))
    found = sh3d_contents.contents(home, scene)
    warnings = ["%s of %s is at %s, which the farm cannot fetch: replace it in Sweet Home 3D"
                % (entry["kind"], entry["of"], entry["url"])
                for entry in found if entry["where"] == "elsewhere"]
    stem = os.path.splitext(os.path.basename(scene))[0].replace("#", "_") or "home"
    return {
        "frames": "1" if count == 1 else "1-%d" % count,
        "fps": fps if fps > 0 else 25,
        "resolution": size,
        "cameras": cameras,
        "layers": ["home"],
        "renderer": VIDEO_RENDERER if render == "video" else PHOTO_RENDERER,
        "outputs": ["renders/%s_%s####.png" % (stem, "video_" if render == "video" else "")],
        "dependencies": sh3d_contents.dependencies(found, scene),
        "render": render,
        "frame_count": count,
        "photo": {"width": environment.getPhotoWidth(), "height": environment.getPhotoHeight(),
                  "quality": environment.getPhotoQuality(),
                  "stored_cameras": [camera_name(c, i) for i, c in enumerate(stored)]},
        "video": {"width": environment.getVideoWidth(), "height": environment.getVideoHeight(),
                  "quality": environment.getVideoQuality(), "fps": fps,
                  "speed": float(environment.getVideoSpeed()),
                  "path_cameras": len(path_cameras)},
        "contents": [dict((k, v) for k, v in entry.items() if v is not None) for entry in found],
        "version": int(home.getVersion()),
        "warnings": warnings,
    }


def read_home(scene):
    """The home in the file, read by Sweet Home 3D; SceneError for a file it is not."""
    if not os.path.isfile(scene):
        raise SceneError(u"%s: there is no such file: give the path of a .sh3d saved by Sweet Home "
                         u"3D" % scene)
    size = os.path.getsize(scene)
    if size == 0:
        raise SceneError(u"%s: is empty (0 bytes), not a Sweet Home 3D home: save it again from "
                         u"Sweet Home 3D" % scene)
    with open(scene, "rb") as f:
        start = f.read(8)
    if not start.startswith(_ZIP):
        raise SceneError(u"%s: is not a Sweet Home 3D home: .sh3d files are zip archives, and this "
                         u"one begins with %r" % (scene, start))
    recorder = sh3d_classes.load("io.HomeFileRecorder", scene)
    try:
        return recorder().readHome(scene)
    except (JavaException, Exception), e:  # RecorderException, or what Java threw under it
        raise SceneError(u"%s: is cut short or damaged: Sweet Home 3D says \"%s\": save it again "
                         u"from Sweet Home 3D, or copy it again whole" % (scene, _message(e)))


def choose_render(home, scene):
    chosen = os.environ.get("FARMHAND_SWEETHOME3D_RENDER", "").strip().lower()
    if chosen in ("photo", "photos"):
        return "photos"
    if chosen == "video":
        return "video"
    if chosen:
        raise SceneError(u"%s: FARMHAND_SWEETHOME3D_RENDER is '%s': set it to photos or video, or "
                         u"unset it to render the video when the home has one" % (scene, chosen))
    return "video" if len(home.getEnvironment().getVideoCameraPath()) >= 2 else "photos"


def check_video(scene, path_cameras, environment):
    if len(path_cameras) < 2:
        raise SceneError(u"%s: has %s, so it has no video frames to render: add 2 cameras or more "
                         u"to its path (3D view > Create video), or render its photos "
                         u"(FARMHAND_SWEETHOME3D_RENDER=photos)"
                         % (scene, "no video path" if not path_cameras
                            else "a video path of 1 camera"))
    if not environment.getVideoSpeed() > 0 or environment.getVideoFrameRate() < 1:
        raise SceneError(u"%s: its video moves at %s m/s and %d frames a second: set a speed and "
                         u"a frame rate above 0 (3D view > Create video)"
                         % (scene, environment.getVideoSpeed(), environment.getVideoFrameRate()))


def camera_name(camera, index):
    return camera.getName() or "camera %d" % (index + 1)


def current_camera(home):
    camera = home.getCamera()
    if camera.getName():
        return camera.getName()
    return "virtual visitor" if camera is home.getObserverCamera() else "aerial view"


def _message(error):
    cause = getattr(error, "getCause", None)
    text = error.getMessage() if hasattr(error, "getMessage") else str(error)
    while cause is not None and cause() is not None:
        error = cause()
        if error.getMessage() and (not text or error.getMessage() not in text):
            text = (text + ": " if text else "") + error.getMessage()
        cause = getattr(error, "getCause", None)
    return text or error.getClass().getName()


def build_job(scene, overrides):
    job = {"metadata": {"sweethome3d_render": scene["render"],
                        "sweethome3d_frames": str(scene["frame_count"])}}
    if scene["render"] == "video":
        # Each task starts a JVM and a display first: a few frames each spreads that cost.
        job["chunk"] = 5
    return job


def validate(job):
    problems = []
    count = int(job["metadata"].get("sweethome3d_frames", "0") or 0)
    beyond = [frame for frame in _frames(job["frames"]) if frame < 1 or frame > count]
    if count and beyond:
        what = ("video frames" if job["metadata"].get("sweethome3d_render") == "video"
                else "photos (one per stored camera)")
        problems.append({"field": "frames",
                         "problem": "the home has %d %s, numbered 1-%d, so frame %d is none of "
                                    "them" % (count, what, count, beyond[0]),
                         "fix": "give frames from 1 to %d, or leave --frames out" % count})
    outside = [f["local"] for f in job["files"][1:]]
    if outside:
        problems.append({"field": "files",
                         "problem": "the home reads %d file%s from outside its .sh3d (%s), which "
                                    "Sweet Home 3D on the farm looks for where this machine has "
                                    "them" % (len(outside), "" if len(outside) == 1 else "s",
                                              ", ".join(outside)),
                         "fix": "open it in Sweet Home 3D and save it (File > Save), which writes "
                                "every model and texture into the .sh3d"})
    return problems


def _frames(spec):
    frames = []
    for item in str(spec).split(","):
        match = _RANGE.match(item.strip())
        if match is None:
            continue  # the host has checked the spec; what it accepts beyond this is not a range
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        step = int(match.group(3)) if match.group(3) else 1
        frames.extend([first, first + (last - first) // max(step, 1) * max(step, 1)])
    return frames
