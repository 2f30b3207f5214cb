package dev.farmhand.host.panel;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/** Screenshots of the panel's windows as the screen shows them, into target/panel-screenshots. */
final class Screenshots {
  static final Path FOLDER = Path.of("target", "panel-screenshots");

  private Screenshots() {}

  /**
   * Saves what the screen shows where the window is, with the windows it owns (dialogs, popups),
   * within the virtual screen.
   */
  static Path save(Window window, String name) throws Exception {
    Rectangle[] bounds = new Rectangle[1];
    SwingUtilities.invokeAndWait(
        () -> {
          Rectangle all = window.getBounds();
          Window top = window.getOwner() != null ? window.getOwner() : window;
          all = all.union(top.getBounds());
          for (Window owned : top.getOwnedWindows()) {
            if (owned.isShowing()) {
              all = all.union(owned.getBounds());
            }
          }
          bounds[0] = all.intersection(new Rectangle(0, 0, 1600, 1000));
        });
    // Let pending paints reach the screen.
    SwingUtilities.invokeAndWait(() -> {});
    Thread.sleep(300);
    BufferedImage image = robot().createScreenCapture(bounds[0]);
    Files.createDirectories(FOLDER);
    Path file = FOLDER.resolve(name + ".png");
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer for " + file);
    }
    return file;
  }

  private static Robot robot() throws AWTException {
    return new Robot();
  }
}
