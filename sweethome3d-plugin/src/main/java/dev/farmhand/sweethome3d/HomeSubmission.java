package dev.farmhand.sweethome3d;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.core.client.ConfigException;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.submit.Submitter;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.SyncListener;
import dev.farmhand.host.plugins.PluginFolders;
import dev.farmhand.host.plugins.PluginRegistry;
import dev.farmhand.host.plugins.PluginScene;
import dev.farmhand.host.scenes.SceneJobs;
import dev.farmhand.host.submit.JobOverrides;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Submits a home as {@code farmhand submit} does, inside Sweet Home 3D's JVM: the plugin host reads
 * it through the Sweet Home 3D plugin (which finds Sweet Home 3D's classes already loaded), makes
 * the job, syncs its files and creates the job on the farm of the user's settings ({@code
 * FARMHAND_FARM} and {@code FARMHAND_KEY}, else the profile {@code farmhand login} stored). Missing
 * files stop it. Thread-safe; each call starts the plugins afresh.
 */
final class HomeSubmission {
  /** The job made, and the farm it was made on. */
  record Submitted(String id, String farm) {}

  private final PluginFolders plugins;
  private final ClientConfig config;

  HomeSubmission(PluginFolders plugins, ClientConfig config) {
    this.plugins = Objects.requireNonNull(plugins, "plugins");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The plugins this file carries ({@link BuiltInPlugins}) and the user's farm settings. */
  static HomeSubmission fromEnvironment() throws IOException {
    return new HomeSubmission(BuiltInPlugins.folders(), ClientConfig.fromEnvironment());
  }

  /**
   * Reads, syncs and submits {@code home} under {@code title}.
   *
   * @throws Exception whatever stops it, with a message that says what to do: no farm configured, a
   *     home the plugin refuses, missing files, a farm that refuses the job
   */
  Submitted submit(Path home, String title) throws Exception {
    FarmSettings settings;
    try {
      settings = config.resolve(ClientConfig.Flags.NONE);
    } catch (ConfigException e) {
      // Sweet Home 3D takes no --farm: say what works from here.
      throw new ConfigException(
          "Farmhand does not know which farm to submit to ("
              + e.getMessage()
              + "): run farmhand login once, or start Sweet Home 3D with FARMHAND_FARM and"
              + " FARMHAND_KEY set",
          e);
    }
    JobSpec job;
    try (SceneJobs scenes =
        new SceneJobs(
            () -> PluginRegistry.discover(plugins),
            notice -> System.err.println("farmhand: " + notice))) {
      PluginScene read = scenes.read(home);
      job =
          scenes.job(
              read, new JobOverrides(title, null, null, null, null, null, null, null, null), false);
    }
    try (FarmClient client = settings.clientBuilder().build()) {
      Submitter.Submitted submitted =
          new Submitter(client, DependencySync.builder(client).build())
              .submit(
                  job, false, Submitter.newIdempotencyKey(), SyncListener.NONE, new Cancellation());
      Job made = submitted.submission().job();
      return new Submitted(made.id(), client.farm().toString());
    }
  }
}
