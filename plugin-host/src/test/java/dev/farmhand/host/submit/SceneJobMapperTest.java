package dev.farmhand.host.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.submit.InvalidJobSpecException;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.plugins.SceneInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The job a scene makes, and the user's overrides on it. */
class SceneJobMapperTest {
  static final Path FOLDER = Path.of("/projects/shot").toAbsolutePath();
  static final Path SCENE = FOLDER.resolve("sh010.fhscene");
  static final PluginManifest SAMPLE =
      new PluginManifest("sample", "0.1.0", "Sample", List.of(".fhscene"), "sample_plugin", FOLDER);

  static SceneInfo scene(SceneInfo.Dependency... dependencies) {
    return new SceneInfo(
        "1-24",
        24,
        new SceneInfo.Resolution(320, 180),
        List.of(new SceneInfo.Camera("orbit", true)),
        List.of("beauty"),
        "sample",
        List.of("renders/sh010_####.png", "renders/depth_####.exr"),
        List.of(dependencies));
  }

  static SceneInfo.Dependency texture(String relative, boolean missing) {
    return new SceneInfo.Dependency(FOLDER.resolve(relative).normalize(), relative, missing);
  }

  @Test
  void aSceneMakesAJobOfItsOwnNameRendererFramesFirstOutputAndFiles() {
    JobSpec job =
        SceneJobMapper.map(SCENE, scene(texture("tex/wood.png", false)), SAMPLE, JobOverrides.NONE);

    assertThat(job.title()).isEqualTo("sh010");
    assertThat(job.scene()).isEqualTo(RelativePath.of("sh010.fhscene"));
    assertThat(job.renderer()).isEqualTo("sample");
    assertThat(job.frames().text()).isEqualTo("1-24");
    assertThat(job.outputPattern()).isEqualTo("renders/sh010_####.png");
    assertThat(job.files())
        .containsExactly(
            new LocalDependency(SCENE, RelativePath.of("sh010.fhscene")),
            new LocalDependency(FOLDER.resolve("tex/wood.png"), RelativePath.of("tex/wood.png")));
    assertThat(job.metadata()).isEqualTo(Map.of("plugin", "sample", "plugin_version", "0.1.0"));
    assertThat(job.priority()).isEqualTo(50);
    assertThat(job.scouts()).isNull();
  }

  @Test
  void missingDependenciesAreLeftOutAndListedWithWhereTheyWouldGo() {
    SceneInfo info = scene(texture("tex/gone.png", true), texture("./tex/here.png", false));

    JobSpec job = SceneJobMapper.map(SCENE, info, SAMPLE, JobOverrides.NONE);

    assertThat(job.files())
        .extracting(LocalDependency::path)
        .containsExactly(RelativePath.of("sh010.fhscene"), RelativePath.of("tex/here.png"));
    assertThat(SceneJobMapper.missing(info))
        .singleElement()
        .hasToString(FOLDER.resolve("tex/gone.png") + " (for tex/gone.png) does not exist");
  }

  @Test
  void aDependencyOutsideTheScenesFolderGoesUnderExternalWithItsFullPath() {
    SceneInfo.Dependency shared =
        new SceneInfo.Dependency(
            Path.of("/library/wood.png").toAbsolutePath(), "../../library/wood.png", false);

    assertThat(SceneJobMapper.workspacePath(shared).toString())
        .isEqualTo(
            "external/" + Path.of("/library/wood.png").toAbsolutePath().toString().substring(1));
  }

  @Test
  void theSameFileNamedTwiceIsSentOnce() {
    SceneInfo info = scene(texture("tex/a.png", false), texture("tex/a.png", false));

    assertThat(SceneJobMapper.map(SCENE, info, SAMPLE, JobOverrides.NONE).files()).hasSize(2);
  }

  @Test
  void overridesReplaceTheScenesValuesAndTheDefaults() {
    JobOverrides overrides =
        new JobOverrides("hero", "1-4", 2, "auto:2", 80, true, null, 3, "/renders/hero");

    JobSpec job = SceneJobMapper.map(SCENE, scene(), SAMPLE, overrides);

    assertThat(job.title()).isEqualTo("hero");
    assertThat(job.frames().text()).isEqualTo("1-4");
    assertThat(job.chunk()).isEqualTo(2);
    assertThat(job.scouts()).isEqualTo("auto:2");
    assertThat(job.priority()).isEqualTo(80);
    assertThat(job.preemptible()).isTrue();
    assertThat(job.retries()).isEqualTo(new RetryPolicy(2, 3));
    assertThat(job.outputDir()).isEqualTo("/renders/hero");
  }

  @Test
  void badOverridesAreAllReportedWithTheirFields() {
    JobOverrides overrides = new JobOverrides(null, "1-4", 0, "9", 101, null, -1, null, null);

    assertThatThrownBy(() -> SceneJobMapper.map(SCENE, scene(), SAMPLE, overrides))
        .isInstanceOfSatisfying(
            InvalidJobSpecException.class,
            e ->
                assertThat(e.fields())
                    .containsExactlyInAnyOrder("chunk", "scouts", "priority", "retries"));
  }

  @Test
  void aSceneInfoRefusesBadValuesNamingTheField() {
    assertThatThrownBy(() -> new SceneInfo.Resolution(0, 180))
        .hasMessage("'resolution' must be two sizes of 1 or more, not [0, 180]");
    assertThatThrownBy(
            () ->
                new SceneInfo(
                    "1-2",
                    -1,
                    new SceneInfo.Resolution(1, 1),
                    List.of(),
                    List.of(),
                    "r",
                    List.of("o"),
                    List.of()))
        .hasMessage("'fps' must be above 0, not -1.0");
    assertThatThrownBy(
            () ->
                new SceneInfo(
                    "1-2",
                    24,
                    new SceneInfo.Resolution(1, 1),
                    List.of(),
                    List.of(),
                    "r",
                    List.of(),
                    List.of()))
        .hasMessage("'outputs' must name at least one output pattern");
    assertThatThrownBy(() -> new SceneInfo.Dependency(Path.of("rel.png"), "rel.png", false))
        .hasMessage("'dependencies.path' must be absolute, not 'rel.png'");
  }
}
