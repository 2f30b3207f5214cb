package dev.farmhand.farm.render;

import java.nio.file.Path;
import java.util.List;

/**
 * The cameras, size and quality of a Sweet Home 3D job's frames: photos of its stored cameras, or
 * the frames of its video. Immutable.
 */
final class Shots {
  private final Path home;
  private final String what;
  private final List<CameraPose> poses;
  private final SweetHome3dHome.Picture picture;

  private Shots(Path home, String what, List<CameraPose> poses, SweetHome3dHome.Picture picture) {
    this.home = home;
    this.what = what;
    this.poses = poses;
    this.picture = picture;
  }

  /**
   * Frame N is the N-th stored camera; with none stored, frame 1 is the camera the home is seen
   * through.
   */
  static Shots photos(SweetHome3dHome home) throws ReflectiveOperationException {
    List<CameraPose> stored = home.storedCameras();
    return new Shots(
        home.file(),
        stored.isEmpty() ? "photo of its current camera" : "photos of its stored cameras",
        stored.isEmpty() ? List.of(home.currentCamera()) : stored,
        home.photo());
  }

  /**
   * Frame N is the N-th frame along the video path.
   *
   * @throws IllegalArgumentException if the home has no video path of 2 cameras or more
   */
  static Shots video(SweetHome3dHome home) throws ReflectiveOperationException {
    List<CameraPose> path = home.videoPath();
    if (path.size() < 2) {
      throw new IllegalArgumentException(
          home.file()
              + ": has "
              + (path.isEmpty() ? "no video path" : "a video path of 1 camera")
              + ", so it has no video frames: add 2 cameras or more to its path (3D view >"
              + " Create video)");
    }
    return new Shots(
        home.file(),
        "video frames",
        VideoPath.frames(path, home.videoSpeed(), home.videoFrameRate()),
        home.video());
  }

  /**
   * The camera of a frame.
   *
   * @throws IllegalArgumentException if the home has no such frame, naming the frames it has
   */
  CameraPose pose(int frame) {
    if (frame < 1 || frame > poses.size()) {
      throw new IllegalArgumentException(
          home
              + ": has no frame "
              + frame
              + " among its "
              + what
              + ": its frames are "
              + (poses.size() == 1 ? "1" : "1-" + poses.size())
              + "; read the home again with its plugin to submit the frames it has");
    }
    return poses.get(frame - 1);
  }

  String what() {
    return what;
  }

  int width() {
    return picture.width();
  }

  int height() {
    return picture.height();
  }

  int quality() {
    return picture.quality();
  }
}
