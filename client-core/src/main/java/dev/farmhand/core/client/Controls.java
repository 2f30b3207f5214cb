package dev.farmhand.core.client;

import dev.farmhand.core.protocol.ActionResult;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.ControlRule;
import dev.farmhand.core.status.ControlTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job controls as the client offers them: which apply to a job beforehand (from the shared
 * {@link ControlTable}, the same table the farm refuses with), and "Hold and Kill" as one action.
 */
public final class Controls {
  private Controls() {}

  /** Which controls apply to the job in its status, and why the others do not. */
  public static ControlChoices applicable(Job job) {
    return applicable(job, Role.ADMIN);
  }

  /**
   * Which controls apply to the job for a key of this role: as {@link #applicable(Job)}, and for a
   * {@code user} key Set Priority is refused because it needs an admin key.
   */
  public static ControlChoices applicable(Job job, Role role) {
    Set<Control> applies = EnumSet.noneOf(Control.class);
    Map<Control, String> refused = new EnumMap<>(Control.class);
    for (Control control : Control.values()) {
      ControlRule rule = ControlTable.rule(control, job.status());
      if (control.adminOnly() && role != Role.ADMIN) {
        refused.put(
            control, control.label() + " needs an admin key: ask an admin of the account to do it");
      } else if (rule.applies()) {
        applies.add(control);
      } else {
        refused.put(control, rule.refusal());
      }
    }
    return new ControlChoices(applies, refused);
  }

  /**
   * Holds, then kills the jobs: Hold stops what is queued from starting, Kill stops what renders.
   * Kill is sent to every job Hold found, whether Hold applied or not (a job holding already
   * refuses Hold and is still killed). Results come in the order given.
   */
  static List<HoldAndKill> holdAndKill(FarmClient client, List<String> jobIds) throws IOException {
    ActionResult held = client.act(Control.HOLD, jobIds, null);
    List<String> found = new ArrayList<>();
    for (JobActionResult hold : held.results()) {
      if (!notFound(hold)) {
        found.add(hold.jobId());
      }
    }
    List<JobActionResult> kills =
        found.isEmpty() ? List.of() : client.act(Control.KILL, found, null).results();
    List<HoldAndKill> results = new ArrayList<>(jobIds.size());
    int next = 0;
    for (JobActionResult hold : held.results()) {
      JobActionResult kill = notFound(hold) ? null : kills.get(next++);
      results.add(new HoldAndKill(hold.jobId(), hold, kill));
    }
    return results;
  }

  private static boolean notFound(JobActionResult result) {
    return result.error() != null && result.error().code() == ErrorCode.NOT_FOUND;
  }
}
