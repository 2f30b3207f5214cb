package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.UploadStatus;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.host.scenes.SceneJobs;
import dev.farmhand.it.Farms;
import java.awt.Window;
import java.awt.event.WindowEvent;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submit's upload on a virtual display against a real local farm: a scene with a large texture,
 * sent through a proxy that slows it so it can be watched and cancelled, then sent again.
 */
@Tag("slow")
@ExtendWith(VirtualDisplay.class)
class RenderPanelUploadTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final long TEXTURE_SIZE = 200L << 20;
  private static final long SLOW = 40L << 20;

  @TempDir Path data;
  @TempDir Path work;
  LocalFarm farm;
  ThrottledProxy proxy;
  FarmClient artist;
  Window window;
  RenderPanel panel;

  @AfterEach
  void closeAndStopEverything() throws Exception {
    if (window != null) {
      Edt.run(() -> window.dispose());
    }
    if (artist != null) {
      List<String> working =
          artist.allJobs(EnumSet.of(JobStatus.PENDING, JobStatus.RUNNING)).stream()
              .map(Job::id)
              .toList();
      if (!working.isEmpty()) {
        artist.holdAndKill(working);
      }
      artist.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (farm != null) {
      farm.close();
    }
  }

  /** The sample scene with a large texture beside it, in a folder of its own. */
  private Path sceneWithALargeTexture() throws Exception {
    Path folder = work.resolve("turntable");
    Files.createDirectories(folder.resolve("textures"));
    Files.copy(
        Farms.SCENE_DIR.resolve("textures/checker.png"), folder.resolve("textures/checker.png"));
    String scene =
        Files.readString(Farms.SCENE_DIR.resolve("turntable.fhscene"))
            .replace(
                "\"floor\": \"textures/checker.png\"",
                "\"floor\": \"textures/checker.png\", \"backdrop\": \"textures/backdrop.exr\"");
    assertThat(scene).contains("backdrop.exr");
    Files.writeString(folder.resolve("turntable.fhscene"), scene, StandardCharsets.UTF_8);
    byte[] block = new byte[1 << 20];
    SplittableRandom random = new SplittableRandom(42);
    try (FileChannel out =
        FileChannel.open(
            folder.resolve("textures/backdrop.exr"),
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
      for (long written = 0; written < TEXTURE_SIZE; written += block.length) {
        random.nextBytes(block);
        out.write(ByteBuffer.wrap(block));
      }
    }
    return folder.resolve("turntable.fhscene");
  }

  private static <T> T awaitShown(String what, Callable<T> read, Predicate<T> wanted) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .alias(what)
        .until(() -> Edt.call(read), wanted);
  }

  @Test
  void closingTheDialogDuringTheUploadCancelsIt() throws Exception {
    Path scene = sceneWithALargeTexture();
    String sha256 = Sha256.of(scene.resolveSibling("textures/backdrop.exr"));
    JDialog dialog = openSubmit(scene);
    JLabel status = Edt.call(() -> Edt.find(dialog, "submit.status", JLabel.class));
    proxy.throttle(SLOW);
    Edt.run(Edt.find(dialog, "submit.send", JButton.class)::doClick);
    awaitShown("the upload under way", status::getText, text -> text.startsWith("uploading: "));

    Edt.run(() -> dialog.dispatchEvent(new WindowEvent(dialog, WindowEvent.WINDOW_CLOSING)));

    assertThat(Edt.call(dialog::isDisplayable)).as("the dialog is gone").isFalse();
    long[] last = {-1};
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(500))
        .alias("the upload to stop")
        .until(
            () -> {
              long now = proxy.bytesUp();
              boolean still = now == last[0];
              last[0] = now;
              return still;
            });
    assertThat(artist.uploadOffset(sha256, TEXTURE_SIZE).complete()).isFalse();
    assertThat(artist.allJobs(EnumSet.allOf(JobStatus.class))).isEmpty();
  }

  /** A farm behind the slowing proxy, the panel on it, and its Submit dialog on the scene. */
  private JDialog openSubmit(Path scene) throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    proxy = new ThrottledProxy(farm.url());
    String key = farm.credentials().key("studio", "artist");
    artist = FarmClient.builder().farm(proxy.url()).key(key).build();
    SceneJobs scenes = Farms.repositoryScenes(work.resolve("no-user-plugins"));
    PanelOptions options =
        PanelOptions.defaults()
            .withDownloadRoot(work.resolve("downloads"))
            .withSceneJobs(() -> scenes)
            .withScene(scene);
    Edt.run(
        () -> {
          RenderPanel.installLookAndFeel();
          panel = RenderPanel.open(artist, key, options, () -> {});
          window = SwingUtilities.getWindowAncestor(panel.component());
          window.setBounds(0, 0, 1360, 860);
          Edt.find(panel.component(), "submit.open", JButton.class).doClick();
        });
    JDialog dialog =
        awaitShown("the Submit dialog", () -> Edt.dialog("Submit a render"), d -> d != null);
    SubmitDialog submit = (SubmitDialog) dialog;
    awaitShown("the scene's job in the preview", submit::previewRows, rows -> !rows.isEmpty());
    return dialog;
  }

  @Test
  void cancellingTheUploadSubmitsNothingAndSubmittingAgainSendsOnlyWhatIsLeft() throws Exception {
    Path scene = sceneWithALargeTexture();
    String sha256 = Sha256.of(scene.resolveSibling("textures/backdrop.exr"));
    JDialog dialog = openSubmit(scene);
    JLabel status = Edt.call(() -> Edt.find(dialog, "submit.status", JLabel.class));
    JProgressBar bar = Edt.call(() -> Edt.find(dialog, "submit.progress", JProgressBar.class));
    JButton send = Edt.call(() -> Edt.find(dialog, "submit.send", JButton.class));
    JButton cancel = Edt.call(() -> Edt.find(dialog, "submit.cancel", JButton.class));

    // Slowed to 40 MiB a second, the 200 MiB texture takes five seconds to send: the bar moves.
    proxy.throttle(SLOW);
    Edt.run(send::doClick);
    int first =
        awaitShown(
            "the upload under way",
            () -> status.getText().startsWith("uploading: ") ? bar.getValue() : -1,
            value -> value >= 100);
    awaitShown("the progress bar to move on", bar::getValue, value -> value >= first + 50);
    assertThat(Edt.call(cancel::getText)).isEqualTo("Cancel upload");
    Screenshots.save(dialog, "submit-uploading");

    Edt.run(cancel::doClick);
    awaitShown(
        "the dialog to say the upload was cancelled",
        status::getText,
        "Cancelled: nothing was submitted; what was uploaded is kept for next time."::equals);
    assertThat(Edt.call(bar::getValue)).isLessThan(1000);
    assertThat(Edt.call(send::isEnabled)).isTrue();
    assertThat(Edt.call(cancel::getText)).isEqualTo("Close");
    Screenshots.save(dialog, "submit-cancelled");
    assertThat(artist.allJobs(EnumSet.allOf(JobStatus.class))).isEmpty();
    UploadStatus kept = artist.uploadOffset(sha256, TEXTURE_SIZE);
    assertThat(kept.complete()).isFalse();
    assertThat(kept.received()).isBetween(1L, TEXTURE_SIZE - 1);

    // Sent again, at full speed: only what the farm lacks goes up, and one job is made.
    proxy.throttle(0);
    long before = proxy.bytesUp();
    Edt.run(send::doClick);
    String done =
        awaitShown("the job submitted", status::getText, text -> text.startsWith("Submitted as "));
    String id = done.substring("Submitted as ".length(), done.length() - 1);
    long sent = proxy.bytesUp() - before;
    assertThat(sent).isLessThan(TEXTURE_SIZE - kept.received() + (1L << 20));
    assertThat(artist.uploadOffset(sha256, TEXTURE_SIZE).complete()).isTrue();
    assertThat(artist.allJobs(EnumSet.allOf(JobStatus.class)))
        .extracting(Job::id)
        .containsExactly(id);
    awaitShown(
        "the submitted job's row",
        () -> panel.jobsView().model().find(id).isPresent(),
        Boolean.TRUE::equals);
    Edt.run(dialog::dispose);
  }
}
