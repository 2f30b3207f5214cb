package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.protocol.RetryPolicy;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What build_job and validate receive, and how a result the host cannot use is reported: naming the
 * plugin, its file, the function and the field.
 */
class PluginResultsTest {
  @TempDir Path plugins;

  /** A plugin whose read_scene returns a valid scene plus an extra key, with more code after. */
  private PythonPlugin plugin(String code) throws Exception {
    Path folder =
        TestPlugins.write(
            plugins,
            "probe",
            ".p",
            "probe",
            TestPlugins.sceneReturning("'r'")
                    .replace("'dependencies': []}", "'dependencies': []," + " 'shot': 'SH010'}")
                + code);
    return new PythonPlugin(new PluginManifestReader().read(folder));
  }

  private String prefix() {
    return "plugin 'probe' (" + plugins.resolve("probe").resolve("probe.py") + "): ";
  }

  private JobChoices buildJob(String returned) throws Exception {
    try (PythonPlugin probe =
        plugin("def build_job(scene, overrides):\n    return " + returned + "\n")) {
      return probe.buildJob(probe.read(Path.of("a.p")), Map.of()).orElseThrow();
    }
  }

  @Test
  void buildJobGetsTheScenesOwnDictWithItsPathAndTheOverrides() throws Exception {
    Map<String, Object> overrides = new LinkedHashMap<>();
    overrides.put("title", null);
    overrides.put("chunk", 4);
    overrides.put("preemptible", true);
    try (PythonPlugin probe =
        plugin(
            "def build_job(scene, overrides):\n"
                + "    return {'title': '%s %s %s %r %r %r' % (scene['path'], scene['shot'],\n"
                + "        scene['frames'], overrides['title'], overrides['chunk'],\n"
                + "        overrides['preemptible'])}\n")) {
      PluginScene scene = probe.read(Path.of("a.p"));

      assertThat(probe.buildJob(scene, overrides).orElseThrow().title())
          .isEqualTo(scene.file() + " SH010 1-4 None 4 True");
    }
  }

  @Test
  void buildJobsChoicesAreReadInEachFormJythonGives() throws Exception {
    JobChoices choices =
        buildJob(
            "{'title': u'hero', 'frames': 12, 'chunk': 2L, 'scouts': 'auto:2', 'priority': 70,"
                + " 'preemptible': 1, 'retries': {'preempted': 0, 'failed': 3},"
                + " 'output_dir': '/renders', 'output_pattern': 'o_####.png',"
                + " 'metadata': {'camera': 'main'}, 'renderer': None}");

    assertThat(choices)
        .isEqualTo(
            new JobChoices(
                "hero",
                null,
                "12",
                2,
                "auto:2",
                70,
                true,
                new RetryPolicy(0, 3),
                "/renders",
                "o_####.png",
                Map.of("camera", "main")));
    assertThat(choices.fields())
        .containsExactly(
            "title",
            "frames",
            "chunk",
            "scouts",
            "priority",
            "preemptible",
            "retries",
            "output_dir",
            "output_pattern",
            "metadata");
  }

  @Test
  void aPluginWithoutBuildJobOrValidateLeavesTheJobToTheHost() throws Exception {
    try (PythonPlugin probe = plugin("")) {
      PluginScene scene = probe.read(Path.of("a.p"));

      assertThat(probe.buildJob(scene, Map.of())).isEmpty();
      assertThat(probe.validate(TestJobs.minimal(scene.file()))).isEmpty();
    }
  }

  @Test
  void badBuildJobResultsNameThePluginTheFunctionAndTheField() throws Exception {
    String buildJob = "build_job for " + Path.of("a.p").toAbsolutePath() + " returned a job";
    Map<String, String> faults = new LinkedHashMap<>();
    faults.put("None", "build_job's result must be a dict, not NoneType None");
    faults.put(
        "{'output': 'x_####.png'}",
        "'output' is not a job field build_job may set; the fields are chunk, frames, metadata,"
            + " output_dir, output_pattern, preemptible, priority, renderer, retries, scouts,"
            + " title");
    faults.put("{'chunk': 'two'}", "'chunk' must be a whole number, not str 'two'");
    faults.put("{'preemptible': 'yes'}", "'preemptible' must be True or False, not str 'yes'");
    faults.put(
        "{'retries': {'preempted': 1}}",
        "'retries' must give both counts, as {'preempted': 2, 'failed': 1}, not {'preempted': 1}");
    faults.put(
        "{'metadata': {'samples': 128}}", "'metadata.samples' must be a string, not int 128");
    faults.put(
        "{'metadata': {'plugin': 'mine'}}",
        "'metadata.plugin' is written by the host: give the plugin's own under another key");
    faults.put("{1: 'x'}", "build_job's result has the key 1: its keys must be strings");

    for (Map.Entry<String, String> fault : faults.entrySet()) {
      assertThatThrownBy(() -> buildJob(fault.getKey()))
          .as(fault.getKey())
          .isInstanceOf(PluginException.class)
          .hasMessage(prefix() + buildJob + " the host cannot use: " + fault.getValue());
    }
  }

  @Test
  void validateGetsTheWholeJobAsADict() throws Exception {
    try (PythonPlugin probe =
        plugin(
            "def show(v):\n"
                + "    if isinstance(v, dict):\n"
                + "        return '{%s}' % ', '.join('%s: %s' % (k, show(v[k])) for k in sorted(v))\n"
                + "    if isinstance(v, list):\n"
                + "        return '[%s]' % ', '.join(show(x) for x in v)\n"
                + "    return repr(v)\n"
                + "def validate(job):\n"
                + "    return [{'field': k, 'problem': show(v), 'fix': '-'}\n"
                + "            for k, v in sorted(job.items())]\n")) {
      Path scene = probe.read(Path.of("a.p")).file();

      assertThat(probe.validate(TestJobs.minimal(scene)))
          .extracting(p -> p.field() + " " + p.problem())
          .containsExactly(
              "chunk 1",
              "files [{local: u'" + scene + "', path: u'a.p'}]",
              "frames u'1'",
              "metadata {}",
              "output_dir None",
              "output_pattern None",
              "preemptible False",
              "priority 50",
              "renderer u'r'",
              "retries {failed: 1, preempted: 2}",
              "scene u'a.p'",
              "scouts None",
              "title u'minimal'");
    }
  }

  @Test
  void badValidateResultsNameThePluginTheFunctionAndTheItem() throws Exception {
    String validate = "validate for the job 'minimal' returned a result the host cannot use: ";
    Map<String, String> faults = new LinkedHashMap<>();
    faults.put(
        "None",
        "it must be a list of problems (an empty one when the job is fine), not NoneType None");
    faults.put("['frames is wrong']", "'problems[0]' must be a dict, not str 'frames is wrong'");
    faults.put(
        "[{'field': 'frames', 'problem': 'too many'}]",
        "'problems[0]' has no 'fix': give each problem as {'field': …, 'problem': …, 'fix': …}");
    faults.put(
        "[{'field': 'frames', 'problem': 'too many', 'fix': ' '}]",
        "'problems[0].fix' must not be empty");

    for (Map.Entry<String, String> fault : faults.entrySet()) {
      try (PythonPlugin probe = plugin("def validate(job):\n    return " + fault.getKey() + "\n")) {
        Path scene = probe.read(Path.of("a.p")).file();

        assertThatThrownBy(() -> probe.validate(TestJobs.minimal(scene)))
            .as(fault.getKey())
            .isInstanceOf(PluginException.class)
            .hasMessage(prefix() + validate + fault.getValue());
      }
    }
  }

  @Test
  void problemsAreReadWithTheirFieldProblemAndFix() throws Exception {
    try (PythonPlugin probe =
        plugin(
            "def validate(job):\n"
                + "    return [{'field': 'frames', 'problem': 'past the end', 'fix': 'stop at 4'},\n"
                + "            {'field': u'metadata.camera', 'problem': u'none', 'fix': 'add one'}]\n")) {
      Path scene = probe.read(Path.of("a.p")).file();

      assertThat(probe.validate(TestJobs.minimal(scene)))
          .containsExactly(
              new JobProblem("frames", "past the end", "stop at 4"),
              new JobProblem("metadata.camera", "none", "add one"));
    }
  }

  @Test
  void aWindowsPathInADependencySaysToMapIt() throws Exception {
    assumeTrue(File.separatorChar == '/', "a Windows path is a path on Windows");
    Path folder =
        TestPlugins.write(
            plugins,
            "windows",
            ".w",
            "windows",
            TestPlugins.sceneReturning("'r'")
                .replace(
                    "'dependencies': []", "'dependencies': [{'path': r'C:\\shots\\wood.png'}]"));

    try (PythonPlugin windows = new PythonPlugin(new PluginManifestReader().read(folder))) {
      assertThatThrownBy(() -> windows.readScene(Path.of("a.w")))
          .hasMessageEndingWith(
              "returned a scene the host cannot use: 'dependencies[0].path' is the Windows path"
                  + " 'C:\\shots\\wood.png', which is not a path on this machine: map it to where"
                  + " the file is here, and set 'missing': True if it is not there");
    }
  }

  @Test
  void aProblemPrintsAsFieldProblemAndFix() {
    assertThat(new JobProblem("output_pattern", "has no '#'", "add one"))
        .hasToString("output_pattern: has no '#': add one");
    assertThat(
            new JobProblemsException(
                "sample", List.of(new JobProblem("a", "b", "c"), new JobProblem("d", "e", "f"))))
        .hasMessage(
            "plugin 'sample' found 2 problems with the job, so nothing was sent: fix them and"
                + " submit again:\n  a: b: c\n  d: e: f");
  }
}
