package dev.farmhand.host.panel;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A scout frame on this machine, verified, with its thumbnail. Immutable (the image is not changed
 * once made).
 *
 * @param frame the frame number
 * @param file where it is
 * @param thumbnail the image scaled to fit {@value #WIDTH} pixels wide
 */
record ScoutFrame(int frame, Path file, BufferedImage thumbnail) {
  static final int WIDTH = 160;

  ScoutFrame {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(thumbnail, "thumbnail");
  }
}
