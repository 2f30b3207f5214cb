package dev.farmhand.sweethome3d;

import com.eteks.sweethome3d.model.Home;
import com.eteks.sweethome3d.plugin.PluginAction;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.nio.file.Path;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Tools &gt; Render on Farmhand…: writes a copy of the open home as it is now (saved or not; the
 * user's own file is left alone), then opens Farmhand's render panel on it when Farmhand has one
 * ({@link RenderPanelHook}); until then it submits the copy through the Sweet Home 3D plugin and
 * the user's farm profile and shows the job's id, or what went wrong and what to do. The writing
 * and submitting run on a thread of their own, so the window stays responsive; the answer comes
 * back on the event thread. Called by Sweet Home 3D on its event thread.
 */
final class RenderOnFarmhandAction extends PluginAction {
  static final String NAME = "Render on Farmhand…";
  static final String TITLE = "Farmhand";

  private final FarmhandPlugin plugin;

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
              String message;
              int kind;
              try {
                Path file = HomeCopies.write(copy, title);
                if (RenderPanelHook.open(file, parent)) {
                  return;
                }
                HomeSubmission.Submitted job = HomeSubmission.fromEnvironment().submit(file, title);
                message =
                    "Submitted '" + title + "' to " + job.farm() + " as job " + job.id() + ".";
                kind = JOptionPane.INFORMATION_MESSAGE;
              } catch (Exception e) {
                message =
                    "'"
                        + title
                        + "' was not submitted: "
                        + (e.getMessage() != null ? e.getMessage() : e);
                kind = JOptionPane.ERROR_MESSAGE;
              }
              String text = message;
              int type = kind;
              System.err.println("farmhand: " + text);
              SwingUtilities.invokeLater(
                  () -> JOptionPane.showMessageDialog(parent, text, TITLE, type));
            },
            "farmhand-render-" + title);
    worker.setDaemon(true);
    worker.start();
  }
}
