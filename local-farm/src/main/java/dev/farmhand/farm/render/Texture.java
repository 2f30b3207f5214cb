package dev.farmhand.farm.render;

import java.awt.image.BufferedImage;

/**
 * A picture the sample renderer paints a surface with, held as linear light (the file's sRGB
 * undone) and repeated in both directions. Immutable after construction; thread-safe.
 */
final class Texture {
  private final int width;
  private final int height;
  private final float[] red;
  private final float[] green;
  private final float[] blue;

  Texture(BufferedImage image) {
    width = image.getWidth();
    height = image.getHeight();
    red = new float[width * height];
    green = new float[width * height];
    blue = new float[width * height];
    int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
    for (int i = 0; i < rgb.length; i++) {
      red[i] = (float) Tone.linear((rgb[i] >> 16) & 0xff);
      green[i] = (float) Tone.linear((rgb[i] >> 8) & 0xff);
      blue[i] = (float) Tone.linear(rgb[i] & 0xff);
    }
  }

  /** The colour at {@code (u, v)}, one repeat per unit, blended between the nearest texels. */
  Vec3 sample(double u, double v) {
    double x = (u - Math.floor(u)) * width - 0.5;
    double y = (v - Math.floor(v)) * height - 0.5;
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = x - x0;
    double fy = y - y0;
    int a = index(x0, y0);
    int b = index(x0 + 1, y0);
    int c = index(x0, y0 + 1);
    int d = index(x0 + 1, y0 + 1);
    return new Vec3(
        blend(red, a, b, c, d, fx, fy),
        blend(green, a, b, c, d, fx, fy),
        blend(blue, a, b, c, d, fx, fy));
  }

  private int index(int x, int y) {
    return Math.floorMod(y, height) * width + Math.floorMod(x, width);
  }

  private static double blend(float[] p, int a, int b, int c, int d, double fx, double fy) {
    double top = p[a] + (p[b] - p[a]) * fx;
    double bottom = p[c] + (p[d] - p[c]) * fx;
    return top + (bottom - top) * fy;
  }
}
