package dev.farmhand.farm.render;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Measures of rendered pictures, for telling a real render from a blank or repeated one. */
final class Pictures {
  private Pictures() {}

  /** The standard deviation of the pixels' luminance, 0–255. */
  static double luminanceDeviation(BufferedImage image) {
    double sum = 0;
    double squares = 0;
    int count = image.getWidth() * image.getHeight();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        double luminance = luminance(image.getRGB(x, y));
        sum += luminance;
        squares += luminance * luminance;
      }
    }
    double mean = sum / count;
    return Math.sqrt(squares / count - mean * mean);
  }

  /** How many different colours the picture holds. */
  static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours.size();
  }

  /** The fraction of pixels that differ between two pictures of one size. */
  static double fractionDiffering(BufferedImage a, BufferedImage b) {
    int differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          differing++;
        }
      }
    }
    return differing / (double) (a.getWidth() * a.getHeight());
  }

  private static double luminance(int rgb) {
    return 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
  }
}
