package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.status.TaskStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.it.Farms;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFormattedTextField;
import javax.swing.JMenuItem;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controls the first panel tests leave out, driven on a virtual display against a real local
 * farm: Set Priority with an admin's key, Reject (Kill) of scout frames in the detail, and Kill's
 * "Kill only".
 */
@Tag("slow")
@ExtendWith(VirtualDisplay.class)
class RenderPanelControlsTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String PRIORITY_DIALOG = PriorityInput.TITLE;

  @TempDir static Path data;
  @TempDir Path downloads;
  static LocalFarm farm;
  static FarmClient artist;
  static FarmClient lead;
  static List<Dependency> files;
  RenderPanel panel;
  Window window;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
    lead = Farms.client(farm, "studio", "lead");
    files = Farms.upload(artist);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    lead.close();
    artist.close();
    farm.close();
  }

  @AfterEach
  void closeAndStopEverything() throws Exception {
    if (window != null) {
      Edt.run(() -> window.dispose());
    }
    List<String> working = new ArrayList<>();
    for (Job job :
        artist.allJobs(
            Set.of(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.HOLDING, JobStatus.PREEMPTED))) {
      working.add(job.id());
    }
    if (!working.isEmpty()) {
      artist.holdAndKill(working);
    }
  }

  private void open(FarmClient client, String user) throws Exception {
    String key = farm.credentials().key("studio", user);
    PanelOptions options = PanelOptions.defaults().withDownloadRoot(downloads);
    Edt.run(
        () -> {
          RenderPanel.installLookAndFeel();
          panel = RenderPanel.open(client, key, options, () -> {});
          window = SwingUtilities.getWindowAncestor(panel.component());
          window.setBounds(0, 0, 1360, 860);
        });
  }

  private static Job submit(String frames, String scouts, int chunk) throws Exception {
    return artist
        .createJob(Farms.request(files, frames, scouts, chunk), UUID.randomUUID().toString())
        .job();
  }

  private <T> T awaitShown(String what, Callable<T> read, Predicate<T> wanted) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .alias(what)
        .until(() -> Edt.call(read), wanted);
  }

  private void awaitRow(String jobId, JobStatus status) {
    awaitShown(
        jobId + "'s row to show " + status,
        () -> panel.jobsView().model().find(jobId).map(row -> row.job().status()).orElse(null),
        status::equals);
  }

  private void awaitResults(String heading) {
    awaitShown(
        "the results to read '" + heading + "'", panel.results()::headingText, heading::equals);
  }

  private int shownPriority(String jobId) {
    return panel.jobsView().model().find(jobId).orElseThrow().job().priority();
  }

  /** Presses the toolbar's Set Priority, types {@code typed} in the dialog and presses OK. */
  private void setPriorityFromTheToolbar(String typed, String screenshot) throws Exception {
    JButton button = Edt.call(() -> Edt.find(panel.component(), "control.priority", JButton.class));
    SwingUtilities.invokeLater(button::doClick);
    JDialog asked =
        awaitShown("the priority dialog", () -> Edt.dialog(PRIORITY_DIALOG), d -> d != null);
    Edt.run(
        () -> {
          JFormattedTextField field = find(asked, JFormattedTextField.class, null);
          field.requestFocusInWindow();
          field.setText(typed);
        });
    if (screenshot != null) {
      Screenshots.save(window, screenshot);
    }
    AbstractButton ok = Edt.call(() -> find(asked, AbstractButton.class, "OK"));
    SwingUtilities.invokeLater(ok::doClick);
    awaitShown(
        "the priority dialog to close",
        () -> Edt.dialog(PRIORITY_DIALOG) == null,
        Boolean.TRUE::equals);
  }

  @Test
  void anAdminSetsAPriorityFromTheDialogAndAValueOutOfRangeIsRefused() throws Exception {
    Job job = submit("1-400", null, 400);
    Farms.waitFor(artist, job.id(), JobStatus.RUNNING);
    open(lead, "lead");
    awaitRow(job.id(), JobStatus.RUNNING);
    awaitShown(
        "Set Priority shown for the admin's key",
        () -> Edt.find(panel.component(), "control.priority", JButton.class).isVisible(),
        Boolean.TRUE::equals);
    assertThat(
            Edt.call(
                () ->
                    Edt.find(
                            panel.jobsView().table().getComponentPopupMenu(),
                            "menu.priority",
                            JMenuItem.class)
                        .isVisible()))
        .isTrue();
    Edt.run(() -> panel.jobsView().select(Set.of(job.id())));
    assertThat(Edt.call(() -> panel.controls().action(Control.SET_PRIORITY).isEnabled())).isTrue();

    // Out of range: nothing is sent, and the panel says why.
    setPriorityFromTheToolbar("150", "set-priority-dialog");
    awaitResults(
        "Set Priority was not sent: 150 is out of range: give 0 to 100 (higher runs first)");
    Screenshots.save(window, "set-priority-refused");
    assertThat(lead.job(job.id()).priority()).isEqualTo(50);
    assertThat(Edt.call(() -> shownPriority(job.id()))).isEqualTo(50);

    setPriorityFromTheToolbar("85", null);
    awaitResults("Set Priority on 1 job: 1 done");
    assertThat(lead.job(job.id()).priority()).isEqualTo(85);
    awaitShown("the row's priority to read 85", () -> shownPriority(job.id()), p -> p == 85);
    Screenshots.save(window, "priority-set");

    // Set elsewhere: the row follows the farm's notice.
    lead.act(Control.SET_PRIORITY, job.id(), 20);
    awaitShown("the row's priority to read 20", () -> shownPriority(job.id()), p -> p == 20);
  }

  @Test
  void rejectingScoutFramesInTheDetailKillsTheJob() throws Exception {
    Job job = submit("1-6", "auto:2", 1);
    Farms.waitFor(artist, job.id(), JobStatus.HOLDING);
    open(artist, "artist");
    awaitRow(job.id(), JobStatus.HOLDING);
    Edt.run(() -> panel.jobsView().select(Set.of(job.id())));
    awaitShown(
        "two scout thumbnails", () -> panel.detailView().scouts().thumbnailCount(), n -> n == 2);
    JButton reject = Edt.call(() -> Edt.find(panel.component(), "detail.reject", JButton.class));
    assertThat(Edt.call(reject::isEnabled)).isTrue();

    Edt.run(reject::doClick);

    awaitResults("Kill on 1 job: 1 done");
    awaitRow(job.id(), JobStatus.KILLED);
    assertThat(artist.job(job.id()).status()).isEqualTo(JobStatus.KILLED);
    assertThat(artist.tasks(job.id()))
        .extracting(Task::status)
        .doesNotContain(TaskStatus.PENDING, TaskStatus.RUNNING);
    Screenshots.save(window, "scouts-rejected-job-killed");
  }

  @Test
  void killOnlyStopsWhatRendersAndLetsTheQueuedTaskRun() throws Exception {
    // Two long tasks take both workers; the one-frame third waits.
    Job job = submit("1-401", null, 200);
    List<Task> before =
        await()
            .atMost(PATIENCE)
            .alias("two of the job's tasks running and one waiting")
            .until(
                () -> artist.tasks(job.id()),
                tasks ->
                    count(tasks, TaskStatus.RUNNING) == 2 && count(tasks, TaskStatus.PENDING) == 1);
    open(artist, "artist");
    awaitRow(job.id(), JobStatus.RUNNING);
    Edt.run(() -> panel.jobsView().select(Set.of(job.id())));
    JButton kill = Edt.call(() -> Edt.find(panel.component(), "control.kill", JButton.class));
    SwingUtilities.invokeLater(kill::doClick);
    JDialog asked = awaitShown("the Kill dialog", () -> Edt.dialog("Kill"), d -> d != null);
    AbstractButton killOnly = Edt.call(() -> find(asked, AbstractButton.class, "Kill only"));
    SwingUtilities.invokeLater(killOnly::doClick);

    awaitResults("Kill on 1 job: 1 done");
    awaitRow(job.id(), JobStatus.KILLED);
    // What rendered was killed; what waited still ran.
    List<Task> after = artist.tasks(job.id());
    for (Task task : before) {
      TaskStatus now =
          after.stream().filter(t -> t.id().equals(task.id())).findFirst().orElseThrow().status();
      assertThat(now)
          .as(task.id())
          .isEqualTo(task.status() == TaskStatus.RUNNING ? TaskStatus.KILLED : TaskStatus.SUCCESS);
    }
    Screenshots.save(window, "kill-only-job-killed");
  }

  private static long count(List<Task> tasks, TaskStatus status) {
    return tasks.stream().filter(task -> task.status() == status).count();
  }

  /** The first component of this type under root, with this text when {@code text} is given. */
  private static <T extends Component> T find(Container root, Class<T> type, String text) {
    for (Component child : root.getComponents()) {
      if (type.isInstance(child)
          && (text == null
              || (child instanceof AbstractButton button && text.equals(button.getText())))) {
        return type.cast(child);
      }
      if (child instanceof Container container) {
        T found = find(container, type, text);
        if (found != null) {
          return found;
        }
      }
    }
    if (root instanceof Window) {
      throw new AssertionError("no " + type.getSimpleName() + " '" + text + "' in " + root);
    }
    return null;
  }
}
