package dev.farmhand.samples;

import dev.farmhand.core.autodownload.Activity;
import dev.farmhand.core.autodownload.AutoDownloader;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.notices.JobWaiter;
import dev.farmhand.core.notices.NoticeSubscriber;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.submit.Submitter;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.SyncListener;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.host.plugins.PluginRegistry;
import dev.farmhand.host.plugins.PluginScene;
import dev.farmhand.host.plugins.PythonPlugin;
import dev.farmhand.host.plugins.SceneInfo;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.PluginJobs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code farmhand demo}: the whole path an artist takes, on this machine. A local farm in this
 * process; the sample scene read by its plugin and submitted with {@code auto:3} scout frames; the
 * auto-downloader bringing each frame home as it is rendered; the scouts checked (an image of the
 * scene's size with a picture in it) and approved; every frame verified; the job Downloaded; the
 * folder printed. Exit 0 when every frame is home, 1 otherwise.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Renders the sample scene on a farm in this process: scout frames first, checked and",
      "approved, every frame brought home by the auto-downloader and verified."
    })
final class DemoCommand implements Callable<Integer> {
  private static final Duration STEP_LIMIT = Duration.ofMinutes(10);

  @Spec CommandSpec spec;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      description = "where the frames go (default: farmhand-demo/<date-time> here)")
  Path to;

  @Option(
      names = "--scene",
      paramLabel = "FILE",
      description = "a scene of your own instead of the sample turntable")
  Path scene;

  @Option(names = "--frames", paramLabel = "SPEC", description = "frames (default: the scene's)")
  String frames;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "tasks the farm runs at once (default: one per core, at least 2)")
  Integer workers;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    out = spec.commandLine().getOut();
    long start = System.nanoTime();
    Path folder = destination();
    Path work = Files.createTempDirectory("farmhand-demo-");
    try {
      Path file = scene != null ? scene.toAbsolutePath().normalize() : defaultScene(work);
      Scene read = read(file);
      int count =
          workers != null ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
      out.println("Farmhand demo: a render farm on this machine, a scene, scout frames first");
      out.println();
      try (LocalFarm farm =
          LocalFarm.start(FarmConfig.in(work.resolve("farm")).withWorkers(count))) {
        step("farm", farm.url() + " (in this process, " + count + " workers)");
        String key = farm.credentials().key("studio", "artist");
        try (FarmClient client = FarmClient.builder().farm(farm.url()).key(key).build()) {
          boolean done = render(client, key, read, folder);
          out.println();
          out.printf(
              "%s in %d s. The frames: %s%n",
              done ? "Done" : "Stopped",
              TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start),
              folder);
          out.flush();
          return done ? 0 : 1;
        }
      }
    } finally {
      deleteTree(work);
    }
  }

  /** The scene as its plugin reads it, and the job made of it; before any farm is started. */
  private record Scene(SceneInfo info, JobSpec spec, String line) {}

  private Scene read(Path file) throws Exception {
    try (PluginRegistry plugins = PluginRegistry.discover()) {
      PythonPlugin plugin = plugins.forScene(file);
      PluginScene read = plugin.read(file);
      SceneInfo info = read.info();
      JobOverrides overrides =
          new JobOverrides("Farmhand demo", frames, null, "auto:3", null, null, null, null, null);
      JobSpec spec = PluginJobs.make(read, overrides);
      String line =
          file.getFileName()
              + " read by plugin "
              + plugin.name()
              + ": frames "
              + spec.frames().text()
              + ", "
              + info.resolution()
              + ", renderer "
              + info.renderer();
      return new Scene(info, spec, line);
    }
  }

  private boolean render(FarmClient client, String key, Scene scene, Path folder) throws Exception {
    SceneInfo info = scene.info();
    JobSpec spec = scene.spec();
    step("scene", scene.line());
    Submitter.Submitted submitted =
        new Submitter(client, DependencySync.builder(client).build())
            .submit(
                spec, false, Submitter.newIdempotencyKey(), SyncListener.NONE, new Cancellation());
    Job job = submitted.submission().job();
    String id = job.id();
    step(
        "submitted",
        id
            + " with scout frames "
            + client.tasks(id).stream()
                .filter(t -> t.scout())
                .flatMap(t -> t.frames().stream())
                .map(String::valueOf)
                .reduce((a, b) -> a + ", " + b)
                .orElse("none")
            + "; "
            + submitted.sync().filesUploaded()
            + " files uploaded");

    DemoProgress progress = new DemoProgress(client, id, this::step);
    CountDownLatch downloaded = new CountDownLatch(1);
    try (AutoDownloader auto =
        AutoDownloader.builder(client, key)
            .into(folder)
            .job(id)
            .listener(
                activity -> {
                  progress.on(activity);
                  if (activity instanceof Activity.JobDownloaded) {
                    downloaded.countDown();
                  }
                })
            .start()) {
      NoticeSubscriber notices =
          NoticeSubscriber.builder(client, key).job(id).after(0).start(progress::on);
      try {
        return follow(client, key, id, info, folder, auto, progress, downloaded);
      } finally {
        notices.close();
      }
    }
  }

  /** Scouts home, checked, approved; then every frame home and the job Downloaded. */
  private boolean follow(
      FarmClient client,
      String key,
      String id,
      SceneInfo info,
      Path folder,
      AutoDownloader auto,
      DemoProgress progress,
      CountDownLatch downloaded)
      throws Exception {
    {
      JobWaiter.Outcome holding =
          new JobWaiter(client, key)
              .await(id, Set.of(JobStatus.HOLDING, JobStatus.FAILED), STEP_LIMIT);
      if (holding.status() != JobStatus.HOLDING) {
        return failed(client, id, holding.status());
      }
      List<Path> scouts = awaitScouts(client, id, folder, progress);
      for (Path frame : scouts) {
        Optional<String> problem =
            ScoutCheck.problem(frame, info.resolution().width(), info.resolution().height());
        if (problem.isPresent()) {
          step("rejected", problem.get() + ": killing " + id);
          client.act(Control.KILL, id, null);
          return false;
        }
      }
      step(
          "checked",
          scouts.size()
              + " scout frames are "
              + info.resolution()
              + " images with a picture in them: approving (Un-Hold)");
      client.act(Control.UNHOLD, id, null);
      if (!downloaded.await(STEP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        return failed(client, id, client.job(id).status());
      }
      Job end = client.job(id);
      step(
          "home",
          end.stats().framesDone()
              + " frames in "
              + folder.resolve(id)
              + ", each verified against its SHA-256 ("
              + auto.summary().bytes() / 1024
              + " KB)");
      step("job", id + " shows " + end.status().label());
      return end.status() == JobStatus.DOWNLOADED;
    }
  }

  /** Waits until every output the farm has for the job (its scout frames) is home. */
  private static List<Path> awaitScouts(
      FarmClient client, String id, Path folder, DemoProgress progress) throws Exception {
    List<Output> outputs = client.outputs(id);
    long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
    while (progress.home() < outputs.size()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("the scout frames did not come home within " + STEP_LIMIT);
      }
      Thread.sleep(20);
    }
    List<Path> frames = new ArrayList<>();
    for (Output output : outputs) {
      frames.add(folder.resolve(id).resolve(output.path()));
    }
    return frames;
  }

  private boolean failed(FarmClient client, String id, JobStatus status) throws IOException {
    step("stopped", id + " shows " + status.label() + ", not the next step of the demo");
    client.tasks(id).stream()
        .filter(t -> t.status().name().equals("FAILED"))
        .findFirst()
        .ifPresent(
            t -> {
              try {
                String log = client.taskLog(id, t.id());
                step("log", t.id() + ", last lines:");
                log.lines()
                    .skip(Math.max(0, log.lines().count() - 10))
                    .forEach(l -> out.println("    " + l));
              } catch (IOException e) {
                step("log", "cannot be read: " + e.getMessage());
              }
            });
    return false;
  }

  private synchronized void step(String label, String text) {
    out.printf("  %-10s %s%n", label, text);
    out.flush();
  }

  private Path destination() {
    if (to != null) {
      return to.toAbsolutePath().normalize();
    }
    String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    return Path.of("farmhand-demo", now).toAbsolutePath();
  }

  private static Path defaultScene(Path work) throws IOException {
    return SampleScenes.turntable(work.resolve("scene"));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
