package dev.farmhand.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.files.Sha256;
import dev.farmhand.host.plugins.PluginFolders;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code farmhand demo} from start to end: real frames home, distinct, verified, Downloaded. */
class DemoCommandTest {
  @TempDir Path frames;
  private String pluginsBefore;

  @BeforeEach
  void builtInPlugins() {
    pluginsBefore = System.getProperty(PluginFolders.BUILT_IN_PROPERTY);
    System.setProperty(
        PluginFolders.BUILT_IN_PROPERTY, Path.of("..", "plugins").toAbsolutePath().toString());
  }

  @AfterEach
  void restore() {
    if (pluginsBefore == null) {
      System.clearProperty(PluginFolders.BUILT_IN_PROPERTY);
    } else {
      System.setProperty(PluginFolders.BUILT_IN_PROPERTY, pluginsBefore);
    }
  }

  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine commandLine = FarmhandMain.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void theDemoLeavesEveryFrameHomeVerifiedAsDistinctPicturesAndSaysWhere() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit =
        run(out, err, "demo", "--to", frames.toString(), "--frames", "1-8", "--workers", "2");

    assertThat(exit).as(out + "\n" + err).isZero();
    String text = out.toString();
    assertThat(text)
        .contains("submitted  j-1 with scout frames 1, 4, 8")
        .contains("scout frames are 320x180 images with a picture in them: approving")
        .contains("job        j-1 shows Downloaded")
        .contains("The frames: " + frames);
    Path renders = frames.resolve("j-1").resolve("renders");
    List<Path> pngs;
    try (Stream<Path> all = Files.list(renders)) {
      pngs = all.sorted().toList();
    }
    assertThat(pngs)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "turntable_0001.png",
            "turntable_0002.png",
            "turntable_0003.png",
            "turntable_0004.png",
            "turntable_0005.png",
            "turntable_0006.png",
            "turntable_0007.png",
            "turntable_0008.png");
    Set<String> hashes = new HashSet<>();
    for (Path png : pngs) {
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image).as(png.toString()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(320);
      assertThat(ScoutCheck.problem(png, 320, 180)).isEmpty();
      hashes.add(Sha256.of(png));
    }
    assertThat(hashes).as("every frame is a different picture").hasSize(8);
  }

  @Test
  void aSceneNoPluginReadsIsRefusedNamingIt() throws Exception {
    Path scene = frames.resolve("shot.xyz");
    Files.writeString(scene, "nothing");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = run(out, err, "demo", "--to", frames.toString(), "--scene", scene.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("'.xyz'").contains(".fhscene");
  }
}
