"""A report of the account's jobs and their render time.

    ./farmhand script samples/scripts/nightly_report.py [--hours N] [--slowest N] [--json]

How many jobs are in each status, the render time in all and per job on average, and the jobs
that took the most render time. --hours keeps the jobs submitted in the last N hours (default:
every job); --json prints one JSON document instead of the text, for other programs.
"""
from __future__ import print_function

import argparse
import datetime
import json

import farmhand


def duration(seconds):
    seconds = int(round(seconds))
    return "%d:%02d:%02d" % (seconds // 3600, seconds // 60 % 60, seconds % 60)


def table(rows):
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
                     for row in rows)


parser = argparse.ArgumentParser(description="Report the account's jobs and render time.")
parser.add_argument("--hours", type=float, help="only jobs submitted in the last N hours")
parser.add_argument("--slowest", type=int, default=5, help="how many of the slowest jobs to list")
parser.add_argument("--json", action="store_true", help="print JSON only")
args = parser.parse_args()

farm = farmhand.connect()
jobs = farm.jobs()
if args.hours is not None:
    since = datetime.datetime.now() - datetime.timedelta(hours=args.hours)
    jobs = [job for job in jobs if job.submitted_at >= since]
counts = {}
for job in jobs:
    counts[job.status] = counts.get(job.status, 0) + 1
total = sum(job.render_seconds for job in jobs)
average = total / len(jobs) if jobs else 0.0
slowest = sorted(jobs, key=lambda job: -job.render_seconds)[:args.slowest]

if args.json:
    print(json.dumps({
        "account": farm.account, "farm": farm.url, "hours": args.hours, "jobs": len(jobs),
        "statuses": counts,
        "render_seconds": {"total": total, "average": average},
        "slowest": [{"id": job.id, "title": job.title, "status": job.status,
                     "frames_done": job.frames_done, "frames_total": job.frames_total,
                     "render_seconds": job.render_seconds} for job in slowest],
    }, sort_keys=True))
else:
    scope = "in the last %g hours" % args.hours if args.hours is not None else "in all"
    print(table([
        ("account", "%s on %s" % (farm.account, farm.url)),
        ("jobs", "%d %s" % (len(jobs), scope)),
        ("render time", "%s in all, %s a job on average" % (duration(total), duration(average))),
    ]))
    if jobs:
        print()
        print(table([("STATUS", "JOBS")] + [(farmhand.label(status), str(counts[status]))
                                            for status in sorted(counts, key=farmhand.label)]))
        print()
        print(table([("SLOWEST", "TITLE", "STATUS", "FRAMES", "RENDER TIME")] + [
            (job.id, job.title, job.status_label, "%d/%d" % (job.frames_done, job.frames_total),
             duration(job.render_seconds)) for job in slowest]))
