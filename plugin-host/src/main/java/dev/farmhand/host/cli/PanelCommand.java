package dev.farmhand.host.cli;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.host.panel.PanelOptions;
import dev.farmhand.host.panel.RenderPanel;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code farmhand panel [--scene SCENE] [--autodownload] [--download-root DIR]}: the render panel
 * in a window of its own, with FlatLaf's look, until the window is closed (exit 0).
 */
@Command(
    name = "panel",
    mixinStandardHelpOptions = true,
    description = {
      "Opens the render panel: your jobs, live, with controls, details and scouts,",
      "and Submit for a scene. Runs until its window is closed."
    })
final class PanelCommand implements Callable<Integer> {
  @Mixin FarmOptions farm;

  @Option(
      names = "--scene",
      paramLabel = "SCENE",
      description = "the scene the Submit dialog starts with")
  Path scene;

  @Option(names = "--autodownload", description = "run the auto-downloader while the panel is open")
  boolean autoDownload;

  @Option(
      names = "--download-root",
      paramLabel = "DIR",
      description =
          "where a job goes when its folder is not usable here (default:"
              + " FARMHAND_DOWNLOADS, then ~/farmhand-downloads)")
  String downloadRoot;

  @Override
  public Integer call() throws Exception {
    if (GraphicsEnvironment.isHeadless()) {
      throw new IllegalStateException(
          "the panel needs a display and there is none: run it on a desktop, set DISPLAY, or"
              + " start it under xvfb-run");
    }
    FarmSettings settings =
        ClientConfig.fromEnvironment()
            .resolve(new ClientConfig.Flags(farm.farm, farm.key, farm.profile, downloadRoot));
    PanelOptions options =
        PanelOptions.defaults()
            .withScene(scene == null ? null : scene.toAbsolutePath())
            .withAutoDownload(autoDownload);
    if (settings.downloadRoot() != null) {
      options = options.withDownloadRoot(settings.downloadRoot());
    }
    CountDownLatch closed = new CountDownLatch(1);
    try (FarmClient client = settings.clientBuilder().build()) {
      PanelOptions chosen = options;
      SwingUtilities.invokeAndWait(
          () -> {
            RenderPanel.installLookAndFeel();
            RenderPanel.open(client, settings.key(), chosen, closed::countDown);
          });
      closed.await();
    }
    return ExitCode.OK;
  }
}
