package dev.farmhand.farm.render;

/** Conversions between 8-bit sRGB and the linear light the sample renderer computes in. */
final class Tone {
  private static final double[] LINEAR = new double[256];
  private static final int STEPS = 4096;
  private static final int[] ENCODED = new int[STEPS + 1];

  static {
    for (int i = 0; i < 256; i++) {
      double c = i / 255.0;
      LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    for (int i = 0; i <= STEPS; i++) {
      double c = i / (double) STEPS;
      double e = c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
      ENCODED[i] = (int) Math.round(Math.min(1, Math.max(0, e)) * 255);
    }
  }

  private Tone() {}

  /** The linear light of an 8-bit sRGB value. */
  static double linear(int srgb) {
    return LINEAR[srgb];
  }

  /** The 8-bit sRGB value of linear light, clipped to 0–1. */
  static int srgb(double linear) {
    if (!(linear > 0)) {
      return 0;
    }
    return linear >= 1 ? 255 : ENCODED[(int) (linear * STEPS + 0.5)];
  }

  /** A linear colour as one {@code 0xRRGGBB} pixel. */
  static int pixel(Vec3 color) {
    return (srgb(color.x()) << 16) | (srgb(color.y()) << 8) | srgb(color.z());
  }
}
