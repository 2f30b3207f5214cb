package dev.farmhand.sweethome3d;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.core.client.ConfigException;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.host.panel.PanelOptions;
import dev.farmhand.host.panel.RenderPanel;
import dev.farmhand.host.plugins.PluginFolders;
import dev.farmhand.host.plugins.PluginRegistry;
import dev.farmhand.host.scenes.SceneJobs;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.SwingUtilities;

/**
 * The render panel of one Sweet Home 3D home window, in a window of its own over the application:
 * opened at the first Render on Farmhand…, brought to the front at the next, each time with Submit
 * opened on the home's copy, and closed with the home. It reads scenes through the plugins this
 * file carries ({@link BuiltInPlugins}) and talks to the farm of the user's settings ({@code
 * FARMHAND_FARM} and {@code FARMHAND_KEY}, else the profile {@code farmhand login} stored). Closing
 * the window closes the panel and its connection. Confined to the event thread, but for {@link
 * #settings}.
 */
final class PanelWindow {
  private RenderPanel panel;
  private boolean closed;

  /**
   * The user's farm settings, read off the event thread before the panel opens.
   *
   * @throws ConfigException saying what works from inside Sweet Home 3D when no farm is set
   * @throws IOException if the stored profile cannot be read
   */
  static FarmSettings settings() throws IOException, ConfigException {
    try {
      return ClientConfig.fromEnvironment().resolve(ClientConfig.Flags.NONE);
    } catch (ConfigException e) {
      // Sweet Home 3D takes no --farm: say what works from here.
      throw new ConfigException(
          "Farmhand does not know which farm to use ("
              + e.getMessage()
              + "): run farmhand login once, or start Sweet Home 3D with FARMHAND_FARM and"
              + " FARMHAND_KEY set",
          e);
    }
  }

  /**
   * Shows the panel (opening it the first time) and opens Submit on {@code home}.
   *
   * @param plugins the plugins scenes are read through: {@link BuiltInPlugins#folders()}
   */
  void submit(FarmSettings settings, PluginFolders plugins, Path home) {
    if (!SwingUtilities.isEventDispatchThread()) {
      throw new IllegalStateException("show the render panel on the Swing event thread");
    }
    if (closed) {
      // The home was closed while its copy was being written: there is nothing to render for.
      return;
    }
    if (panel == null) {
      FarmClient client = settings.clientBuilder().build();
      PanelOptions options =
          PanelOptions.defaults()
              .withScene(home)
              .withSceneJobs(
                  () ->
                      new SceneJobs(
                          () -> PluginRegistry.discover(plugins),
                          notice -> System.err.println("farmhand: " + notice)));
      if (settings.downloadRoot() != null) {
        options = options.withDownloadRoot(settings.downloadRoot());
      }
      try {
        panel =
            RenderPanel.open(
                client,
                settings.key(),
                options,
                () -> {
                  panel = null;
                  closeQuietly(client);
                });
      } catch (RuntimeException e) {
        closeQuietly(client);
        throw e;
      }
    } else {
      SwingUtilities.getWindowAncestor(panel.component()).toFront();
    }
    panel.submit(home);
  }

  /**
   * Closes the panel's window, which closes the panel and its farm connection, for good: the home
   * it belongs to was closed. Does nothing more when called again.
   */
  void close() {
    closed = true;
    if (panel != null) {
      SwingUtilities.getWindowAncestor(panel.component()).dispose();
    }
  }

  private static void closeQuietly(FarmClient client) {
    try {
      client.close();
    } catch (IOException e) {
      System.err.println("farmhand: closing the farm connection: " + e.getMessage());
    }
  }
}
