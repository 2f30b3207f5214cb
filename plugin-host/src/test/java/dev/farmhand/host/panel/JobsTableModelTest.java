package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.JobStats;
import dev.farmhand.core.status.JobStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.swing.event.TableModelEvent;
import org.junit.jupiter.api.Test;

class JobsTableModelTest {
  private final Clock clock = Clock.fixed(PanelJobs.T0.plusSeconds(600), ZoneOffset.UTC);
  private final JobsTableModel model = new JobsTableModel(clock);
  private final List<String> events = new ArrayList<>();

  JobsTableModelTest() {
    model.addTableModelListener(
        e -> events.add(kind(e) + " " + e.getFirstRow() + "-" + e.getLastRow()));
  }

  private static String kind(TableModelEvent e) {
    if (e.getFirstRow() == TableModelEvent.HEADER_ROW) {
      return "structure";
    }
    return switch (e.getType()) {
      case TableModelEvent.INSERT -> "insert";
      case TableModelEvent.DELETE -> "delete";
      default -> e.getLastRow() == Integer.MAX_VALUE ? "all" : "update";
    };
  }

  private static PendingChanges.Batch batch(RowChange... changes) {
    return new PendingChanges.Batch(null, List.of(changes), 0);
  }

  @Test
  void newJobsAreInsertedTogetherAndKnownOnesUpdatedInPlace() {
    model.apply(batch(RowChange.job(PanelJobs.job("j-1", JobStatus.RUNNING))));
    events.clear();

    List<String> changed =
        model.apply(
            batch(
                RowChange.status("j-1", JobStatus.HOLDING),
                RowChange.job(PanelJobs.job("j-2", JobStatus.PENDING)),
                RowChange.job(PanelJobs.job("j-3", JobStatus.PENDING))));

    assertThat(changed).containsExactly("j-1", "j-2", "j-3");
    assertThat(events).containsExactly("update 0-0", "insert 1-2");
    assertThat(model.find("j-1").orElseThrow().job().status()).isEqualTo(JobStatus.HOLDING);
    assertThat(model.getRowCount()).isEqualTo(3);
  }

  @Test
  void aNoticeForAJobNotShownYetWaitsForTheJobToBeRead() {
    List<String> changed = model.apply(batch(RowChange.status("j-9", JobStatus.RUNNING)));

    assertThat(changed).isEmpty();
    assertThat(model.getRowCount()).isZero();
    assertThat(events).isEmpty();
  }

  @Test
  void aReloadReplacesEveryRowAndKeepsWhatTheDownloaderReported() {
    model.apply(
        batch(
            RowChange.job(PanelJobs.job("j-1", JobStatus.RUNNING)),
            RowChange.download("j-1", DownloadState.NONE.withVerified())));
    events.clear();

    model.apply(
        new PendingChanges.Batch(
            List.of(
                PanelJobs.job("j-2", JobStatus.PENDING), PanelJobs.job("j-1", JobStatus.SUCCESS)),
            List.of(),
            0));

    assertThat(events).containsExactly("all 0-" + Integer.MAX_VALUE);
    assertThat(model.row(0).id()).isEqualTo("j-2");
    assertThat(model.find("j-1").orElseThrow().download().verified()).isEqualTo(1);
    assertThat(model.indexOf("j-1")).contains(1);
  }

  @Test
  void aBurstOfChangesFiresOneUpdateSpanningThemInsteadOfOneEach() {
    int jobs = 1000;
    model.apply(
        new PendingChanges.Batch(
            IntStream.rangeClosed(1, jobs)
                .mapToObj(i -> PanelJobs.job("j-" + i, JobStatus.RUNNING))
                .toList(),
            List.of(),
            0));
    events.clear();

    model.apply(
        new PendingChanges.Batch(
            null,
            IntStream.rangeClosed(101, 101 + JobsTableModel.MANY)
                .mapToObj(i -> RowChange.status("j-" + i, JobStatus.HOLDING))
                .toList(),
            0));
    model.apply(batch(RowChange.status("j-5", JobStatus.HOLDING)));

    assertThat(events).containsExactly("update 100-" + (100 + JobsTableModel.MANY), "update 4-4");
  }

  @Test
  void eachColumnShowsItsPartOfTheJob() {
    JobStats stats = new JobStats(40, 10, 2, 4, 0, 125, 60, null);
    model.apply(
        batch(
            RowChange.job(PanelJobs.job("j-7", JobStatus.RUNNING, "shot010 comp", stats)),
            RowChange.job(PanelJobs.job("j-8", JobStatus.DOWNLOADED))));

    assertThat(value(0, JobColumn.STATUS)).isEqualTo(JobStatus.RUNNING);
    assertThat(value(0, JobColumn.TITLE)).isEqualTo("shot010 comp");
    assertThat(value(0, JobColumn.FRAMES)).isEqualTo(stats);
    assertThat(value(0, JobColumn.FAILED)).isEqualTo(2);
    assertThat(value(0, JobColumn.RUNNING)).isEqualTo(4);
    assertThat(value(0, JobColumn.SUBMITTED)).isEqualTo(PanelJobs.T0.plusSeconds(7));
    // started at T0 + 12 s, still running at T0 + 600 s
    assertThat(value(0, JobColumn.ELAPSED)).isEqualTo(Duration.ofSeconds(588));
    assertThat(value(0, JobColumn.RENDER_TIME)).isEqualTo(Duration.ofSeconds(125));
    assertThat(((DownloadState) value(0, JobColumn.DOWNLOAD)).text()).isEqualTo("—");
    assertThat(((DownloadState) value(1, JobColumn.DOWNLOAD)).text()).isEqualTo("Downloaded");
    assertThat(JobTimes.text(Duration.ofSeconds(588))).isEqualTo("9m 48s");
    assertThat(FramesBar.text(stats)).isEqualTo("10/40");
  }

  private Object value(int row, JobColumn column) {
    return model.getValueAt(row, column.ordinal());
  }
}
