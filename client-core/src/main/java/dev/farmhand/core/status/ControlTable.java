package dev.farmhand.core.status;

import static dev.farmhand.core.status.JobStatus.DOWNLOADED;
import static dev.farmhand.core.status.JobStatus.FAILED;
import static dev.farmhand.core.status.JobStatus.HOLDING;
import static dev.farmhand.core.status.JobStatus.KILLED;
import static dev.farmhand.core.status.JobStatus.PENDING;
import static dev.farmhand.core.status.JobStatus.PREEMPTED;
import static dev.farmhand.core.status.JobStatus.REVIEWED;
import static dev.farmhand.core.status.JobStatus.RUNNING;
import static dev.farmhand.core.status.JobStatus.SUCCESS;
import static dev.farmhand.core.status.JobStatus.SYNC_PENDING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one table that says, for every control and every job status, whether the control applies and,
 * if it does, what it changes task by task. The farm refuses with the table's reason; the panel
 * greys out with it. Immutable; thread-safe.
 */
public final class ControlTable {
  private static final String FINISHED = "it is finished: nothing is left to ";
  private static final String STILL_WORKING = "it is still working; wait for it, or Kill it first";

  private static final Map<Control, Map<JobStatus, ControlRule>> RULES =
      new Grid()
          .control(Control.RETRY)
          .applies(SUCCESS, DOWNLOADED, REVIEWED, FAILED, PREEMPTED, KILLED)
          .refuses(PENDING, "its tasks have not run yet")
          .refuses(SYNC_PENDING, "its files are still being copied to the farm; its tasks run next")
          .refuses(RUNNING, "its tasks are still rendering; Hold and Kill it, then Retry")
          .refuses(HOLDING, "it waits for approval; Un-Hold it to render the rest, or Kill it")
          .control(Control.RETRY_ALL_FAILS)
          .applies(RUNNING, FAILED, PREEMPTED)
          .refuses(PENDING, "no task has run yet")
          .refuses(SYNC_PENDING, "no task has run yet")
          .refuses(HOLDING, "no task has failed; Un-Hold it to render the rest")
          .refuses(SUCCESS, "no task has failed; Retry renders every task again")
          .refuses(DOWNLOADED, "no task has failed; Retry renders every task again")
          .refuses(REVIEWED, "it is finished and reviewed; Retry renders every task again")
          .refuses(KILLED, "its tasks were killed, not failed; Retry renders it again")
          .control(Control.COMPLETE)
          .applies(HOLDING, FAILED, PREEMPTED, KILLED)
          .refuses(PENDING, STILL_WORKING)
          .refuses(SYNC_PENDING, STILL_WORKING)
          .refuses(RUNNING, STILL_WORKING)
          .refuses(SUCCESS, "it already shows Success")
          .refuses(DOWNLOADED, "it finished and is downloaded")
          .refuses(REVIEWED, "it finished and is reviewed")
          .control(Control.REVIEWED)
          .applies(SUCCESS, DOWNLOADED, FAILED, KILLED)
          .refuses(PENDING, "only a finished job can be reviewed")
          .refuses(SYNC_PENDING, "only a finished job can be reviewed")
          .refuses(RUNNING, "only a finished job can be reviewed")
          .refuses(HOLDING, "it waits for approval; Un-Hold, Kill or Complete it first")
          .refuses(PREEMPTED, "preempted tasks may run again; Retry All Fails, Kill or Complete it")
          .refuses(REVIEWED, "it is reviewed already")
          .control(Control.HOLD)
          .applies(PENDING, SYNC_PENDING, RUNNING, PREEMPTED)
          .refuses(HOLDING, "it is holding already")
          .refuses(SUCCESS, FINISHED + "hold")
          .refuses(DOWNLOADED, FINISHED + "hold")
          .refuses(REVIEWED, FINISHED + "hold")
          .refuses(FAILED, FINISHED + "hold; Retry All Fails runs the failed tasks again")
          .refuses(KILLED, FINISHED + "hold")
          .control(Control.UNHOLD)
          .applies(PENDING, SYNC_PENDING, RUNNING, HOLDING, PREEMPTED, FAILED)
          .refuses(SUCCESS, FINISHED + "release")
          .refuses(DOWNLOADED, FINISHED + "release")
          .refuses(REVIEWED, FINISHED + "release")
          .refuses(KILLED, "it was killed; Retry renders it again")
          .control(Control.KILL)
          .applies(PENDING, SYNC_PENDING, RUNNING, HOLDING, PREEMPTED)
          .refuses(SUCCESS, FINISHED + "kill")
          .refuses(DOWNLOADED, FINISHED + "kill")
          .refuses(REVIEWED, FINISHED + "kill")
          .refuses(FAILED, FINISHED + "kill")
          .refuses(KILLED, "it is killed already")
          .control(Control.SET_PRIORITY)
          .applies(PENDING, SYNC_PENDING, RUNNING, HOLDING, PREEMPTED)
          .refuses(SUCCESS, FINISHED + "order by priority")
          .refuses(DOWNLOADED, FINISHED + "order by priority")
          .refuses(REVIEWED, FINISHED + "order by priority")
          .refuses(FAILED, FINISHED + "order by priority; Retry All Fails first")
          .refuses(KILLED, FINISHED + "order by priority; Retry it first")
          .control(Control.RETRY_SYNC)
          .applies(HOLDING, FAILED, PREEMPTED)
          .refuses(PENDING, "its files are still being uploaded")
          .refuses(SYNC_PENDING, "its files are being copied already")
          .refuses(RUNNING, "tasks are rendering from the shared disk; Hold and Kill it first")
          .refuses(SUCCESS, "it finished successfully: nothing needs its files again")
          .refuses(DOWNLOADED, "it finished successfully: nothing needs its files again")
          .refuses(REVIEWED, "it finished and is reviewed; Retry renders it again")
          .refuses(KILLED, "it was killed; Retry renders it again")
          .build();

  /** What each control does to one task, by the task's status; a status not named is untouched. */
  private static final Map<Control, Map<TaskStatus, TaskStatus>> TASK_EFFECTS =
      new EnumMap<>(Control.class);

  /** What each control does to the job's flags. */
  private static final Map<Control, UnaryOperator<JobFlags>> FLAG_EFFECTS =
      new EnumMap<>(Control.class);

  /** What each control does to the job itself, in words. */
  private static final Map<Control, String> JOB_EFFECTS = new EnumMap<>(Control.class);

  /** Why a control that the table allows changes nothing on this particular job. */
  private static final Map<Control, String> NOTHING_TO_CHANGE = new EnumMap<>(Control.class);

  static {
    Map<TaskStatus, TaskStatus> everyTaskAgain = new EnumMap<>(TaskStatus.class);
    for (TaskStatus status : EnumSet.complementOf(EnumSet.of(TaskStatus.PENDING))) {
      everyTaskAgain.put(status, TaskStatus.PENDING);
    }
    effect(
        Control.RETRY,
        everyTaskAgain,
        "clears Hold, Kill, Complete, Downloaded and Reviewed; files that failed to sync are copied"
            + " again",
        f ->
            new JobFlags(
                f.sync() == SyncState.FAILED ? SyncState.SYNCING : f.sync(),
                false,
                false,
                false,
                false,
                false));
    effect(
        Control.RETRY_ALL_FAILS,
        Map.of(TaskStatus.FAILED, TaskStatus.PENDING, TaskStatus.PREEMPTED, TaskStatus.PENDING),
        "retried tasks get their retries back",
        f -> f);
    effect(Control.COMPLETE, Map.of(), "shows Success", f -> f.withCompleted(true));
    effect(Control.REVIEWED, Map.of(), "shows Reviewed", f -> f.withReviewed(true));
    effect(
        Control.HOLD,
        Map.of(TaskStatus.PENDING, TaskStatus.HOLDING),
        "held: a preempted task waits for Un-Hold instead of running again",
        f -> f.withHeld(true));
    effect(
        Control.UNHOLD,
        Map.of(TaskStatus.HOLDING, TaskStatus.PENDING),
        "no longer held",
        f -> f.withHeld(false));
    effect(
        Control.KILL,
        Map.of(TaskStatus.RUNNING, TaskStatus.KILLED),
        "killed: shows Killed once nothing queued is left",
        f -> f.withKilled(true));
    effect(
        Control.SET_PRIORITY,
        Map.of(),
        "its waiting tasks are ordered by the new priority",
        f -> f);
    effect(
        Control.RETRY_SYNC,
        Map.of(TaskStatus.FAILED, TaskStatus.PENDING),
        "Sync Pending: its files are copied to the shared disk and verified again",
        f -> f.withSync(SyncState.SYNCING));

    NOTHING_TO_CHANGE.put(Control.RETRY_ALL_FAILS, "no task has failed");
    NOTHING_TO_CHANGE.put(Control.HOLD, "it is held already and no task is queued");
    NOTHING_TO_CHANGE.put(Control.UNHOLD, "no task is holding");
    NOTHING_TO_CHANGE.put(
        Control.KILL, "it is killed already and nothing is rendering; Hold it to stop the rest");
  }

  private ControlTable() {}

  /** The cell for this control and status. */
  public static ControlRule rule(Control control, JobStatus status) {
    return RULES.get(control).get(status);
  }

  /** The controls that apply to a job in this status, in menu order. */
  public static Set<Control> applicable(JobStatus status) {
    Set<Control> result = EnumSet.noneOf(Control.class);
    for (Control control : Control.values()) {
      if (rule(control, status).applies()) {
        result.add(control);
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * What the control does to a task in each status; statuses not in the map are left as they are.
   */
  public static Map<TaskStatus, TaskStatus> taskEffect(Control control) {
    return TASK_EFFECTS.get(control);
  }

  /** What the control does to the job itself, in words: {@code "shows Success"}. */
  public static String jobEffect(Control control) {
    return JOB_EFFECTS.get(control);
  }

  /**
   * Applies a control to a job: refused with the table's reason when it does not apply to the job's
   * status, or when it would change nothing on this job (Un-Hold with no task holding); otherwise
   * the job as it is after the control. Pure; thread-safe. Priority is not part of {@link
   * JobState}: Set Priority, when allowed, leaves the state as it was.
   */
  public static ControlOutcome apply(Control control, JobState job) {
    JobStatus status = job.status();
    ControlRule rule = rule(control, status);
    if (!rule.applies()) {
      return new ControlOutcome.Refused(control, status, rule.refusal());
    }
    Map<TaskStatus, TaskStatus> effect = taskEffect(control);
    List<TaskState> tasks = new ArrayList<>(job.tasks().size());
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < job.tasks().size(); i++) {
      TaskState task = job.tasks().get(i);
      TaskStatus next = effect.getOrDefault(task.status(), task.status());
      if (next != task.status()) {
        changed.add(i);
      }
      tasks.add(task.withStatus(next));
    }
    JobState after = new JobState(tasks, FLAG_EFFECTS.get(control).apply(job.flags()));
    String nothing = NOTHING_TO_CHANGE.get(control);
    if (nothing != null && after.equals(job)) {
      if (control == Control.RETRY_ALL_FAILS && job.flags().sync() == SyncState.FAILED) {
        nothing = "its files did not reach the farm's shared disk; Retry Sync copies them again";
      }
      return new ControlOutcome.Refused(
          control, status, new ControlRule(control, status, nothing).refusal());
    }
    return new ControlOutcome.Applied(control, job, after, changed);
  }

  private static void effect(
      Control control,
      Map<TaskStatus, TaskStatus> tasks,
      String job,
      UnaryOperator<JobFlags> flags) {
    JOB_EFFECTS.put(control, job);
    Map<TaskStatus, TaskStatus> map = new EnumMap<>(TaskStatus.class);
    map.putAll(tasks);
    TASK_EFFECTS.put(control, Collections.unmodifiableMap(map));
    FLAG_EFFECTS.put(control, flags);
  }

  /** Builds the table and checks that every control has exactly one cell for every status. */
  private static final class Grid {
    private final Map<Control, Map<JobStatus, ControlRule>> cells = new EnumMap<>(Control.class);
    private Control current;

    Grid control(Control control) {
      if (cells.containsKey(control)) {
        throw new IllegalStateException(control + " is in the control table twice");
      }
      current = control;
      cells.put(control, new EnumMap<>(JobStatus.class));
      return this;
    }

    Grid applies(JobStatus... statuses) {
      for (JobStatus status : statuses) {
        put(status, null);
      }
      return this;
    }

    Grid refuses(JobStatus status, String reason) {
      put(status, reason);
      return this;
    }

    private void put(JobStatus status, String reason) {
      if (cells.get(current).put(status, new ControlRule(current, status, reason)) != null) {
        throw new IllegalStateException(current + " × " + status + " is in the table twice");
      }
    }

    Map<Control, Map<JobStatus, ControlRule>> build() {
      Map<Control, Map<JobStatus, ControlRule>> result = new EnumMap<>(Control.class);
      for (Control control : Control.values()) {
        Map<JobStatus, ControlRule> row = cells.get(control);
        if (row == null || row.size() != JobStatus.values().length) {
          Set<JobStatus> missing = EnumSet.allOf(JobStatus.class);
          if (row != null) {
            missing.removeAll(row.keySet());
          }
          throw new IllegalStateException(control + " has no rule for " + missing);
        }
        result.put(control, Collections.unmodifiableMap(new EnumMap<>(row)));
      }
      return Collections.unmodifiableMap(result);
    }
  }
}
