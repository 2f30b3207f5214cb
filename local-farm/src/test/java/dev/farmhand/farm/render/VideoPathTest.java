package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class VideoPathTest {
  static CameraPose at(double x, double y, double yawDegrees) {
    return new CameraPose(x, y, 170, Math.toRadians(yawDegrees), 0.45, 1.1, 1000, "PINHOLE");
  }

  @Test
  void aStretchTakesTheFramesItsDistanceNeedsAtTheVideosSpeedAndTheLastCameraEndsIt() {
    // 0.5 m/s at 10 fps: 5 cm a frame; 20 cm is 4 frames, then the last camera.
    List<CameraPose> frames = VideoPath.frames(List.of(at(0, 0, 0), at(20, 0, 0)), 0.5, 10);

    assertThat(frames).extracting(CameraPose::x).containsExactly(0.0, 5.0, 10.0, 15.0, 20.0);
  }

  @Test
  void aTurnTakesAtLeastAFrameForEachThreeDegreesAtTenFramesASecond() {
    List<CameraPose> frames = VideoPath.frames(List.of(at(0, 0, 0), at(1, 0, 30)), 0.5, 10);

    assertThat(frames).hasSize(11);
    assertThat(Math.toDegrees(frames.get(5).yaw())).isCloseTo(15, within(1e-9));
  }

  @Test
  void yawTurnsTheShortWayRound() {
    List<CameraPose> frames = VideoPath.frames(List.of(at(0, 0, 350), at(0, 0, 10)), 0.5, 10);

    assertThat(frames).hasSize(8);
    assertThat(Math.toDegrees(frames.get(1).yaw())).isCloseTo(353, within(0.5));
  }

  @Test
  void theSampleHomesPathGivesSixFrames() {
    // samples/scenes/sweethome3d/MakeSample.java: 29 cm and 10 degrees at 2.4 km/h and 10 fps.
    List<CameraPose> path = List.of(at(30, 30, -45), at(55, 45, -35));

    assertThat(VideoPath.frames(path, 2400f / 3600, 10)).hasSize(6);
  }

  @Test
  void aPathOfOneCameraIsRefused() {
    assertThatThrownBy(() -> VideoPath.frames(List.of(at(0, 0, 0)), 0.5, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a video path needs 2 cameras or more, and this one has 1");
  }
}
