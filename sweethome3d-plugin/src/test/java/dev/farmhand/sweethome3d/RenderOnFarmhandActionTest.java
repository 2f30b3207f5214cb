package dev.farmhand.sweethome3d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.RetrySettings;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.farm.render.SearchPath;
import dev.farmhand.farm.render.SweetHome3dInstall;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin file as Sweet Home 3D uses it: copied into a plugins folder, loaded by Sweet Home 3D's
 * own {@code PluginManager} in a JVM that has Sweet Home 3D and not Farmhand on its class path,
 * under Xvfb, its action run on a home ({@link PluginActionRun}); the job must then be on the local
 * farm. Runs after the plugin file is made (the {@code package} phase). Needs xvfb-run.
 */
@Tag("sweethome3d")
@Tag("slow")
class RenderOnFarmhandActionTest {
  static final Path SAMPLE =
      Path.of("..", "samples", "scenes", "sweethome3d", "room.sh3d").toAbsolutePath().normalize();

  @TempDir static Path data;
  @TempDir static Path plugins;
  @TempDir Path work;
  static LocalFarm farm;

  @BeforeAll
  static void startTheFarmAndInstallThePlugin() throws Exception {
    assumeTrue(
        SearchPath.ofEnvironment().find("xvfb-run").isPresent(),
        "xvfb-run is not on the PATH: Sweet Home 3D's plugins need a display (Debian: apt-get"
            + " install xvfb xauth)");
    String pluginFile = System.getProperty("farmhand.sweethome3d.pluginFile");
    assertThat(pluginFile)
        .as("the build passes the plugin file it made; run this test with mvn package")
        .isNotNull();
    Files.copy(Path.of(pluginFile), plugins.resolve("farmhand-sweethome3d.sh3p"));
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
  }

  @AfterAll
  static void stopTheFarm() {
    if (farm != null) {
      farm.close();
    }
  }

  /** Runs {@link PluginActionRun} on the home under xvfb-run with these variables set. */
  private Run sweetHome3d(Path home, Map<String, String> environment, String... options)
      throws Exception {
    Path temporary = Files.createDirectories(work.resolve("tmp"));
    List<String> classPath = new ArrayList<>();
    SweetHome3dInstall.DEBIAN.classPath().forEach(jar -> classPath.add(jar.toString()));
    classPath.add(Path.of("target", "test-classes").toAbsolutePath().toString());
    List<String> command =
        new ArrayList<>(
            List.of(
                SearchPath.ofEnvironment().find("xvfb-run").orElseThrow().toString(),
                "-a",
                "-n",
                "170",
                "-s",
                "-screen 0 1024x768x24",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.library.path=" + SweetHome3dInstall.DEBIAN.nativeLibraries(),
                "-Djava.io.tmpdir=" + temporary,
                "-cp",
                String.join(File.pathSeparator, classPath),
                PluginActionRun.class.getName(),
                plugins.toString(),
                home.toString()));
    command.addAll(List.of(options));
    Path log = work.resolve("sweethome3d.log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().remove("FARMHAND_FARM");
    builder.environment().remove("FARMHAND_KEY");
    builder.environment().put("XDG_CONFIG_HOME", work.resolve("config").toString());
    builder.environment().put("XDG_DATA_HOME", work.resolve("data").toString());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  record Run(int exit, String output) {}

  @Test
  void theMenuEntryOpensTheRenderPanelWithSubmitOnTheOpenHomeWhichSendsIt() throws Exception {
    Path home = Files.copy(SAMPLE, work.resolve("room.sh3d"));
    String key = farm.credentials().key("studio", "artist");

    Run run = sweetHome3d(home, Map.of("FARMHAND_FARM", farm.url(), "FARMHAND_KEY", key));

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("plugin: dev.farmhand.sweethome3d.FarmhandPlugin from java.net.URLClassLoader")
        .contains("action: Render on Farmhand… in Tools");
    try (FarmClient artist =
        FarmClient.builder().farm(farm.url()).key(key).retries(RetrySettings.NONE).build()) {
      List<Job> jobs = artist.allJobs(Set.of());
      assertThat(jobs).hasSize(1);
      Job job = jobs.get(0);
      assertThat(run.output())
          .contains("panel: Farmhand: My Jobs on " + farm.url())
          .containsPattern("scene: .*/room\\.sh3d")
          .contains("submitted: Submitted as " + job.id() + ".");
      assertThat(job.title()).isEqualTo("room");
      assertThat(job.renderer()).isEqualTo("sweethome3d-video");
      assertThat(job.metadata()).containsEntry("plugin", "sweethome3d");
    }
    // Sweet Home 3D has exited: Farmhand's unpacked plugins and the home's copy are gone with it.
    try (Stream<Path> left = Files.list(work.resolve("tmp"))) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("farmhand-"));
    }
  }

  @Test
  void closingTheHomeClosesItsRenderPanelWindow() throws Exception {
    Path home = Files.copy(SAMPLE, work.resolve("room.sh3d"));
    // Another account than the other tests', which count the jobs of theirs.
    String key = farm.credentials().key("other", "artist");

    Run run =
        sweetHome3d(home, Map.of("FARMHAND_FARM", farm.url(), "FARMHAND_KEY", key), "--close-home");

    assertThat(run.output())
        .contains("submitted: Submitted as ")
        .contains("home closed: the render panel's window closed with it");
    assertThat(run.exit()).as(run.output()).isZero();
  }

  @Test
  void withoutAFarmToSubmitToTheDialogSaysHowToChooseOne() throws Exception {
    Path home = Files.copy(SAMPLE, work.resolve("room.sh3d"));

    Run run = sweetHome3d(home, Map.of());

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output())
        .contains(
            "dialog: 'room' cannot be rendered on Farmhand: Farmhand does not know which farm to"
                + " use (no farm given: pass --farm URL, set FARMHAND_FARM, or run farmhand login):"
                + " run farmhand login once, or start Sweet Home 3D with FARMHAND_FARM and"
                + " FARMHAND_KEY set");
  }
}
