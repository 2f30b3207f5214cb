package dev.farmhand.sweethome3d;

import com.eteks.sweethome3d.model.Home;
import com.eteks.sweethome3d.plugin.PluginAction;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.host.plugins.PluginFolders;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.nio.file.Path;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Tools &gt; Render on Farmhand…: writes a copy of the open home as it is now (saved or not; the
 * user's own file is left alone), then shows Farmhand's render panel with Submit opened on that
 * copy ({@link PanelWindow}); when Farmhand does not know which farm to use, or the copy cannot be
 * written, a message says what went wrong and what to do. The writing runs on a thread of its own,
 * so the window stays responsive; the panel opens on the event thread. Called by Sweet Home 3D on
 * its event thread.
 */
final class RenderOnFarmhandAction extends PluginAction {
  static final String NAME = "Render on Farmhand…";
  static final String TITLE = "Farmhand";

  private final FarmhandPlugin plugin;
  private final PanelWindow panel = new PanelWindow();

  RenderOnFarmhandAction(FarmhandPlugin plugin) {
    this.plugin = plugin;
    putPropertyValue(Property.NAME, NAME);
    putPropertyValue(Property.SHORT_DESCRIPTION, "Render this home on a Farmhand render farm");
    putPropertyValue(Property.MENU, "Tools");
    setEnabled(true);
  }

  @Override
  public void execute() {
    Home home = plugin.getHome();
    // Home objects belong to the event thread: the copy is taken here, written elsewhere.
    Home copy = home.clone();
    String title = HomeCopies.title(home.getName());
    Component parent = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
    Thread worker =
        new Thread(
            () -> {
              try {
                Path file = HomeCopies.write(copy, title);
                FarmSettings settings = PanelWindow.settings();
                PluginFolders plugins = BuiltInPlugins.folders();
                SwingUtilities.invokeLater(() -> show(settings, plugins, file, title, parent));
              } catch (Exception e) {
                tell(parent, title, e);
              }
            },
            "farmhand-render-" + title);
    worker.setDaemon(true);
    worker.start();
  }

  /** Closes the home's render panel: the home's window is gone. */
  void homeClosed() {
    if (SwingUtilities.isEventDispatchThread()) {
      panel.close();
    } else {
      SwingUtilities.invokeLater(panel::close);
    }
  }

  private void show(
      FarmSettings settings, PluginFolders plugins, Path file, String title, Component parent) {
    try {
      panel.submit(settings, plugins, file);
    } catch (RuntimeException e) {
      tell(parent, title, e);
    }
  }

  /** Says why the home cannot be rendered, in a message over the window and on standard error. */
  private static void tell(Component parent, String title, Exception e) {
    String message =
        "'"
            + title
            + "' cannot be rendered on Farmhand: "
            + (e.getMessage() != null ? e.getMessage() : e);
    System.err.println("farmhand: " + message);
    SwingUtilities.invokeLater(
        () -> JOptionPane.showMessageDialog(parent, message, TITLE, JOptionPane.ERROR_MESSAGE));
  }
}
