package dev.farmhand.host.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.submit.InvalidJobSpecException;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.host.plugins.JobProblemsException;
import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.plugins.PluginManifestReader;
import dev.farmhand.host.plugins.PluginScene;
import dev.farmhand.host.plugins.PythonPlugin;
import dev.farmhand.host.plugins.TestPlugins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scene's job through its plugin: the host's job, the plugin's build_job over it, the user's
 * overrides over that, then the plugin's validate. The sample plugin is the reference.
 */
class PluginJobsTest {
  static final JobOverrides NONE = JobOverrides.NONE;

  @TempDir Path plugins;
  @TempDir Path scenes;

  private static PythonPlugin sample() throws Exception {
    return new PythonPlugin(
        new PluginManifestReader().read(TestPlugins.BUILT_IN.resolve("sample")));
  }

  private PythonPlugin plugin(String code) throws Exception {
    return new PythonPlugin(
        new PluginManifestReader()
            .read(
                TestPlugins.write(
                    plugins, "shaper", ".s", "shaper", TestPlugins.sceneReturning("'r'") + code)));
  }

  /** The turntable scene, changed: each pair is a text to find and what to put instead. */
  private Path turntableWith(String... replacements) throws Exception {
    String text = Files.readString(TestPlugins.TURNTABLE);
    for (int i = 0; i < replacements.length; i += 2) {
      assertThat(text).contains(replacements[i]);
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    Files.createDirectories(scenes.resolve("textures"));
    Files.copy(
        TestPlugins.TURNTABLE.resolveSibling("textures/checker.png"),
        scenes.resolve("textures/checker.png"));
    return Files.writeString(scenes.resolve("shot.fhscene"), text);
  }

  @Test
  void theSamplePluginRecordsTheRenderableCameraLayersAndTitleOnTheHostsJob() throws Exception {
    try (PythonPlugin sample = sample()) {
      PluginScene scene = sample.read(TestPlugins.TURNTABLE);

      JobSpec job = PluginJobs.make(scene, NONE);

      JobSpec hosts = SceneJobMapper.map(scene.file(), scene.info(), sample.manifest(), NONE);
      assertThat(job.title()).isEqualTo("turntable").isEqualTo(hosts.title());
      assertThat(job.renderer()).isEqualTo("sample");
      assertThat(job.frames()).isEqualTo(hosts.frames());
      assertThat(job.outputPattern()).isEqualTo("renders/turntable_####.png");
      assertThat(job.files()).isEqualTo(hosts.files());
      assertThat(job.metadata())
          .isEqualTo(
              Map.of(
                  "plugin", "sample",
                  "plugin_version", "0.1.0",
                  "camera", "orbit",
                  "layers", "beauty",
                  "scene_title", "Turntable"));
    }
  }

  @Test
  void theSamplePluginRefusesAJobItsRendererWouldFailListingEveryProblem() throws Exception {
    Path shot =
        turntableWith(
            "\"renderable\": true", "\"renderable\": false",
            "renders/turntable_####.png", "renders/turntable.exr");
    try (PythonPlugin sample = sample()) {
      PluginScene scene = sample.read(shot);

      assertThatThrownBy(() -> PluginJobs.make(scene, NONE))
          .isInstanceOf(JobProblemsException.class)
          .hasMessage(
              "plugin 'sample' found 3 problems with the job, so nothing was sent: fix them and"
                  + " submit again:\n"
                  + "  output_pattern: 'renders/turntable.exr' has no run of '#' in its file name:"
                  + " give it one for the frame number, as renders/shot_####.png\n"
                  + "  output_pattern: 'renders/turntable.exr' does not end in .png, and the sample"
                  + " renderer writes PNG images: end it with .png\n"
                  + "  metadata.camera: the scene has no renderable camera: set \"renderable\":"
                  + " true on one of its cameras");
    }
  }

  @Test
  void theUsersOverridesWinOverWhatBuildJobChose() throws Exception {
    try (PythonPlugin shaper =
        plugin(
            "def build_job(scene, overrides):\n"
                + "    return {'title': 'plugin title', 'priority': 10, 'chunk': 3,\n"
                + "            'metadata': {'camera': 'main'}}\n")) {
      JobOverrides overrides =
          new JobOverrides(null, null, null, null, 90, null, null, null, "/renders");

      JobSpec job = PluginJobs.make(shaper.read(scenes.resolve("a.s")), overrides);

      assertThat(job.title()).isEqualTo("plugin title");
      assertThat(job.priority()).isEqualTo(90);
      assertThat(job.chunk()).isEqualTo(3);
      assertThat(job.outputDir()).isEqualTo("/renders");
      assertThat(job.metadata()).containsEntry("camera", "main").containsEntry("plugin", "shaper");
    }
  }

  @Test
  void aValueBuildJobChoseThatTheJobRefusesIsThePluginsFault() throws Exception {
    try (PythonPlugin shaper =
        plugin(
            "def build_job(scene, overrides):\n"
                + "    return {'frames': '5-1x0', 'priority': 300}\n")) {
      PluginScene scene = shaper.read(scenes.resolve("a.s"));

      assertThatThrownBy(() -> PluginJobs.make(scene, NONE))
          .isInstanceOf(PluginException.class)
          .hasMessage(
              "plugin 'shaper' ("
                  + plugins.resolve("shaper/shaper.py")
                  + "): build_job for "
                  + scene.file()
                  + " returned a job the host cannot use: 'frames': frame spec '5-1x0': step 0 in"
                  + " '5-1x0' must be 1 or more (write 5-1 for every frame); 'priority': 300 is out"
                  + " of range: give 0 to 100 (higher runs first)");

      JobOverrides mended = new JobOverrides(null, "1-4", null, null, 20, null, null, null, null);
      assertThat(PluginJobs.make(scene, mended).frames().text()).isEqualTo("1-4");
    }
  }

  @Test
  void theUsersOwnBadValuesAreTheUsersFault() throws Exception {
    try (PythonPlugin shaper =
        plugin("def build_job(scene, overrides):\n    return {'title': 'fine'}\n")) {
      PluginScene scene = shaper.read(scenes.resolve("a.s"));
      JobOverrides bad = new JobOverrides(null, "5-1x0", null, null, null, null, null, null, null);

      assertThatThrownBy(() -> PluginJobs.make(scene, bad))
          .isInstanceOfSatisfying(
              InvalidJobSpecException.class, e -> assertThat(e.fields()).containsExactly("frames"));
    }
  }

  @Test
  void validateSeesTheJobAfterTheOverrides() throws Exception {
    try (PythonPlugin shaper =
        plugin(
            "def validate(job):\n"
                + "    if job['priority'] > 80:\n"
                + "        return [{'field': 'priority', 'problem': '%d is greedy' %"
                + " job['priority'],\n"
                + "                 'fix': 'ask for 80 or less'}]\n"
                + "    return []\n")) {
      PluginScene scene = shaper.read(scenes.resolve("a.s"));
      JobOverrides greedy = new JobOverrides(null, null, null, null, 95, null, null, null, null);

      assertThat(PluginJobs.make(scene, NONE).priority()).isEqualTo(50);
      assertThatThrownBy(() -> PluginJobs.make(scene, greedy))
          .isInstanceOf(JobProblemsException.class)
          .hasMessageEndingWith("again:\n  priority: 95 is greedy: ask for 80 or less");
    }
  }

  @Test
  void aPluginWithNeitherFunctionMakesTheHostsJob() throws Exception {
    try (PythonPlugin shaper = plugin("")) {
      PluginScene scene = shaper.read(scenes.resolve("a.s"));
      JobOverrides overrides =
          new JobOverrides("t", "2-3", 2, "auto:1", 60, true, 4, 5, "/renders");

      JobSpec job = PluginJobs.make(scene, overrides);

      JobSpec hosts = SceneJobMapper.map(scene.file(), scene.info(), shaper.manifest(), overrides);
      assertThat(job.toRequest(List.of())).isEqualTo(hosts.toRequest(List.of()));
    }
  }
}
