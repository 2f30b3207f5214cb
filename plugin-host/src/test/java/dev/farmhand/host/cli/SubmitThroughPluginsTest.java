package dev.farmhand.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.host.plugins.PluginFolders;
import dev.farmhand.host.plugins.TestPlugins;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code farmhand submit --dry-run} goes through the scene's plugin's build_job and validate: it
 * shows the job as the plugin shaped it, and a job the plugin refuses is not sent (exit 2, every
 * problem listed). A dry run needs no farm.
 */
class SubmitThroughPluginsTest {
  @TempDir Path scenes;
  private String pluginsBefore;

  @BeforeEach
  void useTheRepositorysPlugins() {
    pluginsBefore = System.getProperty(PluginFolders.BUILT_IN_PROPERTY);
    System.setProperty(PluginFolders.BUILT_IN_PROPERTY, TestPlugins.BUILT_IN.toString());
  }

  @AfterEach
  void restoreThePluginsFolder() {
    if (pluginsBefore == null) {
      System.clearProperty(PluginFolders.BUILT_IN_PROPERTY);
    } else {
      System.setProperty(PluginFolders.BUILT_IN_PROPERTY, pluginsBefore);
    }
  }

  @Test
  void aJsonDryRunCarriesWhatTheSamplePluginsBuildJobChose() {
    CliRun run = CliRun.of("submit", TestPlugins.TURNTABLE.toString(), "--dry-run", "--json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("\"camera\":\"orbit\"").contains("\"layers\":\"beauty\"");
  }

  @Test
  void aJobTheSamplePluginRefusesExitsTwoListingTheProblemsAndSendsNothing() throws Exception {
    Path scene =
        Files.writeString(
            scenes.resolve("dark.fhscene"),
            Files.readString(TestPlugins.TURNTABLE)
                .replace("\"renderable\": true", "\"renderable\": false")
                .replace("\"textures\": {\n    \"floor\": \"textures/checker.png\"\n  },", ""));

    CliRun run = CliRun.of("submit", scene.toString(), "--dry-run");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "farmhand: plugin 'sample' found a problem with the job, so nothing was sent: fix it"
                + " and submit again:\n"
                + "  metadata.camera: the scene has no renderable camera: set \"renderable\": true"
                + " on one of its cameras\n");
  }
}
