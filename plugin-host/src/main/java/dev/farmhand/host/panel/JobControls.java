package dev.farmhand.host.panel;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.HoldAndKill;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.status.Control;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The controls as the panel sends them: to every selected job in one request, with a result per
 * job. Blocking; call off the event thread. Thread-safe, as the client is.
 */
final class JobControls {
  private final FarmClient client;

  JobControls(FarmClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Applies the control to the jobs.
   *
   * @param priority the new priority for Set Priority, otherwise null
   * @throws IOException when the farm refuses the whole request (a 403 for Set Priority) or cannot
   *     be reached; its message says what to do
   */
  List<ControlResult> apply(Control control, List<String> jobIds, @Nullable Integer priority)
      throws IOException {
    List<ControlResult> results = new ArrayList<>();
    for (JobActionResult result : client.act(control, jobIds, priority).results()) {
      results.add(ControlResult.of(result));
    }
    return results;
  }

  /** Holds, then kills the jobs, so nothing of them runs again. */
  List<ControlResult> holdAndKill(List<String> jobIds) throws IOException {
    List<ControlResult> results = new ArrayList<>();
    for (HoldAndKill result : client.holdAndKill(jobIds)) {
      results.add(ControlResult.of(result));
    }
    return results;
  }
}
