"""Retries the failed tasks of every job submitted today that failed (Retry All Fails).

    ./farmhand script samples/scripts/retry_failed_today.py

One line per job: its id, title, frames failed, and what the farm did: retried (and the job's
status now), or refused and why. "Today" is this machine's date. Exit 0 when every job was
retried (or none had failed), 3 when the farm refused any, as farmhand's controls do.
"""
from __future__ import print_function

import datetime
import sys

import farmhand


def table(rows):
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
                     for row in rows)


farm = farmhand.connect()
today = datetime.date.today()
jobs = [job for job in farm.jobs(status="failed") if job.submitted_at.date() == today]
if not jobs:
    print("no job submitted today has failed")
    sys.exit(0)

rows = [("JOB", "TITLE", "FAILED", "RESULT")]
refused = 0
for job, outcome in zip(jobs, farm.retry_fails(jobs)):
    if outcome.done:
        result = "retried, now %s" % farmhand.label(outcome.status)
    else:
        result = "refused: %s" % outcome.reason
        refused += 1
    rows.append((job.id, job.title, "%d/%d" % (job.frames_failed, job.frames_total), result))
print(table(rows))
sys.exit(3 if refused else 0)
