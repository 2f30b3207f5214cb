package dev.farmhand.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.ControlTable;
import dev.farmhand.core.status.JobStatus;
import org.junit.jupiter.api.Test;

/** Which controls a job offers, straight from the shared control table. */
class ControlsTest {
  static Job job(JobStatus status) throws Exception {
    return Json.read(SampleAnswers.JOB.replace("sync_pending", status.wireName()), Job.class);
  }

  @Test
  void aRunningJobOffersWhatTheTableAllowsAndSaysWhyNotTheRest() throws Exception {
    ControlChoices choices = Controls.applicable(job(JobStatus.RUNNING));

    assertThat(choices.applicable()).isEqualTo(ControlTable.applicable(JobStatus.RUNNING));
    assertThat(choices.refused())
        .containsEntry(
            Control.RETRY,
            "Retry does not apply to a Running job: its tasks are still rendering; Hold and Kill"
                + " it, then Retry");
    assertThat(choices.applicable().size() + choices.refused().size())
        .isEqualTo(Control.values().length);
  }

  @Test
  void setPriorityNeedsAnAdminKey() throws Exception {
    ControlChoices user = Controls.applicable(job(JobStatus.PENDING), Role.USER);

    assertThat(user.applies(Control.SET_PRIORITY)).isFalse();
    assertThat(user.refused().get(Control.SET_PRIORITY))
        .isEqualTo("Set Priority needs an admin key: ask an admin of the account to do it");
    assertThat(Controls.applicable(job(JobStatus.PENDING)).applies(Control.SET_PRIORITY)).isTrue();
  }
}
