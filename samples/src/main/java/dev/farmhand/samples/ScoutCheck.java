package dev.farmhand.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * What an artist checks first in a scout frame: it is an image, of the scene's size, with a picture
 * in it (not one flat colour). Stateless.
 */
final class ScoutCheck {
  private ScoutCheck() {}

  /** Why the frame does not look right, or empty when it does. */
  static Optional<String> problem(Path frame, int width, int height) throws IOException {
    BufferedImage image = ImageIO.read(frame.toFile());
    if (image == null) {
      return Optional.of(frame.getFileName() + " is not an image");
    }
    if (image.getWidth() != width || image.getHeight() != height) {
      return Optional.of(
          frame.getFileName()
              + " is "
              + image.getWidth()
              + "x"
              + image.getHeight()
              + ", not the scene's "
              + width
              + "x"
              + height);
    }
    int first = image.getRGB(0, 0);
    for (int y = 0; y < height; y += 3) {
      for (int x = 0; x < width; x += 3) {
        if (image.getRGB(x, y) != first) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(frame.getFileName() + " is one flat colour: nothing was rendered");
  }
}
