package dev.farmhand.host.panel;

import dev.farmhand.core.client.HoldAndKill;
import dev.farmhand.core.protocol.ActionOutcome;
import dev.farmhand.core.protocol.JobActionResult;
import java.util.Objects;

/**
 * What a control did to one job, in words: done and the job's status now, or refused and why (the
 * farm's reason). Immutable.
 *
 * @param jobId the job
 * @param done whether the control applied
 * @param text {@code "now Holding"}, or the farm's reason for refusing
 */
record ControlResult(String jobId, boolean done, String text) {
  ControlResult {
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(text, "text");
  }

  static ControlResult of(JobActionResult result) {
    if (result.outcome() == ActionOutcome.DONE) {
      return new ControlResult(
          result.jobId(),
          true,
          result.status() == null ? "done" : "now " + result.status().label());
    }
    return new ControlResult(result.jobId(), false, result.error().message());
  }

  static ControlResult of(HoldAndKill result) {
    if (result.done()) {
      return new ControlResult(
          result.jobId(),
          true,
          "held and killed" + result.status().map(s -> ", now " + s.label()).orElse(""));
    }
    return new ControlResult(
        result.jobId(),
        false,
        result.refusal().map(e -> e.message()).orElse("the farm did not kill it"));
  }

  /** One line: {@code j-3 done: now Holding}, {@code j-4 refused: Hold does not apply…}. */
  String line() {
    return jobId + "  " + (done ? "done: " : "refused: ") + text;
  }
}
