package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.render.SearchPath;
import dev.farmhand.farm.render.SweetHome3dInstall;
import dev.farmhand.farm.render.SweetHome3dRenderer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample home from submit to frames at home: read by the Sweet Home 3D plugin through {@code
 * farmhand submit}, its six video frames rendered by Sweet Home 3D under Xvfb on the local farm,
 * downloaded with {@code farmhand download} and checked; and the same submit refused by a farm
 * whose Sweet Home 3D is missing. Needs Sweet Home 3D and xvfb-run (CI installs both); skipped,
 * saying which is missing, without.
 */
@Tag("sweethome3d")
@Tag("slow")
class SweetHome3dHomeOnTheFarmTest {
  static final Path SAMPLE =
      Path.of("..", "samples", "scenes", "sweethome3d", "room.sh3d").toAbsolutePath().normalize();
  static final List<String> FRAMES =
      IntStream.rangeClosed(1, 6).mapToObj("renders/room_video_%04d.png"::formatted).toList();

  @TempDir static Path data;
  @TempDir Path work;
  static LocalFarm farm;
  static FarmClient artist;
  static RepositoryPlugins plugins;

  @BeforeAll
  static void startFarm() throws Exception {
    Optional<String> missing =
        SweetHome3dRenderer.photos(SearchPath.ofEnvironment(), SweetHome3dInstall.DEBIAN)
            .unavailable();
    assumeTrue(missing.isEmpty(), () -> missing.orElseThrow() + ": these tests render with it");
    plugins = RepositoryPlugins.use();
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
  }

  @AfterAll
  static void stopFarm() throws Exception {
    if (farm == null) {
      return;
    }
    plugins.restore();
    artist.close();
    farm.close();
  }

  @Test
  void theSampleHomesVideoFramesAreRenderedBySweetHome3dAndComeHomeAsItsPictures()
      throws Exception {
    Path home =
        Files.copy(SAMPLE, Files.createDirectories(work.resolve("home")).resolve("room.sh3d"));

    CliRun submit = CliRun.against(farm, "artist", "submit", home.toString());

    assertThat(submit.exit()).as(submit.err()).isZero();
    String id = submit.out().strip();
    Job done = waitForEnd(id);
    assertThat(done.status())
        .as("the task logs are in %s", farm.data())
        .isEqualTo(JobStatus.SUCCESS);
    assertThat(done.renderer()).isEqualTo("sweethome3d-video");
    assertThat(done.stats().framesDone()).isEqualTo(6);

    Path downloads = work.resolve("downloads");
    CliRun download = CliRun.against(farm, "artist", "download", id, "--to", downloads.toString());
    assertThat(download.exit()).as(download.err()).isZero();
    assertFramesAreTheHomesOwn(downloads.resolve(id), artist.outputs(id));
  }

  @Test
  void aFarmWithoutSweetHome3dRefusesTheHomeNamingTheMissingJar(@TempDir Path otherData)
      throws Exception {
    Path jar = otherData.resolve("not-installed/sweethome3d.jar");
    try (LocalFarm without =
        LocalFarm.start(
            FarmConfig.in(otherData)
                .withWorkers(1)
                .withSweetHome3d(SweetHome3dInstall.debianWithJar(jar)))) {
      CliRun submit = CliRun.against(without, "artist", "submit", SAMPLE.toString());

      assertThat(submit.exit()).as(submit.err()).isEqualTo(3);
      assertThat(submit.err())
          .endsWith(
              "farmhand: no worker has Sweet Home 3D: "
                  + jar
                  + " is missing (point farm start --sweethome3d-jar at Sweet Home 3D's"
                  + " sweethome3d.jar)\n");
    }
  }

  private static Job waitForEnd(String id) {
    Job[] last = new Job[1];
    Awaitility.await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(200))
        .alias("job " + id + " to end")
        .until(
            () -> {
              last[0] = artist.job(id);
              return last[0].status() == JobStatus.SUCCESS || last[0].status() == JobStatus.FAILED;
            });
    return last[0];
  }

  /**
   * The six frames are at home, each the farm's (same SHA-256), each a 64x48 PNG of its own that
   * shows the crate's orange checks (a texture Sweet Home 3D carried inside the .sh3d), so the home
   * was rendered with its contents, not a blank or a grey box.
   */
  private static void assertFramesAreTheHomesOwn(Path folder, List<Output> outputs)
      throws Exception {
    assertThat(outputs).extracting(Output::path).containsExactlyInAnyOrderElementsOf(FRAMES);
    Set<String> hashes = new HashSet<>();
    for (Output output : outputs) {
      Path frame = folder.resolve(output.path());
      assertThat(Sha256.of(frame)).as(output.path()).isEqualTo(output.sha256());
      hashes.add(output.sha256());
      BufferedImage image = ImageIO.read(frame.toFile());
      assertThat(image).as("%s is a PNG", output.path()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(64);
      assertThat(image.getHeight()).isEqualTo(48);
      assertThat(orangePixels(image))
          .as("pixels of the crate's orange checks in %s", frame)
          .isGreaterThan(40);
    }
    assertThat(hashes).as("six frames along the path, each its own picture").hasSize(6);
  }

  private static int orangePixels(BufferedImage image) {
    int orange = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 80 && r > 2 * b && g > b && r > g) {
          orange++;
        }
      }
    }
    return orange;
  }
}
