package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.JobStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PendingChangesTest {
  @Test
  void aThousandNoticesForOneJobWaitAsOneChangeWithTheLastStatus() {
    PendingChanges changes = new PendingChanges();
    JobStatus[] statuses = JobStatus.values();
    for (int i = 0; i < 1000; i++) {
      changes.add(RowChange.status("j-1", statuses[i % statuses.length]));
    }

    PendingChanges.Batch batch = changes.drain();

    assertThat(batch.changes()).containsExactly(RowChange.status("j-1", statuses[999 % 10]));
    assertThat(batch.merged()).isEqualTo(999);
    assertThat(changes.drain().isEmpty()).isTrue();
  }

  @Test
  void aJobReadAfterANoticeReplacesTheNoticesStatus() {
    PendingChanges changes = new PendingChanges();
    Job read = PanelJobs.job("j-1", JobStatus.HOLDING);
    changes.add(RowChange.status("j-1", JobStatus.RUNNING));
    changes.add(RowChange.job(read));

    assertThat(changes.drain().changes()).containsExactly(new RowChange("j-1", read, null, null));
  }

  @Test
  void aNoticeAfterAJobReadOverridesItsStatusAndKeepsTheJob() {
    PendingChanges changes = new PendingChanges();
    Job read = PanelJobs.job("j-1", JobStatus.RUNNING);
    changes.add(RowChange.job(read));
    changes.add(RowChange.download("j-1", DownloadState.NONE.withVerified()));
    changes.add(RowChange.status("j-1", JobStatus.HOLDING));

    assertThat(changes.drain().changes())
        .containsExactly(
            new RowChange("j-1", read, JobStatus.HOLDING, DownloadState.NONE.withVerified()));
  }

  @Test
  void jobsKeepTheOrderTheyFirstChangedIn() {
    PendingChanges changes = new PendingChanges();
    changes.add(RowChange.status("j-2", JobStatus.RUNNING));
    changes.add(RowChange.status("j-1", JobStatus.RUNNING));
    changes.add(RowChange.status("j-2", JobStatus.HOLDING));

    assertThat(changes.drain().changes())
        .extracting(RowChange::jobId)
        .containsExactly("j-2", "j-1");
  }

  @Test
  void mergedChangesShowWhatShowingEveryEventInTurnWouldShow() {
    for (long seed = 1; seed <= 50; seed++) {
      Random random = new Random(seed);
      PendingChanges changes = new PendingChanges();
      JobsTableModel oneByOne = new JobsTableModel(java.time.Clock.systemUTC());
      JobsTableModel merged = new JobsTableModel(java.time.Clock.systemUTC());
      for (int i = 0; i < 200; i++) {
        String id = "j-" + (1 + random.nextInt(8));
        JobStatus status = JobStatus.values()[random.nextInt(10)];
        RowChange change =
            switch (random.nextInt(3)) {
              case 0 -> RowChange.job(PanelJobs.job(id, status));
              case 1 -> RowChange.status(id, status);
              default -> RowChange.download(id, new DownloadState(i, 0, 0, false));
            };
        changes.add(change);
        oneByOne.apply(new PendingChanges.Batch(null, List.of(change), 0));
      }
      merged.apply(changes.drain());

      assertThat(rows(merged)).as("seed %d", seed).isEqualTo(rows(oneByOne));
    }
  }

  private static Map<String, JobRow> rows(JobsTableModel model) {
    Map<String, JobRow> rows = new HashMap<>();
    for (int i = 0; i < model.getRowCount(); i++) {
      rows.put(model.row(i).id(), model.row(i));
    }
    return rows;
  }
}
