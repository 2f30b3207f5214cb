package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.farmhand.core.autodownload.Activity;
import dev.farmhand.core.autodownload.AutoDownloader;
import dev.farmhand.core.autodownload.FolderInUseException;
import dev.farmhand.core.autodownload.Summary;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.host.cli.FarmhandCli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auto-downloader as its own process, killed with SIGKILL in the middle of a file: the next
 * start resumes the part file and finishes, every frame verified, none fetched twice.
 */
class AutoDownloadKillTest {
  @TempDir Path data;
  @TempDir Path downloads;

  @Test
  void killedMidFileItResumesOnRestartAndFinishesWithEveryFrameVerifiedAndNoneTwice()
      throws Exception {
    try (LocalFarm farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
        FarmClient artist = Farms.client(farm, "studio", "artist")) {
      String key = farm.credentials().key("studio", "artist");
      String id =
          artist
              .createJob(
                  Farms.request(Farms.upload(artist), "1-6", null, 1), UUID.randomUUID().toString())
              .job()
              .id();
      Farms.waitFor(artist, id, JobStatus.SUCCESS);
      List<Output> outputs = artist.outputs(id);
      long smallest = outputs.stream().mapToLong(Output::size).min().orElseThrow();

      // One file at a time, slowly enough that each takes a few seconds.
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  FarmhandCli.class.getName(),
                  "autodownload",
                  "--farm",
                  farm.url(),
                  "--key",
                  key,
                  "--to",
                  downloads.toString(),
                  "--job",
                  id,
                  "--threads",
                  "1",
                  "--max-rate",
                  String.valueOf(Math.max(smallest / 2, 4096)),
                  "--json")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      List<String> lines = new CopyOnWriteArrayList<>();
      Thread reader = new Thread(() -> readLines(process, lines));
      reader.start();
      Path jobFolder = downloads.resolve(id).resolve("renders");
      try {
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    lines.stream().anyMatch(l -> l.contains("\"file_verified\""))
                        && partsWithBytes(jobFolder) > 0);
        assertThatThrownBy(() -> AutoDownloader.builder(artist, key).into(downloads).runOnce())
            .isInstanceOf(FolderInUseException.class)
            .hasMessageContaining("pid " + process.pid());
      } finally {
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
      }
      long verifiedBefore = lines.stream().filter(l -> l.contains("\"file_verified\"")).count();
      assertThat(verifiedBefore).isBetween(1L, 5L);
      assertThat(partsWithBytes(jobFolder)).isEqualTo(1);

      List<Activity> activities = new CopyOnWriteArrayList<>();
      Summary restart =
          AutoDownloader.builder(artist, key)
              .into(downloads)
              .job(id)
              .listener(activities::add)
              .runOnce();

      assertThat(restart.fetched()).isEqualTo(outputs.size() - verifiedBefore);
      assertThat(restart.alreadyThere()).isZero();
      assertThat(restart.allWell()).isTrue();
      assertThat(activities)
          .filteredOn(a -> a instanceof Activity.FileVerified)
          .map(a -> (Activity.FileVerified) a)
          .filteredOn(f -> f.resumedFrom() > 0)
          .hasSize(1);
      for (Output output : outputs) {
        assertThat(Sha256.of(jobFolder.getParent().resolve(output.path())))
            .isEqualTo(output.sha256());
      }
      try (Stream<Path> all = Files.list(jobFolder)) {
        assertThat(all).hasSize(outputs.size());
      }
      assertThat(artist.job(id).status()).isEqualTo(JobStatus.DOWNLOADED);
      assertThat(ledgerLines(downloads, "\"op\":\"done\"")).isEqualTo(outputs.size());
    }
  }

  private static void readLines(Process process, List<String> lines) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        lines.add(line);
      }
    } catch (java.io.IOException e) {
      // The process was killed.
    }
  }

  private static long partsWithBytes(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(p -> p.getFileName().toString().endsWith(".part"))
          .filter(p -> p.toFile().length() > 0)
          .count();
    }
  }

  /** Lines of the ledger (compacted at the last open) containing {@code text}. */
  private static long ledgerLines(Path downloads, String text) throws Exception {
    try (Stream<Path> all = Files.list(downloads.resolve(".farmhand"))) {
      Path ledger =
          all.filter(p -> p.getFileName().toString().endsWith(".ledger")).findFirst().orElseThrow();
      try (Stream<String> lines = Files.lines(ledger)) {
        return lines.filter(l -> l.contains(text)).count();
      }
    }
  }
}
