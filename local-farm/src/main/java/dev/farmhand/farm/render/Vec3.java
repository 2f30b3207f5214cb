package dev.farmhand.farm.render;

/** A point, direction or colour in the sample renderer. Immutable. */
record Vec3(double x, double y, double z) {
  static final Vec3 ZERO = new Vec3(0, 0, 0);
  static final Vec3 UP = new Vec3(0, 1, 0);

  Vec3 plus(Vec3 o) {
    return new Vec3(x + o.x, y + o.y, z + o.z);
  }

  Vec3 minus(Vec3 o) {
    return new Vec3(x - o.x, y - o.y, z - o.z);
  }

  Vec3 times(double s) {
    return new Vec3(x * s, y * s, z * s);
  }

  /** Component by component, as colours mix. */
  Vec3 times(Vec3 o) {
    return new Vec3(x * o.x, y * o.y, z * o.z);
  }

  /** {@code this + o * s}. */
  Vec3 plusScaled(Vec3 o, double s) {
    return new Vec3(x + o.x * s, y + o.y * s, z + o.z * s);
  }

  double dot(Vec3 o) {
    return x * o.x + y * o.y + z * o.z;
  }

  Vec3 cross(Vec3 o) {
    return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
  }

  double length() {
    return Math.sqrt(dot(this));
  }

  Vec3 normalized() {
    double length = length();
    return length == 0 ? this : times(1 / length);
  }

  /** {@code this} where {@code t} is 0, {@code o} where it is 1. */
  Vec3 mix(Vec3 o, double t) {
    return new Vec3(x + (o.x - x) * t, y + (o.y - y) * t, z + (o.z - z) * t);
  }
}
