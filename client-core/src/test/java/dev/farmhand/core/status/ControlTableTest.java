package dev.farmhand.core.status;

import static dev.farmhand.core.status.TaskStatus.FAILED;
import static dev.farmhand.core.status.TaskStatus.HOLDING;
import static dev.farmhand.core.status.TaskStatus.KILLED;
import static dev.farmhand.core.status.TaskStatus.PENDING;
import static dev.farmhand.core.status.TaskStatus.RUNNING;
import static dev.farmhand.core.status.TaskStatus.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every control against every job status. The expectations are written out here as a grid, apart
 * from the table they check, so a change to the table has to be made twice on purpose.
 */
class ControlTableTest {

  /**
   * For each control (row) and status (column): the status a representative job in that status
   * shows after the control, {@code -} where the table refuses the control, {@code =} where the
   * table allows it but the representative job has nothing it would change.
   */
  private static final String EXPECTED =
      """
                      PENDING  SYNC_PENDING RUNNING  HOLDING  SUCCESS  DOWNLOADED FAILED   PREEMPTED REVIEWED KILLED
      RETRY           -        -            -        -        PENDING  PENDING    PENDING  PENDING   PENDING  PENDING
      RETRY_ALL_FAILS -        -            RUNNING  -        -        -          PENDING  PENDING   -        -
      COMPLETE        -        -            -        SUCCESS  -        -          SUCCESS  SUCCESS   -        SUCCESS
      REVIEWED        -        -            -        -        REVIEWED REVIEWED   REVIEWED -         -        REVIEWED
      HOLD            HOLDING  SYNC_PENDING RUNNING  -        -        -          -        PREEMPTED -        -
      UNHOLD          PENDING  SYNC_PENDING =        PENDING  -        -          PENDING  =         -        -
      KILL            PENDING  SYNC_PENDING PENDING  KILLED   -        -          -        PREEMPTED -        -
      SET_PRIORITY    PENDING  SYNC_PENDING RUNNING  HOLDING  -        -          -        PREEMPTED -        -
      RETRY_SYNC      -        -            -        SYNC_PENDING -    -          SYNC_PENDING SYNC_PENDING - -
      """;

  /** One job in each status, with a mix of tasks that gives every control something to do. */
  static final Map<JobStatus, JobState> REPRESENTATIVE = new EnumMap<>(JobStatus.class);

  static {
    JobFlags synced = JobFlags.SYNCED;
    put(
        JobStatus.PENDING,
        synced,
        TaskState.scout(PENDING),
        TaskState.of(HOLDING),
        TaskState.of(HOLDING));
    put(
        JobStatus.SYNC_PENDING,
        synced.withSync(SyncState.SYNCING),
        TaskState.scout(PENDING),
        TaskState.of(HOLDING));
    put(
        JobStatus.RUNNING,
        synced,
        TaskState.of(SUCCESS),
        TaskState.of(RUNNING),
        TaskState.of(FAILED),
        TaskState.of(PENDING));
    put(
        JobStatus.HOLDING,
        synced,
        TaskState.scout(SUCCESS),
        TaskState.scout(SUCCESS),
        TaskState.of(HOLDING),
        TaskState.of(HOLDING));
    put(JobStatus.SUCCESS, synced, TaskState.of(SUCCESS), TaskState.of(SUCCESS));
    put(
        JobStatus.DOWNLOADED,
        synced.withDownloaded(true),
        TaskState.of(SUCCESS),
        TaskState.of(SUCCESS));
    put(
        JobStatus.FAILED,
        synced,
        TaskState.scout(FAILED),
        TaskState.scout(SUCCESS),
        TaskState.of(HOLDING));
    put(
        JobStatus.PREEMPTED,
        synced,
        TaskState.of(SUCCESS),
        TaskState.preemptedWithRetriesLeft(),
        TaskState.of(PENDING));
    put(JobStatus.REVIEWED, synced.withReviewed(true), TaskState.of(SUCCESS));
    put(
        JobStatus.KILLED,
        synced.withHeld(true).withKilled(true),
        TaskState.of(SUCCESS),
        TaskState.of(KILLED),
        TaskState.of(HOLDING));
  }

  private static void put(JobStatus status, JobFlags flags, TaskState... tasks) {
    REPRESENTATIVE.put(status, new JobState(List.of(tasks), flags));
  }

  static Stream<Arguments> everyControlAgainstEveryStatus() {
    List<String> lines = EXPECTED.lines().filter(l -> !l.isBlank()).toList();
    List<JobStatus> columns =
        Stream.of(lines.get(0).trim().split("\\s+")).map(JobStatus::valueOf).toList();
    List<Arguments> cases = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      Control control = Control.valueOf(cells[0]);
      for (int i = 0; i < columns.size(); i++) {
        cases.add(Arguments.of(control, columns.get(i), cells[i + 1]));
      }
    }
    return cases.stream();
  }

  @Test
  void theGridCoversEveryControlAndEveryStatusOnce() {
    assertThat(everyControlAgainstEveryStatus())
        .hasSize(Control.values().length * JobStatus.values().length);
    assertThat(REPRESENTATIVE).hasSize(JobStatus.values().length);
    REPRESENTATIVE.forEach((status, job) -> assertThat(job.status()).isEqualTo(status));
  }

  @ParameterizedTest(name = "{0} on a {1} job: {2}")
  @MethodSource("everyControlAgainstEveryStatus")
  void eachControlAppliesOrIsRefusedWithItsReason(
      Control control, JobStatus status, String expected) {
    ControlRule rule = ControlTable.rule(control, status);
    JobState job = REPRESENTATIVE.get(status);
    ControlOutcome outcome = ControlTable.apply(control, job);

    assertThat(rule.applies()).isEqualTo(!expected.equals("-"));
    assertThat(ControlTable.applicable(status).contains(control)).isEqualTo(rule.applies());
    switch (expected) {
      case "-" -> {
        assertThat(rule.reason()).isNotBlank();
        assertThat(outcome).isEqualTo(new ControlOutcome.Refused(control, status, rule.refusal()));
        assertThat(rule.refusal())
            .startsWith(control.label() + " does not apply to a " + status.label() + " job: ");
      }
      case "=" -> {
        assertThat(outcome).isInstanceOf(ControlOutcome.Refused.class);
        assertThat(((ControlOutcome.Refused) outcome).message())
            .startsWith(control.label() + " does not apply to a " + status.label() + " job: ");
      }
      default -> {
        assertThat(outcome).isInstanceOf(ControlOutcome.Applied.class);
        ControlOutcome.Applied applied = (ControlOutcome.Applied) outcome;
        assertThat(applied.after().status()).isEqualTo(JobStatus.valueOf(expected));
        assertThat(applied.before()).isEqualTo(job);
        assertChangedTasksAreExactlyThoseTheEffectNames(control, applied);
      }
    }
  }

  private static void assertChangedTasksAreExactlyThoseTheEffectNames(
      Control control, ControlOutcome.Applied applied) {
    Map<TaskStatus, TaskStatus> effect = ControlTable.taskEffect(control);
    for (int i = 0; i < applied.before().tasks().size(); i++) {
      TaskStatus was = applied.before().tasks().get(i).status();
      TaskStatus now = applied.after().tasks().get(i).status();
      assertThat(now).isEqualTo(effect.getOrDefault(was, was));
      assertThat(applied.changedTasks().contains(i)).isEqualTo(was != now);
    }
  }

  @Test
  void retryOfARunningJobSaysToHoldAndKillItFirst() {
    assertThat(ControlTable.rule(Control.RETRY, JobStatus.RUNNING).refusal())
        .isEqualTo(
            "Retry does not apply to a Running job: its tasks are still rendering; Hold and Kill"
                + " it, then Retry");
  }

  @Test
  void unHoldWithNoTaskHoldingIsRefusedEvenWhereTheStatusAllowsIt() {
    JobState running = REPRESENTATIVE.get(JobStatus.RUNNING);

    assertThat(ControlTable.apply(Control.UNHOLD, running))
        .isEqualTo(
            new ControlOutcome.Refused(
                Control.UNHOLD,
                JobStatus.RUNNING,
                "Un-Hold does not apply to a Running job: no task is holding"));
  }

  @Test
  void retryAllFailsOnAJobWhoseFilesFailedToSyncPointsToRetrySync() {
    JobState job =
        new JobState(List.of(TaskState.of(PENDING)), JobFlags.SYNCED.withSync(SyncState.FAILED));

    assertThat(ControlTable.apply(Control.RETRY_ALL_FAILS, job))
        .isEqualTo(
            new ControlOutcome.Refused(
                Control.RETRY_ALL_FAILS,
                JobStatus.FAILED,
                "Retry All Fails does not apply to a Failed job: its files did not reach the"
                    + " farm's shared disk; Retry Sync copies them again"));
  }

  @Test
  void retrySyncPutsTheJobBackToSyncPendingAndRetriesOnlyFailedTasks() {
    JobState failed = REPRESENTATIVE.get(JobStatus.FAILED);

    ControlOutcome.Applied applied =
        (ControlOutcome.Applied) ControlTable.apply(Control.RETRY_SYNC, failed);

    assertThat(applied.after().flags().sync()).isEqualTo(SyncState.SYNCING);
    assertThat(applied.after().tasks())
        .extracting(TaskState::status)
        .containsExactly(PENDING, SUCCESS, HOLDING);
    assertThat(applied.changedTasks()).containsExactly(0);
  }

  @Test
  void retryClearsEveryLabelAndRunsEveryTaskAgain() {
    JobState reviewed =
        new JobState(
            List.of(TaskState.of(SUCCESS), TaskState.of(FAILED)),
            JobFlags.SYNCED.withCompleted(true).withDownloaded(true).withReviewed(true));

    ControlOutcome.Applied applied =
        (ControlOutcome.Applied) ControlTable.apply(Control.RETRY, reviewed);

    assertThat(applied.after().flags()).isEqualTo(JobFlags.SYNCED);
    assertThat(applied.after().tasks()).extracting(TaskState::status).containsOnly(PENDING);
  }

  @Test
  void killingTwiceWithNothingRenderingSaysToHoldTheRest() {
    JobState killedButQueued =
        new JobState(
            List.of(TaskState.of(KILLED), TaskState.of(PENDING)), JobFlags.SYNCED.withKilled(true));

    assertThat(ControlTable.apply(Control.KILL, killedButQueued))
        .isEqualTo(
            new ControlOutcome.Refused(
                Control.KILL,
                JobStatus.PENDING,
                "Kill does not apply to a Pending job: it is killed already and nothing is"
                    + " rendering; Hold it to stop the rest"));
  }

  @Test
  void onlySetPriorityNeedsAnAdmin() {
    assertThat(Stream.of(Control.values()).filter(Control::adminOnly))
        .containsExactly(Control.SET_PRIORITY);
  }
}
