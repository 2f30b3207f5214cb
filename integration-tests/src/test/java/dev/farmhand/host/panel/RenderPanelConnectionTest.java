package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.it.Farms;
import java.awt.Window;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The panel shows that it lost the farm, and heals by itself when the farm is back. */
@Tag("slow")
@ExtendWith(VirtualDisplay.class)
class RenderPanelConnectionTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void aFarmThatStopsShowsABannerThatGoesWhenItIsBackAndNewJobsShowAgain(
      @TempDir Path data, @TempDir Path downloads) throws Exception {
    LocalFarm first = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    int port = URI.create(first.url()).getPort();
    int mqttPort = URI.create(first.mqttUrl()).getPort();
    String key = first.credentials().key("studio", "artist");
    LocalFarm second = null;
    RenderPanel[] panel = new RenderPanel[1];
    Window[] window = new Window[1];
    try (FarmClient artist = Farms.client(first, "studio", "artist")) {
      var files = Farms.upload(artist);
      Job before =
          artist.createJob(Farms.request(files, "1", null, 1), UUID.randomUUID().toString()).job();
      Edt.run(
          () -> {
            RenderPanel.installLookAndFeel();
            panel[0] =
                RenderPanel.open(
                    artist, key, PanelOptions.defaults().withDownloadRoot(downloads), () -> {});
            window[0] = SwingUtilities.getWindowAncestor(panel[0].component());
            window[0].setBounds(0, 0, 1360, 860);
          });
      await()
          .atMost(PATIENCE)
          .until(() -> Edt.call(() -> panel[0].jobsView().model().find(before.id()).isPresent()));
      assertThat(Edt.call(() -> panel[0].jobsView().banner().isVisible())).isFalse();

      first.close();
      await()
          .atMost(PATIENCE)
          .alias("the banner saying the farm does not answer")
          .until(
              () ->
                  Edt.call(
                      () ->
                          panel[0].jobsView().banner().isVisible()
                              && panel[0]
                                  .jobsView()
                                  .banner()
                                  .message()
                                  .startsWith("The farm does not answer: ")));
      Screenshots.save(window[0], "farm-lost");

      second = LocalFarm.start(FarmConfig.in(data).withWorkers(1).withPorts(port, mqttPort));
      await()
          .atMost(PATIENCE)
          .alias("the banner to go")
          .until(() -> Edt.call(() -> !panel[0].jobsView().banner().isVisible()));
      Job after =
          artist.createJob(Farms.request(files, "2", null, 1), UUID.randomUUID().toString()).job();
      await()
          .atMost(PATIENCE)
          .alias("a job made after the farm came back to show")
          .until(() -> Edt.call(() -> panel[0].jobsView().model().find(after.id()).isPresent()));
    } finally {
      if (window[0] != null) {
        Edt.run(() -> window[0].dispose());
      }
      first.close();
      if (second != null) {
        second.close();
      }
    }
  }
}
