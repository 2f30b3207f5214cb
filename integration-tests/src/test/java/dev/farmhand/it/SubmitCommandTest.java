package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code farmhand submit SCENE}, run in this process with the repository's plugins. */
class SubmitCommandTest {
  static final Path SCENE = Farms.SCENE_DIR.resolve("turntable.fhscene");

  @TempDir static Path data;
  static LocalFarm farm;
  static FarmClient artist;
  static RepositoryPlugins plugins;

  @BeforeAll
  static void startFarm() throws Exception {
    plugins = RepositoryPlugins.use();
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
  }

  @AfterAll
  static void stopFarm() throws Exception {
    plugins.restore();
    artist.close();
    farm.close();
  }

  /** Runs {@code farmhand args…}; with the farm and the artist's key when {@code toFarm}. */
  private static CliRun run(boolean toFarm, String... args) {
    return toFarm ? CliRun.against(farm, "artist", args) : CliRun.of(args);
  }

  @Test
  void submitWithWaitPrintsTheIdThenTheFinalStatus() {
    CliRun run = run(true, "submit", SCENE.toString(), "--frames", "1-2", "--wait");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().toList()).hasSize(2).last().isEqualTo("Success");
  }

  @Test
  void aSubmittedScenePrintsTheJobIdAndItsScoutsRenderToHolding() throws Exception {
    CliRun run = run(true, "submit", SCENE.toString(), "--scout", "auto:2", "--frames", "1-4");

    assertThat(run.exit()).as(run.err()).isZero();
    String id = run.out().strip();
    assertThat(run.out()).isEqualTo(id + "\n");
    assertThat(run.err()).contains("farmhand: synced 2 files");
    Job job = Farms.waitFor(artist, id, JobStatus.HOLDING);
    assertThat(job.title()).isEqualTo("turntable");
    assertThat(job.stats().framesDone()).isEqualTo(2);
    assertThat(job.stats().framesTotal()).isEqualTo(4);
  }

  @Test
  void withJsonTheSubmitPrintsTheJob() throws Exception {
    CliRun run = run(true, "submit", SCENE.toString(), "--frames", "5", "--title", "one", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    Job job = Json.read(run.out(), Job.class);
    assertThat(job.title()).isEqualTo("one");
    assertThat(artist.job(job.id()).title()).isEqualTo("one");
  }

  @Test
  void aJsonDryRunPrintsTheRequestWithHashesAndSendsNothing() throws Exception {
    int jobsBefore = artist.allJobs(Set.of()).size();

    CliRun run = run(false, "submit", SCENE.toString(), "--dry-run", "--json", "--scout", "auto:2");

    assertThat(run.exit()).as(run.err()).isZero();
    JobCreateRequest request = Json.read(run.out(), JobCreateRequest.class);
    assertThat(request.scene()).isEqualTo("turntable.fhscene");
    assertThat(request.scouts()).isEqualTo("auto:2");
    assertThat(request.dependencies())
        .extracting(d -> d.path() + " " + d.sha256())
        .containsExactly(
            "turntable.fhscene " + Sha256.of(SCENE),
            "textures/checker.png " + Sha256.of(Farms.SCENE_DIR.resolve("textures/checker.png")));
    JsonNode tree = Json.mapper().readTree(run.out());
    assertThat(tree.isObject()).isTrue();
    assertThat(artist.allJobs(Set.of())).hasSize(jobsBefore);
  }

  @Test
  void aHumanDryRunShowsFramesScoutsTasksAndFiles() {
    CliRun run =
        run(false, "submit", SCENE.toString(), "--dry-run", "--scout", "1", "--chunk", "4");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("frames       1-24 (24 frames)")
        .contains("scouts       1: 1")
        .contains("tasks        7 (1 scout, 6 of up to 4 frames)")
        .contains("  textures/checker.png  166 B");
  }

  @Test
  void aSceneWithAMissingTextureExitsTwoNamingIt(@TempDir Path folder) throws Exception {
    Path lonely = Files.copy(SCENE, folder.resolve("lonely.fhscene"));

    CliRun run = run(true, "submit", lonely.toString(), "--dry-run");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "farmhand: 1 dependency is missing, nothing was uploaded: restore it or submit without"
                + " it:\n  "
                + folder.resolve("textures/checker.png")
                + " (for textures/checker.png) does not exist\n"
                + "farmhand: to submit without them, add --without-missing\n");
  }

  @Test
  void withoutMissingTheSceneIsSubmittedAlone(@TempDir Path folder) throws Exception {
    Path lonely = Files.copy(SCENE, folder.resolve("lonely.fhscene"));

    CliRun run =
        run(false, "submit", lonely.toString(), "--dry-run", "--json", "--without-missing");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Json.read(run.out(), JobCreateRequest.class).dependencies()).hasSize(1);
    assertThat(run.err()).contains("submitting without 1 missing file(s)");
  }

  @Test
  void anUnknownSceneEndingExitsTwoListingWhatThePluginsRead(@TempDir Path folder)
      throws Exception {
    Path scene = Files.writeString(folder.resolve("shot.xyz"), "{}");

    CliRun run = run(true, "submit", scene.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "farmhand: no plugin reads '.xyz' scenes: the plugins read .blend (blender), .ma"
                + " (maya), .nk (nuke), .fhscene (sample), .sh3d (sweethome3d); install one in ");
  }

  @Test
  void aSceneThePluginRefusesExitsTwoWithThePluginAndTraceback(@TempDir Path folder)
      throws Exception {
    Path scene = Files.writeString(folder.resolve("notes.fhscene"), "{\"format\": \"x\"}");

    CliRun run = run(true, "submit", scene.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("farmhand: plugin 'sample' (")
        .contains("sample_plugin.py): read_scene(" + scene + ") raised SceneError: ")
        .contains("Traceback (most recent call last):");
    try (Stream<Path> files = Files.list(Path.of("..", "plugins", "sample"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("plugin.json", "sample_plugin.py");
    }
  }
}
