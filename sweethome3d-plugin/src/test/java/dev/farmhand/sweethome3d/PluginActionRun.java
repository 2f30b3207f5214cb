package dev.farmhand.sweethome3d;

import com.eteks.sweethome3d.io.DefaultUserPreferences;
import com.eteks.sweethome3d.io.HomeFileRecorder;
import com.eteks.sweethome3d.model.Home;
import com.eteks.sweethome3d.model.HomeApplication;
import com.eteks.sweethome3d.model.HomeRecorder;
import com.eteks.sweethome3d.model.UserPreferences;
import com.eteks.sweethome3d.plugin.Plugin;
import com.eteks.sweethome3d.plugin.PluginAction;
import com.eteks.sweethome3d.plugin.PluginManager;
import java.awt.Frame;
import java.awt.Window;
import java.io.File;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.undo.UndoableEditSupport;

/**
 * Stands in for Sweet Home 3D, in a JVM whose class path holds Sweet Home 3D and this class but not
 * Farmhand: loads the plugins of a folder with Sweet Home 3D's own {@code PluginManager}, opens a
 * home, runs the Farmhand action's {@code execute} on the event thread as the menu does, then acts
 * as the user would: clicks Submit in the render panel's Submit dialog, or reads the message shown.
 * It finds Farmhand's windows by their component names only.
 *
 * <pre>
 * PluginActionRun PLUGINS_FOLDER HOME.sh3d [--close-home]
 * </pre>
 *
 * <p>Prints {@code plugin: <class> from <its class loader>}, {@code action: <name> in <menu>}, then
 * either {@code dialog: <message>}, or {@code panel: <window title>}, {@code scene: <path in
 * Submit>} and {@code submitted: <Submit's status line>}, then with {@code --close-home} closes the
 * home as its window would and prints whether the render panel's window closed with it; exits 0, or
 * 1 when none of that came (within 120 s), printing what Submit said last.
 */
public final class PluginActionRun {
  private PluginActionRun() {}

  public static void main(String[] args) throws Exception {
    PluginManager manager = new PluginManager(new File(args[0]));
    boolean closeHome = args.length > 2 && args[2].equals("--close-home");
    Home home = new HomeFileRecorder().readHome(args[1]);
    home.setName(args[1]);
    UserPreferences preferences = new DefaultUserPreferences();
    HomeApplication application =
        new HomeApplication() {
          @Override
          public HomeRecorder getHomeRecorder() {
            return new HomeFileRecorder();
          }

          @Override
          public UserPreferences getUserPreferences() {
            return preferences;
          }
        };
    // Sweet Home 3D gives plugins only to the homes its application has open.
    application.addHome(home);
    List<Plugin> plugins =
        manager.getPlugins(application, home, preferences, new UndoableEditSupport());
    Plugin farmhand =
        plugins.stream()
            .filter(p -> p.getClass().getName().equals("dev.farmhand.sweethome3d.FarmhandPlugin"))
            .findFirst()
            .orElse(null);
    if (farmhand == null) {
      System.out.println("no Farmhand plugin among " + plugins);
      System.exit(1);
    }
    System.out.println(
        "plugin: " + farmhand.getClass().getName() + " from " + farmhand.getPluginClassLoader());
    PluginAction action = farmhand.getActions()[0];
    System.out.println(
        "action: "
            + action.getPropertyValue(PluginAction.Property.NAME)
            + " in "
            + action.getPropertyValue(PluginAction.Property.MENU));
    System.out.flush();
    SwingUtilities.invokeAndWait(action::execute);
    long deadline = System.nanoTime() + 120_000_000_000L;
    boolean sent = false;
    String last = "";
    while (System.nanoTime() < deadline) {
      for (Window window : Window.getWindows()) {
        if (!window.isShowing()) {
          continue;
        }
        if (window instanceof JDialog dialog && find(dialog) != null) {
          System.out.println("dialog: " + find(dialog).getMessage());
          System.out.flush();
          System.exit(0);
        }
        if (!(window instanceof JDialog dialog) || !"submit".equals(dialog.getName())) {
          continue;
        }
        JButton send = named(dialog, "submit.send", JButton.class);
        JLabel status = named(dialog, "submit.status", JLabel.class);
        last = status.getText();
        if (!sent && send.isEnabled()) {
          Window panel = dialog.getOwner();
          System.out.println(
              "panel: "
                  + (panel instanceof Frame frame ? frame.getTitle() : String.valueOf(panel)));
          System.out.println("scene: " + named(dialog, "submit.scene", JTextField.class).getText());
          SwingUtilities.invokeAndWait(send::doClick);
          sent = true;
        } else if (sent && last.startsWith("Submitted as ")) {
          System.out.println("submitted: " + last);
          System.out.flush();
          if (closeHome) {
            closeTheHome(application, home);
          }
          System.exit(0);
        }
      }
      Thread.sleep(50);
    }
    System.out.println("no message and no job within 120 s; Submit said last: " + last);
    System.exit(1);
  }

  /**
   * Closes the home as Sweet Home 3D does when its window closes (the application deletes it, and
   * its plugins are destroyed), then waits up to 30 s for the render panel's window to go.
   */
  private static void closeTheHome(HomeApplication application, Home home) throws Exception {
    SwingUtilities.invokeAndWait(() -> application.deleteHome(home));
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < deadline) {
      boolean[] open = new boolean[1];
      SwingUtilities.invokeAndWait(
          () -> {
            for (Window window : Window.getWindows()) {
              open[0] |= window.isDisplayable() && "farmhand.panel".equals(window.getName());
            }
          });
      if (!open[0]) {
        System.out.println("home closed: the render panel's window closed with it");
        System.out.flush();
        return;
      }
      Thread.sleep(50);
    }
    System.out.println("home closed: the render panel's window stayed open");
    System.out.flush();
    System.exit(1);
  }

  private static <T extends java.awt.Component> T named(
      java.awt.Container container, String name, Class<T> type) {
    for (java.awt.Component child : container.getComponents()) {
      if (type.isInstance(child) && name.equals(child.getName())) {
        return type.cast(child);
      }
      if (child instanceof java.awt.Container inner) {
        T found = named(inner, name, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static JOptionPane find(java.awt.Container container) {
    for (java.awt.Component child : container.getComponents()) {
      if (child instanceof JOptionPane pane) {
        return pane;
      }
      if (child instanceof java.awt.Container inner) {
        JOptionPane found = find(inner);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
