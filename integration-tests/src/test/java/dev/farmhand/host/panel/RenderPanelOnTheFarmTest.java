package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.host.scenes.SceneJobs;
import dev.farmhand.it.Farms;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render panel driven on a virtual display against a real local farm: rows, the right-click
 * menu and the toolbar, scouts approved from the detail, Submit; screenshots saved as it goes.
 */
@Tag("slow")
@ExtendWith(VirtualDisplay.class)
class RenderPanelOnTheFarmTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir static Path data;
  @TempDir Path downloads;
  static LocalFarm farm;
  static FarmClient artist;
  static List<Dependency> files;
  RenderPanel panel;
  Window window;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
    files = Farms.upload(artist);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    artist.close();
    farm.close();
  }

  @BeforeEach
  void openPanel() throws Exception {
    SceneJobs scenes = Farms.repositoryScenes(downloads.resolve("no-user-plugins"));
    PanelOptions options =
        PanelOptions.defaults()
            .withDownloadRoot(downloads)
            .withSceneJobs(() -> scenes)
            .withScene(copyOfTheSampleScene());
    String key = farm.credentials().key("studio", "artist");
    Edt.run(
        () -> {
          RenderPanel.installLookAndFeel();
          panel = RenderPanel.open(artist, key, options, () -> {});
          window = SwingUtilities.getWindowAncestor(panel.component());
          window.setBounds(0, 0, 1360, 860);
        });
  }

  /** The sample scene and its texture, copied, so the dialog shows a short path. */
  private Path copyOfTheSampleScene() throws java.io.IOException {
    Path folder = downloads.resolve("turntable");
    Files.createDirectories(folder.resolve("textures"));
    Files.copy(Farms.SCENE_DIR.resolve("turntable.fhscene"), folder.resolve("turntable.fhscene"));
    Files.copy(
        Farms.SCENE_DIR.resolve("textures/checker.png"), folder.resolve("textures/checker.png"));
    return folder.resolve("turntable.fhscene");
  }

  @AfterEach
  void closeAndStopEverything() throws Exception {
    Edt.run(() -> window.dispose());
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

  private static Job submit(String frames, String scouts, int chunk) throws Exception {
    return artist
        .createJob(Farms.request(files, frames, scouts, chunk), UUID.randomUUID().toString())
        .job();
  }

  private JobStatus shown(String jobId) throws Exception {
    return Edt.call(
        () -> panel.jobsView().model().find(jobId).map(row -> row.job().status()).orElse(null));
  }

  private void awaitShown(String jobId, JobStatus status) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .alias(jobId + "'s row to show " + status)
        .until(() -> shown(jobId) == status);
  }

  private void awaitResults(String heading) {
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .alias("the results to read '" + heading + "'")
        .until(() -> Edt.call(() -> panel.results().headingText()), heading::equals);
  }

  @Test
  void heldFromTheMenuTwoQueuedJobsShowHoldingAndKillAsksWhetherToHoldFirst() throws Exception {
    Job finished = submit("1", null, 1);
    Farms.waitFor(artist, finished.id(), JobStatus.SUCCESS);
    Job busy1 = submit("1-400", null, 400);
    Job busy2 = submit("1-400", null, 400);
    Farms.waitFor(artist, busy1.id(), JobStatus.RUNNING);
    Farms.waitFor(artist, busy2.id(), JobStatus.RUNNING);
    Job queued1 = submit("1-40", null, 40);
    Job queued2 = submit("1-40", null, 40);
    awaitShown(queued1.id(), JobStatus.PENDING);
    awaitShown(queued2.id(), JobStatus.PENDING);
    awaitShown(finished.id(), JobStatus.SUCCESS);

    // Two queued jobs selected: Hold applies, Retry does not and says why; no Set Priority for a
    // user.
    Edt.run(() -> panel.jobsView().select(Set.of(queued1.id(), queued2.id())));
    ControlActions controls = panel.controls();
    assertThat(Edt.call(() -> panel.jobsView().selectedJobs().size())).isEqualTo(2);
    assertThat(Edt.call(() -> controls.action(Control.HOLD).isEnabled())).isTrue();
    assertThat(Edt.call(() -> controls.action(Control.RETRY).isEnabled())).isFalse();
    assertThat(
            Edt.call(
                () -> Edt.find(panel.component(), "control.retry", JButton.class).getToolTipText()))
        .contains("Retry does not apply to a Pending job: its tasks have not run yet");
    assertThat(
            Edt.call(
                () -> Edt.find(panel.component(), "control.priority", JButton.class).isVisible()))
        .isFalse();

    JPopupMenu menu =
        Edt.call(
            () -> {
              JTable table = panel.jobsView().table();
              int row =
                  table.convertRowIndexToView(
                      panel.jobsView().model().indexOf(queued1.id()).orElseThrow());
              Rectangle cell = table.getCellRect(row, JobColumn.TITLE.ordinal(), true);
              JPopupMenu popup = table.getComponentPopupMenu();
              popup.show(table, cell.x + 60, cell.y + cell.height / 2);
              return popup;
            });
    assertThat(Edt.call(() -> Edt.find(menu, "menu.retry", JMenuItem.class).isEnabled())).isFalse();
    Screenshots.save(window, "menu-on-two-queued-jobs");
    Edt.run(
        () -> {
          Edt.find(menu, "menu.hold", JMenuItem.class).doClick();
          menu.setVisible(false);
        });

    awaitResults("Hold on 2 jobs: 2 done");
    awaitShown(queued1.id(), JobStatus.HOLDING);
    awaitShown(queued2.id(), JobStatus.HOLDING);
    assertThat(Edt.call(() -> panel.results().shown()))
        .extracting(ControlResult::line)
        .containsExactlyInAnyOrder(
            queued1.id() + "  done: now Holding", queued2.id() + "  done: now Holding");
    Screenshots.save(window, "two-jobs-held");

    // A change made elsewhere reaches the row by its notice.
    artist.act(Control.UNHOLD, queued2.id(), null);
    awaitShown(queued2.id(), JobStatus.PENDING);

    // A refusal is explained per job: Hold on a Success job and a Holding one.
    Edt.run(() -> panel.jobsView().select(Set.of(finished.id(), queued1.id())));
    assertThat(Edt.call(() -> controls.action(Control.HOLD).isEnabled())).isFalse();
    Edt.run(() -> panel.controls().send(Control.HOLD, List.of(finished.id(), queued1.id())));
    awaitResults("Hold on 2 jobs: 0 done, 2 refused");
    assertThat(Edt.call(() -> panel.results().shown()))
        .extracting(ControlResult::line)
        .contains(
            finished.id()
                + "  refused: Hold does not apply to a Success job: it is finished: nothing is left to hold");

    // Kill asks whether to hold first.
    Edt.run(() -> panel.jobsView().select(Set.of(busy1.id())));
    JButton kill = Edt.call(() -> Edt.find(panel.component(), "control.kill", JButton.class));
    SwingUtilities.invokeLater(kill::doClick);
    JDialog asked =
        await().atMost(PATIENCE).until(() -> Edt.call(() -> Edt.dialog("Kill")), d -> d != null);
    Screenshots.save(window, "kill-asks-to-hold-first");
    AbstractButton holdAndKill = Edt.call(() -> findButton(asked, "Hold and Kill"));
    SwingUtilities.invokeLater(holdAndKill::doClick);
    awaitResults("Hold and Kill on 1 job: 1 done");
    awaitShown(busy1.id(), JobStatus.KILLED);
  }

  @Test
  void scoutFramesShowInTheDetailAndApprovingThemRendersTheRest() throws Exception {
    Job job = submit("1-6", "auto:2", 1);
    Farms.waitFor(artist, job.id(), JobStatus.HOLDING);
    awaitShown(job.id(), JobStatus.HOLDING);

    Edt.run(() -> panel.jobsView().select(Set.of(job.id())));
    await()
        .atMost(PATIENCE)
        .alias("two scout thumbnails")
        .until(() -> Edt.call(() -> panel.detailView().scouts().thumbnailCount()), n -> n == 2);
    Edt.run(() -> panel.detailView().taskTable().setRowSelectionInterval(0, 0));
    await()
        .atMost(PATIENCE)
        .alias("the first task's log")
        .until(
            () ->
                Edt.call(
                    () -> Edt.find(panel.component(), "detail.log", JTextArea.class).getText()),
            text -> text.startsWith("==="));
    JButton approve = Edt.call(() -> Edt.find(panel.component(), "detail.approve", JButton.class));
    assertThat(Edt.call(approve::isEnabled)).isTrue();
    Screenshots.save(window, "scouts-in-the-detail");

    Edt.run(approve::doClick);

    awaitResults("Un-Hold on 1 job: 1 done");
    awaitShown(job.id(), JobStatus.SUCCESS);
    assertThat(downloads.resolve(job.id())).isDirectory();
    Screenshots.save(window, "scouts-approved-job-done");
  }

  @Test
  void submitFillsTheDialogFromTheSceneShowsTheResolvedJobAndSendsIt() throws Exception {
    Edt.run(() -> Edt.find(panel.component(), "submit.open", JButton.class).doClick());
    JDialog dialog =
        await()
            .atMost(PATIENCE)
            .until(() -> Edt.call(() -> Edt.dialog("Submit a render")), d -> d != null);
    SubmitDialog submit = (SubmitDialog) dialog;
    await()
        .atMost(PATIENCE)
        .alias("the scene's job in the preview")
        .until(() -> Edt.call(submit::previewRows), rows -> !rows.isEmpty());
    assertThat(Edt.call(() -> submit.form().frames.getText())).isNotBlank();

    Edt.run(
        () -> {
          submit.form().scouts.setText("auto:3");
          submit.form().priority.setValue(70);
          Edt.find(dialog, "submit.preview", JButton.class).doClick();
        });
    await()
        .atMost(PATIENCE)
        .alias("the preview with the scouts chosen")
        .until(
            () -> Edt.call(submit::previewRows),
            rows ->
                rows.contains(List.of("priority", "70"))
                    && rows.stream()
                        .anyMatch(r -> r.get(0).equals("scouts") && r.get(1).startsWith("auto:3")));
    Screenshots.save(dialog, "submit-dialog");

    Edt.run(() -> Edt.find(dialog, "submit.send", JButton.class).doClick());
    String status =
        await()
            .atMost(PATIENCE)
            .until(
                () ->
                    Edt.call(
                        () ->
                            Edt.find(dialog, "submit.status", javax.swing.JLabel.class).getText()),
                text -> text.startsWith("Submitted as "));
    String id = status.substring("Submitted as ".length(), status.length() - 1);
    await().atMost(PATIENCE).alias("the submitted job's row").until(() -> shown(id) != null);
    assertThat(artist.job(id).scouts()).isEqualTo("auto:3");
    Edt.run(dialog::dispose);
  }

  private static AbstractButton findButton(java.awt.Container root, String text) {
    for (java.awt.Component child : root.getComponents()) {
      if (child instanceof AbstractButton button && text.equals(button.getText())) {
        return button;
      }
      if (child instanceof java.awt.Container container) {
        AbstractButton found = findButton(container, text);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
