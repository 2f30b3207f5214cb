package dev.farmhand.farm.render;

/**
 * Where a Sweet Home 3D camera stands and looks, as its {@code Camera} holds it: a position in
 * centimetres, yaw and pitch and field of view in radians, the time that places the sun
 * (milliseconds since 1970, UTC), and the lens by name. Immutable.
 */
record CameraPose(
    double x,
    double y,
    double z,
    double yaw,
    double pitch,
    double fieldOfView,
    long time,
    String lens) {

  /** The pose a fraction {@code t} (0 to 1) of the way to {@code to}; yaw turns the short way. */
  CameraPose toward(CameraPose to, double t) {
    return new CameraPose(
        x + (to.x - x) * t,
        y + (to.y - y) * t,
        z + (to.z - z) * t,
        yaw + VideoPath.turn(yaw, to.yaw) * t,
        pitch + (to.pitch - pitch) * t,
        fieldOfView + (to.fieldOfView - fieldOfView) * t,
        time + Math.round((to.time - time) * t),
        lens);
  }
}
