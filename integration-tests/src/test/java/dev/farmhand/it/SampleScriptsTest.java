package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts in samples/scripts, each run through {@code farmhand script} against a real farm. */
class SampleScriptsTest {
  static final Path SCRIPTS = Path.of("..", "samples", "scripts").toAbsolutePath().normalize();
  static final Path SCENE = Farms.SCENE_DIR.resolve("turntable.fhscene");

  @TempDir static Path data;
  @TempDir Path folder;
  static LocalFarm farm;
  static RepositoryPlugins plugins;

  @BeforeAll
  static void startFarm() throws Exception {
    plugins = RepositoryPlugins.use();
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
  }

  @AfterAll
  static void stopFarm() throws Exception {
    plugins.restore();
    farm.close();
  }

  /** {@code farmhand script --farm URL --key KEY SCRIPT ARG…} as a user of the account. */
  private static CliRun script(String account, String user, String name, String... args) {
    List<String> all = new ArrayList<>();
    all.addAll(List.of("script", "--farm", farm.url()));
    all.addAll(List.of("--key", farm.credentials().key(account, user)));
    all.add(SCRIPTS.resolve(name).toString());
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static Job failedJob(FarmClient client, List<Dependency> files) throws Exception {
    Job job =
        client
            .createJob(
                Farms.request(List.of(files.get(0)), "1", null, 1), UUID.randomUUID().toString())
            .job();
    return Farms.waitFor(client, job.id(), JobStatus.FAILED);
  }

  @Test
  @Tag("slow")
  void submitAndApproveApprovesScoutsThatLookRightAndBringsEveryFrameHome() throws Exception {
    Path to = folder.resolve("frames");

    CliRun run =
        script(
            "studio",
            "artist",
            "submit_and_approve.py",
            SCENE.toString(),
            "--frames",
            "1-6",
            "--to",
            to.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    String id = run.out().split("\\s+")[1];
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.subList(0, 5))
        .containsExactly(
            "submitted  " + pad(id) + " turntable: frames 1-6, scouts auto:3",
            "scout      " + pad(id) + " frame 1    looks right",
            "scout      " + pad(id) + " frame 3    looks right",
            "scout      " + pad(id) + " frame 6    looks right",
            "approved   " + id);
    assertThat(lines.get(5))
        .matches("Success    " + pad(id) + " 6/6 frames, render time [0-9.]+ s");
    assertThat(lines.get(6))
        .isEqualTo(
            "downloaded "
                + pad(id)
                + " 6 frames in "
                + to.resolve(id)
                + " (3 fetched, 3 already there)");
    try (FarmClient artist = Farms.client(farm, "studio", "artist");
        Stream<Path> files = Files.list(to.resolve(id).resolve("renders"))) {
      Set<String> hashes = new java.util.HashSet<>();
      for (Path frame : files.toList()) {
        hashes.add(Sha256.of(frame));
      }
      assertThat(hashes).as("six distinct frames").hasSize(6);
      assertThat(artist.job(id).status()).isEqualTo(JobStatus.DOWNLOADED);
    }
  }

  @Test
  @Tag("slow")
  void submitAndApproveKillsAJobWhoseScoutsAreBlank() throws Exception {
    String dot =
        Files.readString(SCENE).replace("\"resolution\": [320, 180]", "\"resolution\": [1, 1]");
    Path scene = Files.writeString(folder.resolve("dot.fhscene"), dot);
    Files.createDirectories(folder.resolve("textures"));
    Files.copy(
        Farms.SCENE_DIR.resolve("textures/checker.png"), folder.resolve("textures/checker.png"));

    CliRun run =
        script(
            "studio",
            "artist",
            "submit_and_approve.py",
            scene.toString(),
            "--frames",
            "1-4",
            "--to",
            folder.resolve("frames").toString());

    assertThat(run.exit()).isEqualTo(1);
    String id = run.out().split("\\s+")[1];
    assertThat(run.out().lines())
        .containsExactly(
            "submitted  " + pad(id) + " dot: frames 1-4, scouts auto:3",
            "scout      " + pad(id) + " frame 1    is blank: every pixel is one colour",
            "scout      " + pad(id) + " frame 2    is blank: every pixel is one colour",
            "scout      " + pad(id) + " frame 4    is blank: every pixel is one colour",
            "killed     " + pad(id) + " 3 scout frame(s) look wrong");
    try (FarmClient artist = Farms.client(farm, "studio", "artist")) {
      assertThat(artist.job(id).status()).isEqualTo(JobStatus.KILLED);
    }
  }

  @Test
  void retryFailedTodayRetriesEachFailedJobAndPrintsAnAlignedLineForIt() throws Exception {
    try (FarmClient lead = Farms.client(farm, "studio", "lead")) {
      List<Dependency> files = Farms.upload(lead);
      Job first = failedJob(lead, files);
      Job second = failedJob(lead, files);

      CliRun run = script("studio", "lead", "retry_failed_today.py");

      assertThat(run.exit()).as(run.err()).isZero();
      int width = Math.max(first.id().length(), second.id().length());
      assertThat(run.out())
          .isEqualTo(
              String.format(
                  "%-"
                      + width
                      + "s  TITLE        FAILED  RESULT%n"
                      + "%-"
                      + width
                      + "s  turntable 1  1/1     retried, now Pending%n"
                      + "%-"
                      + width
                      + "s  turntable 1  1/1     retried, now Pending%n",
                  "JOB",
                  second.id(),
                  first.id()));
    }
  }

  @Test
  void nightlyReportCountsTheAccountsJobsAndRenderTimeAsTextAndJson() throws Exception {
    try (FarmClient other = Farms.client(farm, "other", "artist")) {
      List<Dependency> files = Farms.upload(other);
      Job failed = failedJob(other, files);
      Job rendered =
          other.createJob(Farms.request(files, "1-2", null, 1), UUID.randomUUID().toString()).job();
      rendered = Farms.waitFor(other, rendered.id(), JobStatus.SUCCESS);
      failed = other.job(failed.id());

      CliRun json = script("other", "artist", "nightly_report.py", "--json");
      CliRun text = script("other", "artist", "nightly_report.py", "--slowest", "1");

      assertThat(json.exit()).as(json.err()).isZero();
      JsonNode report = Json.mapper().readTree(json.out());
      assertThat(report.get("account").asText()).isEqualTo("other");
      assertThat(report.get("jobs").asInt()).isEqualTo(2);
      assertThat(report.get("statuses").toString()).isEqualTo("{\"failed\":1,\"success\":1}");
      double total = rendered.stats().renderSeconds() + failed.stats().renderSeconds();
      assertThat(report.get("render_seconds").get("total").asDouble()).isEqualTo(total);
      assertThat(report.get("render_seconds").get("average").asDouble()).isEqualTo(total / 2);
      Job slowest =
          rendered.stats().renderSeconds() >= failed.stats().renderSeconds() ? rendered : failed;
      assertThat(report.get("slowest").get(0).get("id").asText()).isEqualTo(slowest.id());

      assertThat(text.exit()).as(text.err()).isZero();
      List<String> lines = text.out().lines().toList();
      assertThat(lines.get(0)).isEqualTo("account      other on " + farm.url());
      assertThat(lines.get(1)).isEqualTo("jobs         2 in all");
      assertThat(lines.get(2)).matches("render time  \\d+:\\d\\d:\\d\\d in all, .* on average");
      assertThat(lines.subList(3, 8))
          .containsExactly("", "STATUS   JOBS", "Failed   1", "Success  1", "");
      assertThat(lines.get(8)).matches("SLOWEST +TITLE +STATUS +FRAMES +RENDER TIME");
      assertThat(lines.get(9)).startsWith(slowest.id() + " ");
      assertThat(lines).hasSize(10);
      assertThat(
              lines.subList(8, 10).stream()
                  .map(line -> line.indexOf(line.contains("SLOWEST") ? "TITLE" : "turntable"))
                  .collect(Collectors.toSet()))
          .as("the columns line up")
          .hasSize(1);
    }
  }

  private static String pad(String id) {
    return String.format("%-8s", id);
  }
}
