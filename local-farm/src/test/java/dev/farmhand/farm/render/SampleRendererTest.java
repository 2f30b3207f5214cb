package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.paths.RelativePath;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The sample renderer run as the farm runs it: its own process, on the sample scene. */
class SampleRendererTest {
  static final Path TURNTABLE = Path.of("../samples/scenes/turntable");
  static final String PATTERN = "renders/turntable_####.png";

  @TempDir Path workspace;
  Path outputs;

  @BeforeEach
  void layOutTheSampleScene() throws Exception {
    Files.copy(TURNTABLE.resolve("turntable.fhscene"), workspace.resolve("turntable.fhscene"));
    Files.createDirectories(workspace.resolve("textures"));
    Files.copy(
        TURNTABLE.resolve("textures/checker.png"), workspace.resolve("textures/checker.png"));
    outputs = workspace.resolve("out");
  }

  RenderTask task(Integer... frames) {
    return new RenderTask(
        workspace, RelativePath.of("turntable.fhscene"), List.of(frames), outputs, PATTERN);
  }

  @Test
  void runsTheBuiltInRendererInASmallJvmOfItsOwn() {
    SampleRenderer sample = new SampleRenderer(Path.of("/jdk/bin/java"), "farm.jar:core.jar");

    assertThat(sample.name()).isEqualTo("sample");
    assertThat(sample.unavailable()).isEmpty();
    assertThat(sample.command(task(3, 1, 2)))
        .containsExactly(
            "/jdk/bin/java",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            "farm.jar:core.jar",
            "dev.farmhand.farm.render.SampleRenderMain",
            "--scene",
            workspace.resolve("turntable.fhscene").toString(),
            "--output-dir",
            outputs.toString(),
            "--output",
            PATTERN,
            "--frames",
            "3,1,2");
  }

  @Test
  void byDefaultItRunsWithThisJvmAndItsClassPath() {
    assertThat(new SampleRenderer().command(task(1)))
        .startsWith(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"));
  }

  @Test
  @Timeout(30)
  void rendersTheSampleScenesFramesAsShadedPicturesThatChangeFromFrameToFrame() throws Exception {
    TaskProcess process =
        TaskProcess.start(new SampleRenderer(), task(1, 2), workspace.resolve("task.log"), 1);

    int exit = process.waitFor();

    String log = Files.readString(process.log());
    assertThat(exit).as(log).isZero();
    Path first = outputs.resolve("renders/turntable_0001.png");
    Path second = outputs.resolve("renders/turntable_0002.png");
    assertThat(log)
        .contains("Saved: '" + first + "'", "Saved: '" + second + "'")
        .containsPattern("Fra:1 done in \\d+ ms \\| 1 of 2 frames \\(50%\\)")
        .containsPattern("Fra:2 done in \\d+ ms \\| 2 of 2 frames \\(100%\\)");
    try (Stream<Path> files = Files.walk(outputs)) {
      assertThat(files.filter(Files::isRegularFile)).containsExactlyInAnyOrder(first, second);
    }
    BufferedImage one = ImageIO.read(first.toFile());
    BufferedImage two = ImageIO.read(second.toFile());
    for (BufferedImage image : List.of(one, two)) {
      assertThat(image.getWidth()).isEqualTo(320);
      assertThat(image.getHeight()).isEqualTo(180);
      assertThat(Pictures.luminanceDeviation(image)).as("not blank").isGreaterThan(20);
      assertThat(Pictures.distinctColours(image)).as("shaded").isGreaterThan(1000);
    }
    assertThat(Pictures.fractionDiffering(one, two)).as("the camera moved").isGreaterThan(0.2);
  }

  @Test
  @Timeout(30)
  void aMissingTextureFailsTheTaskWithALogNamingTheFile() throws Exception {
    Files.delete(workspace.resolve("textures/checker.png"));

    TaskProcess process =
        TaskProcess.start(new SampleRenderer(), task(1), workspace.resolve("task.log"), 1);

    assertThat(process.waitFor()).isEqualTo(1);
    Path scene = workspace.resolve("turntable.fhscene");
    assertThat(Files.readAllLines(process.log()))
        .contains(
            "error: "
                + scene
                + ": texture 'floor' is missing: there is no file "
                + workspace.toRealPath().resolve("textures/checker.png")
                + "; send textures/checker.png with the scene");
    assertThat(outputs).doesNotExist();
  }
}
