package dev.farmhand.core.status;

import static dev.farmhand.core.status.TaskStatus.FAILED;
import static dev.farmhand.core.status.TaskStatus.HOLDING;
import static dev.farmhand.core.status.TaskStatus.KILLED;
import static dev.farmhand.core.status.TaskStatus.PENDING;
import static dev.farmhand.core.status.TaskStatus.PREEMPTED;
import static dev.farmhand.core.status.TaskStatus.RUNNING;
import static dev.farmhand.core.status.TaskStatus.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The derivation of a job's status from its tasks and flags, one scenario per test. */
class StatusRulesTest {
  private static final JobFlags SYNCED = JobFlags.SYNCED;

  private static JobStatus derive(JobFlags flags, TaskState... tasks) {
    return StatusRules.derive(List.of(tasks), flags);
  }

  private static JobState job(JobFlags flags, TaskState... tasks) {
    return new JobState(List.of(tasks), flags);
  }

  private static JobState after(Control control, JobState job) {
    ControlOutcome outcome = ControlTable.apply(control, job);
    assertThat(outcome).isInstanceOf(ControlOutcome.Applied.class);
    return ((ControlOutcome.Applied) outcome).after();
  }

  @Test
  void aJobWhoseFilesAreStillUploadingIsPending() {
    assertThat(derive(SYNCED.withSync(SyncState.UPLOADING), TaskState.of(PENDING)))
        .isEqualTo(JobStatus.PENDING);
  }

  @Test
  void aJobWithNoTasksYetIsPending() {
    assertThat(derive(SYNCED)).isEqualTo(JobStatus.PENDING);
  }

  @Test
  void aJobWhoseFilesAreBeingCopiedIsSyncPending() {
    assertThat(derive(SYNCED.withSync(SyncState.SYNCING), TaskState.of(PENDING)))
        .isEqualTo(JobStatus.SYNC_PENDING);
  }

  @Test
  void aJobWhoseFilesFailedToCopyIsFailed() {
    assertThat(derive(SYNCED.withSync(SyncState.FAILED), TaskState.of(PENDING)))
        .isEqualTo(JobStatus.FAILED);
  }

  @Test
  void scoutsRenderingWithTheRestHoldingIsRunning() {
    assertThat(derive(SYNCED, TaskState.scout(RUNNING), TaskState.of(HOLDING)))
        .isEqualTo(JobStatus.RUNNING);
  }

  @Test
  void scoutsQueuedWithTheRestHoldingIsPending() {
    assertThat(derive(SYNCED, TaskState.scout(PENDING), TaskState.of(HOLDING)))
        .isEqualTo(JobStatus.PENDING);
  }

  @Test
  void scoutsDoneWithTheRestHoldingIsHolding() {
    assertThat(
            derive(
                SYNCED, TaskState.scout(SUCCESS), TaskState.scout(SUCCESS), TaskState.of(HOLDING)))
        .isEqualTo(JobStatus.HOLDING);
  }

  @Test
  void aFailedScoutOutranksTheHeldRestSoNobodyApprovesBehindIt() {
    assertThat(derive(SYNCED, TaskState.scout(FAILED), TaskState.of(HOLDING)))
        .isEqualTo(JobStatus.FAILED);
  }

  @Test
  void approvingScoutsQueuesTheRest() {
    JobState holding = job(SYNCED, TaskState.scout(SUCCESS), TaskState.of(HOLDING));

    assertThat(after(Control.UNHOLD, holding).status()).isEqualTo(JobStatus.PENDING);
  }

  @Test
  void aPreemptedTaskWithRetriesLeftShowsPreemptedUntilItRunsAgain() {
    assertThat(derive(SYNCED, TaskState.of(SUCCESS), TaskState.preemptedWithRetriesLeft()))
        .isEqualTo(JobStatus.PREEMPTED);
    assertThat(
            derive(
                SYNCED,
                TaskState.of(RUNNING),
                TaskState.preemptedWithRetriesLeft(),
                TaskState.of(PENDING)))
        .isEqualTo(JobStatus.RUNNING);
  }

  @Test
  void aPreemptedTaskWithoutRetriesLeftLeavesTheJobPreemptedOnceTheRestEnds() {
    assertThat(derive(SYNCED, TaskState.of(SUCCESS), TaskState.of(PREEMPTED)))
        .isEqualTo(JobStatus.PREEMPTED);
    assertThat(derive(SYNCED, TaskState.of(PENDING), TaskState.of(PREEMPTED)))
        .isEqualTo(JobStatus.PENDING);
  }

  @Test
  void aFailureOutranksAPreemptionThatRanOut() {
    assertThat(derive(SYNCED, TaskState.of(FAILED), TaskState.of(PREEMPTED)))
        .isEqualTo(JobStatus.FAILED);
  }

  @Test
  void someFailedTasksMakeTheJobFailedOnlyOnceNothingElseRuns() {
    assertThat(derive(SYNCED, TaskState.of(FAILED), TaskState.of(RUNNING)))
        .isEqualTo(JobStatus.RUNNING);
    assertThat(derive(SYNCED, TaskState.of(FAILED), TaskState.of(SUCCESS)))
        .isEqualTo(JobStatus.FAILED);
  }

  @Test
  void allTasksSucceededIsSuccess() {
    assertThat(derive(SYNCED, TaskState.scout(SUCCESS), TaskState.of(SUCCESS)))
        .isEqualTo(JobStatus.SUCCESS);
  }

  @Test
  void completeMakesAFailedJobShowSuccessAndLeavesItsTasksAlone() {
    JobState failed = job(SYNCED, TaskState.of(FAILED), TaskState.of(SUCCESS));

    JobState completed = after(Control.COMPLETE, failed);

    assertThat(completed.status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(completed.tasks()).isEqualTo(failed.tasks());
  }

  @Test
  void reviewedLabelsAFinishedJob() {
    JobState success = job(SYNCED, TaskState.of(SUCCESS));

    assertThat(after(Control.REVIEWED, success).status()).isEqualTo(JobStatus.REVIEWED);
  }

  @Test
  void downloadedShowsOnlyUntilTheJobIsReviewed() {
    JobFlags downloaded = SYNCED.withDownloaded(true);
    assertThat(derive(downloaded, TaskState.of(SUCCESS))).isEqualTo(JobStatus.DOWNLOADED);
    assertThat(derive(downloaded.withReviewed(true), TaskState.of(SUCCESS)))
        .isEqualTo(JobStatus.REVIEWED);
  }

  @Test
  void killWithoutHoldLetsQueuedTasksRunAndShowsKilledWhenTheyEnd() {
    JobState running = job(SYNCED, TaskState.of(RUNNING), TaskState.of(PENDING));

    JobState killed = after(Control.KILL, running);

    assertThat(killed.tasks()).extracting(TaskState::status).containsExactly(KILLED, PENDING);
    assertThat(killed.status()).isEqualTo(JobStatus.PENDING);
    JobState restEnded =
        new JobState(List.of(TaskState.of(KILLED), TaskState.of(SUCCESS)), killed.flags());
    assertThat(restEnded.status()).isEqualTo(JobStatus.KILLED);
  }

  @Test
  void holdAndKillStopsEverythingAtOnce() {
    JobState running = job(SYNCED, TaskState.of(RUNNING), TaskState.of(PENDING));

    JobState killed = after(Control.KILL, after(Control.HOLD, running));

    assertThat(killed.tasks()).extracting(TaskState::status).containsExactly(KILLED, HOLDING);
    assertThat(killed.status()).isEqualTo(JobStatus.KILLED);
  }

  @Test
  void rejectingScoutsByKillLeavesTheRestHoldingAndTheJobKilled() {
    JobState holding = job(SYNCED, TaskState.scout(SUCCESS), TaskState.of(HOLDING));

    assertThat(after(Control.KILL, holding).status()).isEqualTo(JobStatus.KILLED);
  }

  @Test
  void holdOnARunningJobLetsRunningTasksFinishThenShowsHolding() {
    JobState running = job(SYNCED, TaskState.of(RUNNING), TaskState.of(PENDING));

    JobState held = after(Control.HOLD, running);

    assertThat(held.status()).isEqualTo(JobStatus.RUNNING);
    JobState runningDone =
        new JobState(List.of(TaskState.of(SUCCESS), TaskState.of(HOLDING)), held.flags());
    assertThat(runningDone.status()).isEqualTo(JobStatus.HOLDING);
  }

  @Test
  void retryAllFailsRunsThePreemptedOutAndFailedTasksAgain() {
    JobState job =
        job(SYNCED, TaskState.of(FAILED), TaskState.of(PREEMPTED), TaskState.of(SUCCESS));

    JobState retried = after(Control.RETRY_ALL_FAILS, job);

    assertThat(retried.tasks())
        .extracting(TaskState::status)
        .containsExactly(PENDING, PENDING, SUCCESS);
    assertThat(retried.status()).isEqualTo(JobStatus.PENDING);
  }
}
