package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.paths.RelativePath;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample home with the real Sweet Home 3D under Xvfb, as a worker runs it. Skipped,
 * saying why, where Sweet Home 3D or {@code xvfb-run} is missing; CI installs both.
 */
@Tag("sweethome3d")
@Tag("slow")
class SweetHome3dRenderTest {
  static final Path SAMPLE =
      Path.of("..", "samples", "scenes", "sweethome3d", "room.sh3d").toAbsolutePath().normalize();

  @TempDir Path workspace;
  SearchPath path = SearchPath.ofEnvironment();

  @BeforeEach
  void needsSweetHome3dAndXvfb() throws Exception {
    Renderer renderer = SweetHome3dRenderer.photos(path, SweetHome3dInstall.DEBIAN);
    assumeTrue(
        renderer.unavailable().isEmpty(),
        () -> renderer.unavailable().orElseThrow() + ": these tests render with it");
    Files.copy(SAMPLE, workspace.resolve("room.sh3d"));
  }

  private TaskProcess render(Renderer renderer, List<Integer> frames) throws Exception {
    RenderTask task =
        new RenderTask(
            workspace,
            RelativePath.of("room.sh3d"),
            frames,
            workspace.resolve("out"),
            "renders/room_####.png");
    return TaskProcess.start(renderer, task, workspace.resolve(renderer.name() + ".log"), 1);
  }

  private BufferedImage frame(int number) throws Exception {
    Path file = workspace.resolve("out/renders/room_%04d.png".formatted(number));
    assertThat(file).as("frame %d", number).isRegularFile();
    return ImageIO.read(file.toFile());
  }

  @Test
  @Timeout(120)
  void photoFramesAreTheStoredCamerasAtThePhotoSize() throws Exception {
    TaskProcess render =
        render(SweetHome3dRenderer.photos(path, SweetHome3dInstall.DEBIAN), List.of(1, 2));

    assertThat(render.waitFor()).as(Files.readString(render.log())).isZero();
    BufferedImage corner = frame(1);
    BufferedImage door = frame(2);
    for (BufferedImage image : List.of(corner, door)) {
      assertThat(image.getWidth()).isEqualTo(64);
      assertThat(image.getHeight()).isEqualTo(48);
      assertThat(Pictures.distinctColours(image))
          .as("colours of a picture, not a blank")
          .isGreaterThan(20);
    }
    assertThat(Pictures.fractionDiffering(corner, door))
        .as("two cameras see two pictures")
        .isGreaterThan(0.3);
    assertThat(Files.readString(render.log()))
        .contains("(photos of its stored cameras), 64x48, quality 2, 2 frames")
        .contains("Saved: '" + workspace.resolve("out/renders/room_0002.png") + "'");
  }

  @Test
  @Timeout(120)
  void videoFramesFollowTheVideoPathAndAFrameBeyondItsEndIsRefused() throws Exception {
    Renderer video = SweetHome3dRenderer.video(path, SweetHome3dInstall.DEBIAN);
    TaskProcess render = render(video, List.of(1, 6));

    assertThat(render.waitFor()).as(Files.readString(render.log())).isZero();
    assertThat(frame(1).getWidth()).isEqualTo(64);
    assertThat(frame(6).getHeight()).isEqualTo(48);
    assertThat(Pictures.fractionDiffering(frame(1), frame(6))).isGreaterThan(0.05);

    TaskProcess beyond = render(video, List.of(7));
    assertThat(beyond.waitFor()).isEqualTo(1);
    assertThat(Files.readString(beyond.log()))
        .contains(
            "error: "
                + workspace.resolve("room.sh3d")
                + ": has no frame 7 among its video frames: its frames are 1-6; read the home"
                + " again with its plugin to submit the frames it has");
  }

  @Test
  @Timeout(120)
  void aTruncatedHomeFailsTheTaskNamingTheFile() throws Exception {
    byte[] whole = Files.readAllBytes(SAMPLE);
    Files.write(workspace.resolve("room.sh3d"), java.util.Arrays.copyOf(whole, whole.length / 2));

    TaskProcess render =
        render(SweetHome3dRenderer.photos(path, SweetHome3dInstall.DEBIAN), List.of(1));

    assertThat(render.waitFor()).isEqualTo(1);
    assertThat(Files.readString(render.log()))
        .contains("error: " + workspace.resolve("room.sh3d") + ": Sweet Home 3D cannot read it: ");
  }
}
