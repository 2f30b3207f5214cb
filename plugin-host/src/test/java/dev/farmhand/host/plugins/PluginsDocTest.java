package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.PluginJobs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minimal plugin in docs/plugins.md, run as the docs give it, does what the docs say. */
class PluginsDocTest {
  static final Path DOC = Path.of("..", "docs", "plugins.md");

  @TempDir Path user;
  @TempDir Path scenes;

  /** The first fenced block of that language after the heading. */
  private static String block(String doc, String heading, String language) {
    int from = doc.indexOf("\n## " + heading + "\n");
    assertThat(from).as("the heading '%s' in %s", heading, DOC).isNotNegative();
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(block.find(from)).as("a %s block under '%s'", language, heading).isTrue();
    return block.group(1);
  }

  @Test
  void theMinimalPluginReadsShapesAndChecksItsScenes() throws Exception {
    String doc = Files.readString(DOC);
    Path toy = Files.createDirectories(user.resolve("toy"));
    Files.writeString(toy.resolve("plugin.json"), block(doc, "A minimal plugin", "json"));
    Files.writeString(toy.resolve("toy.py"), block(doc, "A minimal plugin", "python"));
    Path shot =
        Files.writeString(scenes.resolve("shot.toy"), block(doc, "A minimal plugin", "text"));
    Path odd =
        Files.writeString(
            scenes.resolve("odd.toy"), Files.readString(shot).replace("draft", "grand"));

    try (PluginRegistry registry =
        PluginRegistry.discover(new PluginFolders(Optional.empty(), user))) {
      assertThat(registry.notices()).isEmpty();
      PythonPlugin plugin = registry.forScene(shot);

      JobSpec job = PluginJobs.make(plugin.read(shot), JobOverrides.NONE);
      assertThat(job.frames().size()).isEqualTo(20);
      assertThat(job.chunk()).isEqualTo(10);
      assertThat(job.metadata()).containsEntry("camera", "hero").containsEntry("quality", "draft");
      JobOverrides oneByOne = new JobOverrides(null, null, 1, null, null, null, null, null, null);
      assertThat(PluginJobs.make(plugin.read(shot), oneByOne).chunk()).isEqualTo(1);

      PluginScene oddScene = plugin.read(odd);
      assertThatThrownBy(() -> PluginJobs.make(oddScene, JobOverrides.NONE))
          .isInstanceOf(JobProblemsException.class)
          .hasMessageEndingWith(
              "metadata.quality: 'grand' is not a quality the toy renderer has: write quality ="
                  + " draft or quality = final in the scene");
    }
  }
}
