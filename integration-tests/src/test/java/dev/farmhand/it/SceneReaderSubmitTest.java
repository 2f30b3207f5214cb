package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code farmhand submit} of the Maya and Nuke sample scenes, read by the repository's text-scene
 * plugins: a dry run prints the job; a real submit is refused by a farm with no Maya or Nuke.
 */
class SceneReaderSubmitTest {
  static final Path SCENES = Path.of("..", "samples", "scenes").toAbsolutePath().normalize();
  static final Path KITCHEN = SCENES.resolve("maya/kitchen.ma");
  static final Path COMP = SCENES.resolve("nuke/sh010_comp.nk");

  @TempDir static Path data;
  static LocalFarm farm;
  static FarmClient artist;
  static RepositoryPlugins plugins;

  @BeforeAll
  static void startFarm() throws Exception {
    plugins = RepositoryPlugins.use();
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    artist = Farms.client(farm, "studio", "artist");
  }

  @AfterAll
  static void stopFarm() throws Exception {
    plugins.restore();
    artist.close();
    farm.close();
  }

  @Test
  void aDryRunOfTheMayaSamplePrintsItsJobWithEveryFile() {
    CliRun run = CliRun.of("submit", KITCHEN.toString(), "--dry-run", "--scout", "auto:3");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("scene        kitchen.ma, read by maya 0.1.0\n")
        .contains("renderer     maya\n")
        .contains("frames       1-12 (12 frames)\n")
        .contains("scouts       auto:3: 1,6,12\n")
        .contains("output       kitchen/beauty/kitchen.####.exr in the download root\n")
        .contains("files        21 files, ")
        .contains("  assets/chair.ma ")
        .contains("  sourceimages/floor/floor_color.1012.png ")
        .contains("  sourceimages/window_plate/window.0012.png ")
        .contains("  sound/kitchen_ambience.wav ");
  }

  @Test
  void aJsonDryRunOfTheNukeSampleIsTheRequestWithEveryFrameOfItsReads() throws Exception {
    CliRun run = CliRun.of("submit", COMP.toString(), "--dry-run", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JobCreateRequest request = Json.read(run.out(), JobCreateRequest.class);
    assertThat(request.scene()).isEqualTo("sh010_comp.nk");
    assertThat(request.renderer()).isEqualTo("nuke");
    assertThat(request.frames()).isEqualTo("1001-1012");
    assertThat(request.outputPattern()).isEqualTo("renders/sh010_comp.####.exr");
    assertThat(request.dependencies())
        .hasSize(21)
        .extracting(d -> d.path())
        .contains("plates/sh010_plate.1001.png", "elements/smoke.1006.png", "elements/grain.png");
  }

  @Test
  void aFarmWithoutMayaOrNukeRefusesTheirScenesAndMakesNoJob() throws Exception {
    int jobsBefore = artist.allJobs(Set.of()).size();

    CliRun maya = CliRun.against(farm, "artist", "submit", KITCHEN.toString());
    CliRun nuke = CliRun.against(farm, "artist", "submit", COMP.toString());

    assertThat(maya.exit()).as(maya.err()).isEqualTo(3);
    assertThat(maya.err()).endsWith("farmhand: no worker has Maya\n");
    assertThat(nuke.exit()).as(nuke.err()).isEqualTo(3);
    assertThat(nuke.err()).endsWith("farmhand: no worker has Nuke\n");
    assertThat(artist.allJobs(Set.of())).hasSize(jobsBefore);
  }

  @Test
  void aSceneNamingAnotherMachinesFilesStopsTheSubmitListingWhereToPutThem(@TempDir Path folder)
      throws Exception {
    Path scene =
        Files.writeString(
            folder.resolve("shot.ma"),
            """
            //Maya ASCII 2024 scene
            createNode file -n "wood";
            \tsetAttr ".ftn" -type "string" "C:/Users/ana/kitchen/sourceimages/wood.png";
            // End of shot.ma
            """);

    CliRun run = CliRun.of("submit", scene.toString(), "--dry-run");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "farmhand: 1 dependency is missing, nothing was uploaded: restore it or submit without"
                + " it:\n  "
                + folder.resolve("sourceimages/wood.png")
                + " (for external"
                + folder.resolve("sourceimages/wood.png")
                + ") does not exist\n"
                + "farmhand: to submit without them, add --without-missing\n");
  }
}
