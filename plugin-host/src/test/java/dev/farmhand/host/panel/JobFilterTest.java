package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.JobStats;
import dev.farmhand.core.status.JobStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobFilterTest {
  @Test
  void noStatusChosenShowsEveryStatusAndTheTextMatchesTitleIdOrUserIgnoringCase() {
    var job = PanelJobs.job("j-12", JobStatus.FAILED, "Shot010 Comp", JobStats.notStarted(1));

    assertThat(JobFilter.ALL.matches(job)).isTrue();
    assertThat(new JobFilter(Set.of(), "shot010").matches(job)).isTrue();
    assertThat(new JobFilter(Set.of(), "J-12").matches(job)).isTrue();
    assertThat(new JobFilter(Set.of(), " ana ").matches(job)).isTrue();
    assertThat(new JobFilter(Set.of(), "shot020").matches(job)).isFalse();
  }

  @Test
  void chosenStatusesShowOnlyJobsInThem() {
    var failed = PanelJobs.job("j-1", JobStatus.FAILED);
    var running = PanelJobs.job("j-2", JobStatus.RUNNING);
    JobFilter filter = new JobFilter(Set.of(JobStatus.FAILED, JobStatus.PREEMPTED), "");

    assertThat(filter.matches(failed)).isTrue();
    assertThat(filter.matches(running)).isFalse();
    assertThat(new JobFilter(Set.of(JobStatus.FAILED), "j-2").matches(failed)).isFalse();
  }
}
