package dev.farmhand.host.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.it.Farms;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.swing.JButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A panel closed while its component stays on screen (a host that closes it before removing it)
 * takes clicks quietly: nothing is thrown on the event thread.
 */
@Tag("slow")
@ExtendWith(VirtualDisplay.class)
class RenderPanelAfterCloseTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void selectingARowOrPressingAControlOnAClosedPanelThrowsNothing(
      @TempDir Path data, @TempDir Path downloads) throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
        FarmClient artist = Farms.client(farm, "studio", "artist")) {
      String key = farm.credentials().key("studio", "artist");
      Job job =
          artist
              .createJob(
                  Farms.request(Farms.upload(artist), "1", null, 1), UUID.randomUUID().toString())
              .job();
      RenderPanel panel =
          Edt.call(
              () ->
                  RenderPanel.create(
                      artist, key, PanelOptions.defaults().withDownloadRoot(downloads)));
      await()
          .atMost(PATIENCE)
          .until(() -> Edt.call(() -> panel.jobsView().model().find(job.id()).isPresent()));

      Edt.run(panel::close);

      Edt.run(() -> panel.jobsView().table().setRowSelectionInterval(0, 0));
      JButton hold = Edt.call(() -> Edt.find(panel.component(), "control.hold", JButton.class));
      assertThat(Edt.call(hold::isEnabled)).as("Hold applies to the selected job").isTrue();
      Edt.run(hold::doClick);
      assertThat(Edt.call(() -> panel.jobsView().table().getSelectedRow())).isZero();
    }
  }
}
