"""Submits a scene with scout frames and approves it only when the scouts look right.

    ./farmhand script samples/scripts/submit_and_approve.py SCENE [--frames SPEC] [--to DIR]

The job is submitted with auto:3 scout frames (the first, the middle and the last frame), which
render first while the rest of the job holds. Once it holds, the scout frames are downloaded and
each is checked: a PNG of the scene's resolution, not blank. When they all are, the job is
approved (Un-Hold); when any is not, it is killed. Then the script waits for the end and brings
every frame home, verified. Exit 0 when every frame is home, 1 otherwise.
"""
from __future__ import print_function

import argparse
import os
import sys

import farmhand
import pngcheck


def say(what, job, text=""):
    print(("%-10s %-8s %s" % (what, job.id, text)).rstrip())


def main():
    parser = argparse.ArgumentParser(
        description="Submit a scene; approve it when its scout frames look right.")
    parser.add_argument("scene", help="the scene file")
    parser.add_argument("--frames", help="the frames to render (default: the scene's)")
    parser.add_argument("--to", help="download into TO/<job id> (default: as farmhand download)")
    args = parser.parse_args()

    scene = farmhand.read_scene(args.scene)
    farm = farmhand.connect()
    job = farm.submit(args.scene, frames=args.frames, scouts="auto:3")
    say("submitted", job, "%s: frames %s, scouts %s" % (job.title, job.frames, job.scouts))

    # The scouts render first; the job holds until approved (or ends, when every frame scouts).
    status = job.wait("holding,success,failed,killed")
    if status in ("failed", "killed"):
        say(status, job, "before its scout frames were done")
        return 1
    scouts = job.download(to=args.to)
    wrong = 0
    for output in sorted(job.outputs(), key=lambda o: o.frame):
        frame = os.path.join(scouts.folder, output.path)
        problem = pngcheck.problem(frame, scene.width, scene.height)
        say("scout", job, "frame %-4d %s" % (output.frame, problem or "looks right"))
        wrong += 1 if problem else 0

    if wrong:
        if status == "holding":
            job.kill(hold_first=True)
        say(job.status, job, "%d scout frame(s) look wrong" % wrong)
        return 1
    if status == "holding":
        job.approve()
        say("approved", job)

    status = job.wait()
    job.refresh()
    say(job.status_label, job, "%d/%d frames, render time %.1f s"
        % (job.frames_done, job.frames_total, job.render_seconds))
    frames = job.download(to=args.to)
    say("downloaded", job, "%d frames in %s (%d fetched, %d already there)"
        % (frames.downloaded + frames.skipped, frames.folder, frames.downloaded, frames.skipped))
    return 0 if status in ("success", "downloaded") and frames.complete else 1


sys.exit(main())
