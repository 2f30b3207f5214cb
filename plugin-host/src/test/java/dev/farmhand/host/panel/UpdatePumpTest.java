package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.autodownload.Activity;
import dev.farmhand.core.status.JobStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class UpdatePumpTest {
  private final PendingChanges changes = new PendingChanges();
  private final JobsTableModel model = new JobsTableModel(Clock.systemUTC());
  private final AtomicReference<LinkState> link = new AtomicReference<>(LinkState.LIVE);
  private final List<LinkState> shown = new ArrayList<>();
  private final List<List<String>> told = new ArrayList<>();
  private final UpdatePump pump = new UpdatePump(changes, model, link::get, shown::add, () -> {});

  UpdatePumpTest() {
    pump.onChanged(told::add);
  }

  @Test
  void aFlushShowsEveryJobThatChangedOnceHoweverManyNoticesCame() {
    changes.add(RowChange.job(PanelJobs.job("j-1", JobStatus.RUNNING)));
    changes.add(RowChange.job(PanelJobs.job("j-2", JobStatus.RUNNING)));
    for (int i = 0; i < 500; i++) {
      changes.add(RowChange.status("j-1", i % 2 == 0 ? JobStatus.HOLDING : JobStatus.RUNNING));
    }

    pump.flush();

    assertThat(told).containsExactly(List.of("j-1", "j-2"));
    assertThat(model.find("j-1").orElseThrow().job().status()).isEqualTo(JobStatus.RUNNING);
    assertThat(pump.batches()).isEqualTo(1);
    assertThat(pump.jobsChanged()).isEqualTo(2);
  }

  @Test
  void aFlushWithNothingWaitingTellsNoOneButShowsTheLink() {
    pump.flush();
    link.set(LinkState.lost("Live updates lost: reconnecting"));
    pump.flush();

    assertThat(told).isEmpty();
    assertThat(shown)
        .containsExactly(LinkState.LIVE, LinkState.lost("Live updates lost: reconnecting"));
  }

  @Test
  void theAutoDownloadersActivityBecomesTheJobsDownloadState() {
    changes.add(RowChange.job(PanelJobs.job("j-1", JobStatus.RUNNING)));
    DownloadStates states = new DownloadStates(changes);
    Path file = Path.of("/tmp/x.png");
    states.on(new Activity.FileVerified("j-1", "a.png", file, 1, true, 0, Instant.EPOCH));
    states.on(new Activity.FileVerified("j-1", "b.png", file, 1, true, 0, Instant.EPOCH));
    states.on(new Activity.FileFailed("j-1", "c.png", "the farm did not answer", null));

    pump.flush();

    assertThat(model.find("j-1").orElseThrow().download().text())
        .isEqualTo("2 files home, 1 failed");
    states.on(new Activity.JobDownloaded("j-1", file, 2));
    pump.flush();
    assertThat(model.find("j-1").orElseThrow().download().text()).isEqualTo("Downloaded");
  }
}
