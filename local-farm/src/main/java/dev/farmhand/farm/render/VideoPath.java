package dev.farmhand.farm.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames of a Sweet Home 3D video: the cameras of its path, one per frame. Between two cameras
 * of the path the camera moves at the video's speed and turns (yaw, pitch, field of view) at 30° a
 * second at most, so a stretch takes as many frames as the slower of the two needs, at least one;
 * the last camera of the path is the last frame. The Sweet Home 3D plugin counts frames by the same
 * rule ({@code plugins/sweethome3d/sh3d_video.py}), so frame N of a job is the same picture
 * wherever it is counted. Pure functions; thread-safe.
 */
final class VideoPath {
  /** How far the camera may turn in a second, in radians. */
  static final double TURN_PER_SECOND = Math.PI / 6;

  /** Absorbs float noise so that 5.0000001 steps count as 5. */
  private static final double EPSILON = 1e-6;

  private VideoPath() {}

  /**
   * The cameras of each frame, the first frame first.
   *
   * @param path the cameras the video passes through, 2 or more
   * @param speed metres a second, above 0
   * @param fps frames a second, 1 or more
   * @throws IllegalArgumentException if the path has fewer than 2 cameras, or the speed or frame
   *     rate is out of range
   */
  static List<CameraPose> frames(List<CameraPose> path, double speed, int fps) {
    if (path.size() < 2) {
      throw new IllegalArgumentException(
          "a video path needs 2 cameras or more, and this one has " + path.size());
    }
    if (!(speed > 0) || fps < 1) {
      throw new IllegalArgumentException(
          "a video needs a speed above 0 and 1 frame a second or more, not "
              + speed
              + " m/s at "
              + fps
              + " fps");
    }
    double step = speed * 100 / fps;
    double turn = TURN_PER_SECOND / fps;
    List<CameraPose> frames = new ArrayList<>();
    for (int i = 1; i < path.size(); i++) {
      CameraPose from = path.get(i - 1);
      CameraPose to = path.get(i);
      int steps = steps(from, to, step, turn);
      for (int s = 0; s < steps; s++) {
        frames.add(from.toward(to, (double) s / steps));
      }
    }
    frames.add(path.get(path.size() - 1));
    return List.copyOf(frames);
  }

  /** How many frames the stretch from {@code from} to {@code to} takes. */
  static int steps(CameraPose from, CameraPose to, double step, double turn) {
    double distance =
        Math.sqrt(sq(to.x() - from.x()) + sq(to.y() - from.y()) + sq(to.z() - from.z()));
    double most =
        Math.max(
            Math.max(distance / step, Math.abs(turn(from.yaw(), to.yaw())) / turn),
            Math.max(
                Math.abs(to.pitch() - from.pitch()) / turn,
                Math.abs(to.fieldOfView() - from.fieldOfView()) / turn));
    return Math.max(1, (int) Math.ceil(most - EPSILON));
  }

  /** The angle from yaw {@code from} to yaw {@code to} the short way, from -π to π. */
  static double turn(double from, double to) {
    double angle = (to - from) % (2 * Math.PI);
    if (angle > Math.PI) {
      angle -= 2 * Math.PI;
    } else if (angle < -Math.PI) {
      angle += 2 * Math.PI;
    }
    return angle;
  }

  private static double sq(double value) {
    return value * value;
  }
}
