package dev.farmhand.host.panel;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small images of frames on disk. Stateless; thread-safe. */
final class Thumbnails {
  private Thumbnails() {}

  /**
   * The image scaled to {@code width} pixels wide (never enlarged).
   *
   * @throws IOException if the file is not an image Java can read, naming it
   */
  static BufferedImage of(Path file, int width) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    if (image == null) {
      throw new IOException(file + " is not an image this panel can show (PNG, JPEG, GIF, BMP)");
    }
    if (image.getWidth() <= width) {
      return image;
    }
    int height = Math.max(1, image.getHeight() * width / image.getWidth());
    BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = small.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return small;
  }
}
