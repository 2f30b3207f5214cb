package dev.farmhand.host.submit;

import dev.farmhand.core.submit.InvalidJobSpecException;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.host.plugins.JobChoices;
import dev.farmhand.host.plugins.JobProblem;
import dev.farmhand.host.plugins.JobProblemsException;
import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.plugins.PluginScene;
import dev.farmhand.host.plugins.PythonPlugin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The job a scene makes through the plugin that read it, in the contract's order ({@code
 * docs/plugins.md}): the host's job for the scene ({@link SceneJobMapper}); over it, the fields the
 * plugin's {@code build_job} chose, when it has one; over those, the user's overrides, which always
 * win; the whole checked; then the plugin's {@code validate}, when it has one. Nothing is sent.
 * Stateless; as thread-safe as the plugin.
 */
public final class PluginJobs {
  private PluginJobs() {}

  /**
   * The scene's job, checked by the host and by the plugin.
   *
   * @throws PluginException if build_job or validate raises or returns something unusable, or
   *     build_job chose a value the job refuses (each such field named)
   * @throws InvalidJobSpecException if the user's overrides or the scene's own values are wrong,
   *     every fault with its field
   * @throws JobProblemsException if the plugin's validate found problems, all of them listed
   */
  public static JobSpec make(PluginScene scene, JobOverrides overrides) throws PluginException {
    PythonPlugin plugin = scene.plugin();
    JobSpec.Builder builder = SceneJobMapper.builder(scene.file(), scene.info(), plugin.manifest());
    Optional<JobChoices> choices = plugin.buildJob(scene, overrides.asMap());
    choices.ifPresent(chosen -> chosen.applyTo(builder));
    overrides.applyTo(builder);
    JobSpec job;
    try {
      job = builder.build();
    } catch (InvalidJobSpecException e) {
      Set<String> plugins = choices.map(JobChoices::fields).orElse(Set.of());
      Map<String, String> theirs = new LinkedHashMap<>();
      e.faults()
          .forEach(
              (field, fault) -> {
                if (plugins.contains(field) && !overrides.fields().contains(field)) {
                  theirs.put(field, fault);
                }
              });
      if (theirs.isEmpty()) {
        throw e;
      }
      throw new PluginException(
          plugin.name(),
          plugin.manifest().entryFile(),
          "build_job for "
              + scene.file()
              + " returned a job the host cannot use: "
              + theirs.entrySet().stream()
                  .map(fault -> "'" + fault.getKey() + "': " + fault.getValue())
                  .collect(Collectors.joining("; ")));
    }
    List<JobProblem> problems = plugin.validate(job);
    if (!problems.isEmpty()) {
      throw new JobProblemsException(plugin.name(), problems);
    }
    return job;
  }
}
