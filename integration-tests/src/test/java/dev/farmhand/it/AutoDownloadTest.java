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
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.JobStatus;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auto-downloader against a real farm: live, catching up, locked, filtered, full disk. */
class AutoDownloadTest {
  @TempDir static Path data;
  @TempDir Path downloads;
  static LocalFarm farm;
  static FarmClient artist;
  static String key;
  static List<Dependency> files;
  final List<Activity> activities = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(2));
    artist = Farms.client(farm, "studio", "artist");
    key = farm.credentials().key("studio", "artist");
    files = Farms.upload(artist);
  }

  @AfterAll
  static void stopFarm() throws Exception {
    artist.close();
    farm.close();
  }

  static String submit(String frames, String scouts) throws Exception {
    return artist
        .createJob(Farms.request(files, frames, scouts, 1), UUID.randomUUID().toString())
        .job()
        .id();
  }

  static String rendered(String frames) throws Exception {
    String id = submit(frames, null);
    Farms.waitFor(artist, id, JobStatus.SUCCESS);
    return id;
  }

  <T extends Activity> List<T> seen(Class<T> type, String jobId) {
    return activities.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(a -> a.jobId().equals(jobId))
        .toList();
  }

  /** Every output of the job is in its folder with the right SHA-256, and no part file is left. */
  static void assertAllVerified(Path folder, String jobId) throws Exception {
    List<Output> outputs = artist.outputs(jobId);
    assertThat(outputs).isNotEmpty();
    for (Output output : outputs) {
      assertThat(Sha256.of(folder.resolve(output.path()))).isEqualTo(output.sha256());
    }
    try (Stream<Path> all = Files.walk(folder)) {
      assertThat(all).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  @Test
  void scoutFramesComeHomeWhileTheJobHoldsThenEveryFrameAndTheJobShowsDownloaded()
      throws Exception {
    try (AutoDownloader auto =
        AutoDownloader.builder(artist, key).into(downloads).listener(activities::add).start()) {
      String id = submit("1-8", "auto:3");
      Farms.waitFor(artist, id, JobStatus.HOLDING);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> seen(Activity.FileVerified.class, id).size() == 3);
      assertThat(artist.job(id).status()).isEqualTo(JobStatus.HOLDING);
      assertThat(downloads.resolve(id).resolve("renders")).isDirectoryContaining("glob:**.png");

      artist.act(Control.UNHOLD, id, null);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> !seen(Activity.JobDownloaded.class, id).isEmpty());
      assertThat(artist.job(id).status()).isEqualTo(JobStatus.DOWNLOADED);
      assertThat(seen(Activity.FileVerified.class, id)).hasSize(8).allMatch(f -> f.fetched());
      assertThat(seen(Activity.JobDownloaded.class, id).get(0).files()).isEqualTo(8);
      assertAllVerified(downloads.resolve(id), id);
      assertThat(auto.noticeStats().connects()).isPositive();
    }
  }

  @Test
  void eachJobIsMarkedDownloadedOnceWhateverOrderItsEventsAndFilesComeIn() throws Exception {
    try (AutoDownloader auto =
        AutoDownloader.builder(artist, key).into(downloads).listener(activities::add).start()) {
      List<String> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 10; i++) {
        ids.add(submit("1-2", null));
      }
      await()
          .atMost(Duration.ofSeconds(120))
          .until(
              () -> ids.stream().allMatch(id -> !seen(Activity.JobDownloaded.class, id).isEmpty()));
      auto.awaitIdle(Duration.ofSeconds(10));
      for (String id : ids) {
        assertThat(seen(Activity.JobDownloaded.class, id)).as(id).hasSize(1);
        assertThat(artist.job(id).status()).isEqualTo(JobStatus.DOWNLOADED);
      }
    }
  }

  @Test
  void onStartItCatchesUpOnWhatWasRenderedWhileItWasNotRunning() throws Exception {
    String id = rendered("1-4");
    Summary first =
        AutoDownloader.builder(artist, key)
            .into(downloads)
            .job(id)
            .listener(activities::add)
            .runOnce();
    assertThat(first.fetched()).isEqualTo(4);
    assertThat(first.jobsMarked()).isEqualTo(1);
    assertThat(first.allWell()).isTrue();
    assertThat(activities).anyMatch(a -> a instanceof Activity.CaughtUp c && c.queued() == 4);
    assertThat(artist.job(id).status()).isEqualTo(JobStatus.DOWNLOADED);
    assertAllVerified(downloads.resolve(id), id);

    Summary again = AutoDownloader.builder(artist, key).into(downloads).job(id).runOnce();
    assertThat(again.fetched()).isZero();
    assertThat(again.bytes()).isZero();
  }

  @Test
  void aSecondAutoDownloaderOnTheSameFolderIsRefusedAndTheFolderIsFreeAfterwards()
      throws Exception {
    try (AutoDownloader first = AutoDownloader.builder(artist, key).into(downloads).start()) {
      assertThatThrownBy(() -> AutoDownloader.builder(artist, key).into(downloads).start())
          .isInstanceOf(FolderInUseException.class)
          .hasMessageContaining("another auto-downloader (pid " + ProcessHandle.current().pid())
          .hasMessageContaining(downloads.toString());
      CliRun second =
          CliRun.against(farm, "artist", "autodownload", "--once", "--to", downloads.toString());
      assertThat(second.exit()).isEqualTo(1);
      assertThat(second.err())
          .contains("another auto-downloader")
          .contains("give this one another folder with --to DIR");
      assertThat(first.folder()).isEqualTo(downloads);
    }
    AutoDownloader.builder(artist, key).into(downloads).job(rendered("1")).runOnce();
  }

  @Test
  void aPatternBringsHomeOnlyTheMatchingOutputsAndTheJobIsNotMarked() throws Exception {
    String id = rendered("1-3");
    Summary summary =
        AutoDownloader.builder(artist, key).into(downloads).job(id).pattern("*_0002.png").runOnce();
    assertThat(summary.fetched()).isEqualTo(1);
    assertThat(summary.jobsMarked()).isZero();
    assertThat(artist.job(id).status()).isEqualTo(JobStatus.SUCCESS);
    try (Stream<Path> all = Files.walk(downloads.resolve(id))) {
      assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactly("turntable_0002.png");
    }
  }

  @Test
  void aFullDiskFailsEachFileByNameLosesNothingAndTheNextRunFetchesThem() throws Exception {
    String id = rendered("1-3");
    Summary full =
        AutoDownloader.builder(artist, key)
            .into(downloads)
            .job(id)
            .usableSpace(folder -> 0)
            .listener(activities::add)
            .runOnce();
    assertThat(full.failed()).isEqualTo(3);
    assertThat(full.allWell()).isFalse();
    assertThat(seen(Activity.FileFailed.class, id))
        .hasSize(3)
        .allMatch(f -> f.reason().contains(f.path()) && f.reason().contains("not enough space"))
        .allMatch(f -> f.retryAt() == null);
    assertThat(artist.job(id).status()).isEqualTo(JobStatus.SUCCESS);

    Summary roomy = AutoDownloader.builder(artist, key).into(downloads).job(id).runOnce();
    assertThat(roomy.fetched()).isEqualTo(3);
    assertThat(artist.job(id).status()).isEqualTo(JobStatus.DOWNLOADED);
    assertAllVerified(downloads.resolve(id), id);
  }

  @Test
  void whileFollowingAFailedFileIsTriedAgainAfterAWaitAndTheJobStillCompletes() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    AtomicReference<Path> full = new AtomicReference<>();
    try (AutoDownloader auto =
        AutoDownloader.builder(artist, key)
            .into(downloads)
            .usableSpace(
                folder ->
                    folder.equals(full.get()) && asked.incrementAndGet() <= 2 ? 0 : Long.MAX_VALUE)
            .firstRetry(Duration.ofMillis(200))
            .listener(activities::add)
            .start()) {
      // The first output arrives after a renderer process starts: long after this is set.
      String id = submit("1-2", null);
      full.set(downloads.resolve(id));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> !seen(Activity.JobDownloaded.class, id).isEmpty());
      assertThat(seen(Activity.FileFailed.class, id))
          .isNotEmpty()
          .allMatch(f -> f.retryAt() != null);
      assertAllVerified(downloads.resolve(id), id);
      assertThat(auto.summary().failed()).isZero();
    }
  }

  @Test
  void theCommandCatchesUpOncePrintingALinePerFileOrJsonLines() throws Exception {
    String id = rendered("1-2");
    CliRun text =
        CliRun.against(
            farm, "artist", "autodownload", "--once", "--to", downloads.toString(), "--job", id);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern("verified +" + id + " +renders/turntable_0001.png")
        .containsPattern("downloaded +" + id + " +2 files in ");
    assertThat(text.err()).contains("2 fetched").contains("1 jobs marked Downloaded");

    String other = rendered("3");
    CliRun json =
        CliRun.against(
            farm,
            "artist",
            "autodownload",
            "--once",
            "--json",
            "--to",
            downloads.toString(),
            "--job",
            other);
    assertThat(json.exit()).as(json.err()).isZero();
    List<String> lines = json.out().lines().toList();
    assertThat(lines).allMatch(line -> line.startsWith("{\"activity\":\""));
    assertThat(lines)
        .anyMatch(l -> l.contains("\"file_verified\"") && l.contains("turntable_0003.png"))
        .anyMatch(l -> l.contains("\"job_downloaded\""));
  }

  @Test
  void badInputIsRefusedNamingIt() {
    CliRun rate = CliRun.against(farm, "artist", "autodownload", "--once", "--max-rate", "fast");
    assertThat(rate.exit()).isEqualTo(2);
    assertThat(rate.err()).contains("'fast'").contains("500K");
    CliRun glob = CliRun.against(farm, "artist", "autodownload", "--once", "--pattern", "[a-");
    assertThat(glob.exit()).isEqualTo(2);
    assertThat(glob.err()).contains("'[a-'");
    CliRun job = CliRun.against(farm, "artist", "autodownload", "--once", "--job", "j-99999");
    assertThat(job.exit()).isEqualTo(3);
    assertThat(job.err()).contains("j-99999");
  }
}
