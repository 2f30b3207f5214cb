package dev.farmhand.host.cli;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.core.notices.JobWaiter;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.submit.Submitter;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.HashCache;
import dev.farmhand.core.sync.MissingDependency;
import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.plugins.PluginScene;
import dev.farmhand.host.scenes.SceneJobs;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.LocalHashes;
import dev.farmhand.host.submit.SceneJobMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code farmhand submit SCENE}: the plugin for the scene's type reads it; missing dependencies
 * stop the submit (exit 2, all named) unless {@code --without-missing}; {@code --dry-run} prints
 * the job and sends nothing; otherwise the files are synced (progress on stderr) and the job is
 * made once, under a fresh idempotency key. Prints the job's id (with {@code --json}: the job);
 * with {@code --wait} then waits until the job is finished and prints its status (exit 0 on
 * Success, 1 otherwise).
 */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description = "Reads a scene through its plugin, syncs its files and makes the job.")
final class SubmitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin FarmOptions farm;

  @Parameters(paramLabel = "SCENE", description = "the scene file; its ending picks the plugin")
  Path scene;

  @Option(names = "--frames", paramLabel = "SPEC", description = "frames (default: the scene's)")
  String frames;

  @Option(names = "--chunk", paramLabel = "N", description = "frames per task (default: 1)")
  Integer chunk;

  @Option(names = "--scout", paramLabel = "SPEC", description = "scout frames: 1,50,100 or auto:3")
  String scouts;

  @Option(names = "--priority", paramLabel = "N", description = "0 to 100 (default: 50)")
  Integer priority;

  @Option(names = "--preemptible", description = "may run on instances the farm can take away")
  boolean preemptible;

  @Option(names = "--retries-preempted", paramLabel = "N", description = "default: 2")
  Integer retriesPreempted;

  @Option(names = "--retries-failed", paramLabel = "N", description = "default: 1")
  Integer retriesFailed;

  @Option(names = "--output", paramLabel = "DIR", description = "where the frames go here")
  Path output;

  @Option(names = "--title", paramLabel = "T", description = "default: the scene's file name")
  String title;

  @Option(names = "--dry-run", description = "print the job that would be sent; send nothing")
  boolean dryRun;

  @Option(names = "--json", description = "print JSON only")
  boolean json;

  @Option(names = "--without-missing", description = "submit even if dependencies are missing")
  boolean withoutMissing;

  @Option(
      names = "--wait",
      description = "then wait until the job is finished; print its status; exit 0 on Success")
  boolean await;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JobSpec job;
    PluginManifest plugin;
    try (SceneJobs scenes =
        SceneJobs.fromEnvironment(
            notice -> {
              err.println("farmhand: " + notice);
              err.flush();
            })) {
      PluginScene read = scenes.read(scene);
      List<MissingDependency> missing = SceneJobMapper.missing(read.info());
      job = scenes.job(read, overrides(), withoutMissing);
      if (!missing.isEmpty()) {
        err.println("farmhand: submitting without " + missing.size() + " missing file(s):");
        missing.forEach(m -> err.println("  " + m));
      }
      plugin = read.plugin().manifest();
    }
    if (dryRun) {
      out.print(
          json
              ? Json.write(job.toRequest(new LocalHashes(HashCache.open()).of(job.files()))) + "\n"
              : DryRunReport.describe(job, plugin));
      out.flush();
      return ExitCode.OK;
    }
    Submitter.Submitted submitted;
    FarmSettings settings = farm.settings();
    try (FarmClient client = settings.clientBuilder().build()) {
      DependencySync sync = DependencySync.builder(client).build();
      submitted =
          new Submitter(client, sync)
              .submit(
                  job,
                  withoutMissing,
                  Submitter.newIdempotencyKey(),
                  new SyncProgressLines(err, System::nanoTime),
                  new Cancellation());
    }
    err.println("farmhand: " + SyncProgressLines.summary(submitted.sync()));
    err.flush();
    Job made = submitted.submission().job();
    out.println(json ? Json.write(made) : made.id());
    out.flush();
    if (!await) {
      return ExitCode.OK;
    }
    // With --json, stdout holds the job alone: the final status goes to stderr.
    JobWaiter.Outcome end =
        Waits.await(settings, made.id(), null, Waits.timeout(null), json ? err : out, err);
    return end.status() == JobStatus.SUCCESS ? ExitCode.OK : ExitCode.FAILED;
  }

  private JobOverrides overrides() {
    return new JobOverrides(
        title,
        frames,
        chunk,
        scouts,
        priority,
        preemptible ? Boolean.TRUE : null,
        retriesPreempted,
        retriesFailed,
        output == null ? null : output.toAbsolutePath().normalize().toString());
  }
}
