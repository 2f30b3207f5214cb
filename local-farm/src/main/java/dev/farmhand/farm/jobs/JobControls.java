package dev.farmhand.farm.jobs;

import dev.farmhand.core.protocol.ApiError;
import dev.farmhand.core.protocol.ErrorCode;
import dev.farmhand.core.protocol.JobActionResult;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.ControlOutcome;
import dev.farmhand.core.status.ControlTable;
import dev.farmhand.core.status.JobState;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.auth.Principal;
import dev.farmhand.farm.store.Database;
import dev.farmhand.farm.store.JobRepository;
import dev.farmhand.farm.store.StoredTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the controls to jobs, through the shared control table: a control that does not apply is
 * refused with the table's reason, and nothing changes. Thread-safe.
 */
public final class JobControls {
  /** Controls after which tasks run again with their retries given back. */
  private static final Set<Control> RETRIES =
      Set.of(Control.RETRY, Control.RETRY_ALL_FAILS, Control.RETRY_SYNC);

  private final Database database;
  private final JobJournal journal;
  private final JobRepository jobs = new JobRepository();

  public JobControls(Database database, JobJournal journal) {
    this.database = database;
    this.journal = journal;
  }

  /**
   * Checks that the principal may use the control at all; an admin-only control by a user is
   * refused for every job at once.
   *
   * @throws RefusedException with {@code forbidden}
   */
  public static void checkAllowed(Principal who, Control control) {
    if (control.adminOnly() && !who.admin()) {
      throw new RefusedException(
          ErrorCode.FORBIDDEN,
          control.label()
              + " needs an admin key; '"
              + who.user()
              + "' is a user of account '"
              + who.account()
              + "': ask one of its admins",
          Map.of("control", control.wireName(), "role", who.role().wireName()));
    }
  }

  /** Applies the control to each job, with a result per job: done, or refused and why. */
  public List<JobActionResult> apply(
      Principal who, List<String> jobIds, Control control, Integer priority) {
    checkAllowed(who, control);
    List<JobActionResult> results = new ArrayList<>();
    for (String jobId : jobIds) {
      try {
        results.add(apply(who, jobId, control, priority));
      } catch (RefusedException e) {
        results.add(JobActionResult.refused(jobId, null, e.error()));
      }
    }
    return results;
  }

  /**
   * Applies the control to one job.
   *
   * @return done with the job's new status, or refused with the table's reason
   * @throws RefusedException {@code not_found} when the account has no such job, {@code forbidden}
   *     for an admin-only control by a user
   */
  public JobActionResult apply(Principal who, String jobId, Control control, Integer priority) {
    checkAllowed(who, control);
    if (database.transaction(c -> jobs.find(c, who.account(), jobId)).isEmpty()) {
      throw RefusedException.noJob(jobId);
    }
    ApiError[] refusal = new ApiError[1];
    Snapshot after =
        journal.change(
            jobId,
            (tx, current) -> {
              ControlOutcome outcome = ControlTable.apply(control, current.state());
              if (outcome instanceof ControlOutcome.Refused refused) {
                refusal[0] =
                    new ApiError(
                        ErrorCode.CONTROL_REFUSED,
                        refused.message(),
                        Map.of(
                            "job_id", jobId,
                            "control", control.wireName(),
                            "status", refused.status().wireName()));
                return current;
              }
              JobState state = ((ControlOutcome.Applied) outcome).after();
              Snapshot changed = current;
              List<String> again = new ArrayList<>();
              for (int i = 0; i < current.tasks().size(); i++) {
                TaskStatus next = state.tasks().get(i).status();
                StoredTask task = current.tasks().get(i);
                if (next == task.status()) {
                  continue;
                }
                boolean runsAgain = RETRIES.contains(control) && next == TaskStatus.PENDING;
                if (runsAgain) {
                  again.add(task.id());
                }
                changed =
                    changed.withTask(
                        i, t -> runsAgain ? t.withRetriesReset(next) : t.withStatus(next));
              }
              tx.forgetOutputs(again);
              var job = changed.job().with(state.flags(), changed.job().status());
              if (control == Control.SET_PRIORITY && priority != null) {
                job = job.withPriority(priority);
              }
              return changed.withJob(job);
            });
    if (refusal[0] != null) {
      return JobActionResult.refused(jobId, after.job().status(), refusal[0]);
    }
    return JobActionResult.done(jobId, after.job().status());
  }
}
