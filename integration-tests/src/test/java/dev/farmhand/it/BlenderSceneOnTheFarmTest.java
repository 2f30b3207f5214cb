package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.autodownload.Activity;
import dev.farmhand.core.autodownload.AutoDownloader;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.download.DownloadListener;
import dev.farmhand.core.download.Downloader;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.render.SearchPath;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample .blend from submit to every frame at home: read by the Blender plugin through {@code
 * farmhand submit}, scouts rendered by Blender on the local farm and fetched by the auto-downloader
 * while the job holds, approved with {@code farmhand unhold}, the rest rendered and fetched, the
 * job Downloaded. Needs Blender on the PATH (CI installs it); skipped without.
 */
@Tag("blender")
@Tag("slow")
class BlenderSceneOnTheFarmTest {
  static final Path SAMPLE =
      Path.of("..", "samples", "scenes", "blender").toAbsolutePath().normalize();
  static final List<String> FRAMES =
      IntStream.rangeClosed(1, 12).mapToObj(f -> "renders/frame_%04d.png".formatted(f)).toList();

  @TempDir static Path data;
  @TempDir Path work;
  static LocalFarm farm;
  static FarmClient artist;
  static RepositoryPlugins plugins;
  final List<Activity> activities = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startFarm() throws Exception {
    assumeTrue(
        SearchPath.ofEnvironment().find("blender").isPresent(),
        "Blender is not on the PATH: install it (Debian: apt-get install blender) to render .blend"
            + " scenes on the local farm");
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

  /** The sample scene and its texture, copied where rendering it by hand would write nothing. */
  private Path copyOfTheSample() throws Exception {
    Path folder = Files.createDirectories(work.resolve("scene/textures"));
    Files.copy(SAMPLE.resolve("textures/crate.png"), folder.resolve("crate.png"));
    return Files.copy(SAMPLE.resolve("crate.blend"), work.resolve("scene/crate.blend"));
  }

  private List<String> verified(String jobId) {
    return activities.stream()
        .filter(a -> a instanceof Activity.FileVerified f && f.jobId().equals(jobId))
        .map(a -> ((Activity.FileVerified) a).path())
        .toList();
  }

  private boolean downloaded(String jobId) {
    return activities.stream()
        .anyMatch(a -> a instanceof Activity.JobDownloaded d && d.jobId().equals(jobId));
  }

  @Test
  void theSampleBlendIsScoutedApprovedRenderedByBlenderAndEveryFrameComesHomeVerified()
      throws Exception {
    Path scene = copyOfTheSample();
    Path downloads = work.resolve("downloads");
    String key = farm.credentials().key("studio", "artist");
    try (AutoDownloader auto =
        AutoDownloader.builder(artist, key).into(downloads).listener(activities::add).start()) {
      CliRun submit =
          CliRun.against(
              farm, "artist", "submit", scene.toString(), "--scout", "auto:2", "--chunk", "5");
      assertThat(submit.exit()).as(submit.err()).isZero();
      String id = submit.out().strip();
      assertThat(submit.err()).contains("farmhand: synced 2 files");

      Job held = Farms.waitFor(artist, id, JobStatus.HOLDING);
      assertThat(held.renderer()).isEqualTo("blender");
      assertThat(held.outputPattern()).isEqualTo("renders/frame_####.png");
      assertThat(held.stats().framesDone()).isEqualTo(2);
      await()
          .atMost(Duration.ofSeconds(60))
          .alias("the two scout frames to come home")
          .until(() -> verified(id).size() == 2);
      assertThat(verified(id)).containsExactlyInAnyOrder(FRAMES.get(0), FRAMES.get(11));
      assertThat(artist.job(id).status()).isEqualTo(JobStatus.HOLDING);

      CliRun unhold = CliRun.against(farm, "artist", "unhold", id);
      assertThat(unhold.exit()).as(unhold.err()).isZero();
      await()
          .atMost(Duration.ofSeconds(300))
          .alias("job " + id + " to be rendered and downloaded")
          .until(() -> downloaded(id));

      assertThat(artist.job(id).status()).isEqualTo(JobStatus.DOWNLOADED);
      assertThat(verified(id)).hasSize(12).containsExactlyInAnyOrderElementsOf(FRAMES);
      assertFramesAreTheScenesOwn(downloads.resolve(id), artist.outputs(id));
      assertThat(auto.noticeStats().connects()).as("it followed the farm's notices").isPositive();
    }
  }

  @Test
  void aTextureOutsideTheScenesFolderIsSentAndTheFarmsBlenderRendersWithIt() throws Exception {
    Path scene = copyOfTheSample();
    Files.move(
        work.resolve("scene/textures/crate.png"),
        Files.createDirectories(work.resolve("shared")).resolve("crate.png"));
    rewriteImagePath(scene, "//../shared/crate.png");

    CliRun submit = CliRun.against(farm, "artist", "submit", scene.toString(), "--frames", "3");
    assertThat(submit.exit()).as(submit.err()).isZero();
    String id = submit.out().strip();

    Job done = Farms.waitFor(artist, id, JobStatus.SUCCESS);
    assertThat(done.stats().framesDone()).isEqualTo(1);
    assertThat(artist.outputs(id)).extracting(Output::path).containsExactly(FRAMES.get(2));
    String log = artist.taskLog(id, artist.tasks(id).get(0).id());
    assertThat(log)
        .contains(
            "farmhand: image 'crate.png': '//../shared/crate.png' -> '",
            "/external" + work.resolve("shared/crate.png").toAbsolutePath() + "'",
            "farmhand: 1 outside path(s) pointed at the job's copies, 0 not sent with the job");
    Path home = work.resolve("home");
    Downloader.builder(artist)
        .into(home)
        .build()
        .download(id, DownloadListener.NONE, new Cancellation());
    BufferedImage frame = ImageIO.read(home.resolve(id).resolve(FRAMES.get(2)).toFile());
    int[] colours = colours(frame);
    assertThat(colours[0]).as("magenta pixels of a missing texture").isZero();
    assertThat(colours[1]).as("pixels of the crate's orange texture").isGreaterThan(500);
  }

  /** Saves the scene with its image's path written as given, by Blender. */
  private static void rewriteImagePath(Path scene, String written) throws Exception {
    Process blender =
        new ProcessBuilder(
                "blender",
                "-b",
                scene.toString(),
                "--python-expr",
                String.join(
                    "\n",
                    "import bpy",
                    "for image in bpy.data.images:",
                    "    if image.filepath.endswith('crate.png'):",
                    "        image.filepath = '" + written + "'",
                    "bpy.ops.wm.save_mainfile(relative_remap=False)"))
            .redirectErrorStream(true)
            .redirectOutput(scene.resolveSibling("rewrite.log").toFile())
            .start();
    assertThat(blender.waitFor())
        .as(Files.readString(scene.resolveSibling("rewrite.log")))
        .isZero();
  }

  /**
   * The files at home are exactly the scene's twelve frames, each the farm's (same SHA-256), each a
   * different picture at the scene's 160x90, and each shows the crate with its texture: Blender
   * paints a texture it cannot find magenta, so the texture reached the farm where the scene looks
   * for it.
   */
  private static void assertFramesAreTheScenesOwn(Path folder, List<Output> outputs)
      throws Exception {
    List<String> atHome;
    try (Stream<Path> files = Files.walk(folder)) {
      atHome =
          files
              .filter(Files::isRegularFile)
              .map(f -> folder.relativize(f).toString().replace('\\', '/'))
              .filter(path -> !path.startsWith(".farmhand/"))
              .sorted()
              .toList();
    }
    assertThat(atHome).isEqualTo(FRAMES);
    assertThat(outputs).extracting(Output::path).containsExactlyInAnyOrderElementsOf(FRAMES);
    for (Output output : outputs) {
      Path frame = folder.resolve(output.path());
      assertThat(Sha256.of(frame)).as(output.path()).isEqualTo(output.sha256());
      BufferedImage image = ImageIO.read(frame.toFile());
      assertThat(image).as("%s is a PNG", output.path()).isNotNull();
      assertThat(image.getWidth()).isEqualTo(160);
      assertThat(image.getHeight()).isEqualTo(90);
      int[] colours = colours(image);
      assertThat(colours[0]).as("magenta pixels of a missing texture in %s", frame).isZero();
      assertThat(colours[1])
          .as("pixels of the crate's orange texture in %s", frame)
          .isGreaterThan(500);
    }
    assertThat(outputs).extracting(Output::sha256).doesNotHaveDuplicates();
  }

  /** How many pixels are Blender's missing-texture magenta, and how many the crate's orange. */
  private static int[] colours(BufferedImage image) {
    int magenta = 0;
    int orange = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r > 120 && b > 120 && 2 * g < Math.min(r, b)) {
          magenta++;
        }
        if (r > 80 && r > 2 * b && g > b) {
          orange++;
        }
      }
    }
    return new int[] {magenta, orange};
  }
}
