package dev.farmhand.core.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.paths.UnsafePathException;
import dev.farmhand.core.sync.Cancellation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a download refuses or keeps: unsafe paths, files already there, a full disk. */
class DownloadSafetyTest {
  @TempDir Path temp;
  private final OutputFarm farm = new OutputFarm();
  private final FarmClient client = farm.client();
  private final byte[] frame = OutputFarm.bytes("renders/f_0001.png", 5000);

  DownloadSafetyTest() throws Exception {}

  @AfterEach
  void stop() throws Exception {
    client.close();
    farm.close();
  }

  private JobDownload download(DownloaderBuilder builder) throws Exception {
    return builder.build().download(OutputFarm.JOB, DownloadListener.NONE, new Cancellation());
  }

  private DownloaderBuilder into(Path folder) {
    farm.outputDir(folder.toString());
    return Downloader.builder(client).downloadRoot(temp.resolve("root"));
  }

  @Test
  void absoluteAndClimbingPathsAreRefusedByNameAndTheOtherFilesGoOn() throws Exception {
    Path out = temp.resolve("out");
    farm.output("/etc/evil.png", frame)
        .output("../evil.png", OutputFarm.bytes("b", 10))
        .output("renders/f_0001.png", OutputFarm.bytes("c", 10));

    JobDownload result = download(into(out));

    assertThat(result.downloaded()).isEqualTo(1);
    assertThat(result.failures())
        .extracting(DownloadFailure::reason)
        .containsExactly(
            "refused: path '/etc/evil.png' is absolute: give it relative to its folder, such as"
                + " evil.png; not downloaded",
            "refused: path '../evil.png' leaves its folder: '..' is not allowed; not downloaded");
    assertThat(result.failures().get(0).cause()).isInstanceOf(UnsafePathException.class);
    assertThat(temp.resolve("evil.png")).doesNotExist();
    assertThat(result.complete()).isFalse();
  }

  @Test
  void aSymlinkedSubfolderLeadingOutsideIsRefused() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createSymbolicLink(out.resolve("renders"), elsewhere);
    farm.output("renders/f_0001.png", frame).output("ok.png", OutputFarm.bytes("ok", 10));

    JobDownload result = download(into(out));

    assertThat(result.downloaded()).isEqualTo(1);
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).reason())
        .startsWith("refused: path 'renders/f_0001.png' goes through the link ")
        .contains("which leads outside");
    assertThat(elsewhere).isEmptyDirectory();
  }

  @Test
  void anIdenticalFileIsSkippedWithoutFetchingIt() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out/renders")).getParent();
    Files.write(out.resolve("renders/f_0001.png"), frame);
    farm.output("renders/f_0001.png", frame);

    JobDownload result = download(into(out));

    assertThat(result.skipped()).isEqualTo(1);
    assertThat(result.complete()).isTrue();
    assertThat(farm.ranges()).isEmpty();
  }

  @Test
  void aDifferentFileIsKeptAndReportedAsAConflictUnlessOverwriteIsAsked() throws Exception {
    Path out = Files.createDirectories(temp.resolve("out/renders")).getParent();
    Path target = out.resolve("renders/f_0001.png");
    Files.writeString(target, "the artist's own");
    farm.output("renders/f_0001.png", frame);

    JobDownload kept = download(into(out));

    assertThat(kept.conflicts()).containsExactly("renders/f_0001.png");
    assertThat(kept.complete()).isFalse();
    assertThat(target).hasContent("the artist's own");
    try (var files = Files.list(out.resolve("renders"))) {
      assertThat(files).containsExactly(target);
    }

    JobDownload replaced = download(into(out).overwrite(true));

    assertThat(replaced.downloaded()).isEqualTo(1);
    assertThat(replaced.conflicts()).isEmpty();
    assertThat(Files.readAllBytes(target)).isEqualTo(frame);
  }

  @Test
  void aFullDiskRefusesTheDownloadBeforeAnythingIsFetched() throws Exception {
    Path out = temp.resolve("out");
    farm.output("renders/f_0001.png", frame).output("renders/f_0002.png", frame.clone());
    Files.createDirectories(out.resolve("renders"));
    Files.write(out.resolve("renders/.f_0002.png.part"), new byte[1000]);

    assertThatThrownBy(() -> download(into(out).usableSpace(folder -> 8999)))
        .isInstanceOf(NotEnoughSpaceException.class)
        .hasMessage(
            "not enough space for the download into "
                + out
                + ": 9000 bytes are needed but only 8999 are usable there; free 1 bytes or"
                + " download elsewhere (--to DIR)");
    assertThat(farm.ranges()).isEmpty();
    assertThat(download(into(out).usableSpace(folder -> 9000)).downloaded()).isEqualTo(2);
  }

  @Test
  void anOutputFolderUsableHereIsTheJobsOwn() throws Exception {
    Path out = temp.resolve("new/out");
    farm.output("f.png", frame);

    JobDownload result = download(into(out));

    assertThat(result.choice()).isEqualTo(FolderChoice.JOB_OUTPUT_DIR);
    assertThat(result.folder()).isEqualTo(out);
    assertThat(result.note()).isEmpty();
    assertThat(Files.readAllBytes(out.resolve("f.png"))).isEqualTo(frame);
  }

  @Test
  void anOutputFolderOfAnotherSystemIsMappedUnderTheDownloadRoot() throws Exception {
    farm.output("f.png", frame).outputDir("C:\\renders\\shot010");

    JobDownload result = download(Downloader.builder(client).downloadRoot(temp.resolve("root")));

    assertThat(result.choice()).isEqualTo(FolderChoice.MAPPED);
    assertThat(result.folder()).isEqualTo(temp.resolve("root").resolve(OutputFarm.JOB));
    assertThat(result.note())
        .isEqualTo(
            "the job's output folder 'C:\\renders\\shot010' is not an absolute path on this"
                + " machine");
    assertThat(result.folder().resolve("f.png")).exists();
  }

  @Test
  void aFolderThatCannotBeWrittenOrIsMissingIsMappedAndAChosenFolderWins() throws Exception {
    Path file = Files.writeString(temp.resolve("a-file"), "x");
    assertThat(Folders.problem(file.resolve("sub").toString()))
        .startsWith("the job's output folder '" + file.resolve("sub") + "' cannot be made here");
    assertThat(Folders.problem(null)).isEqualTo("the job names no output folder");
    assertThat(Folders.problem("renders")).contains("is not an absolute path");
    farm.output("f.png", frame).outputDir(temp.resolve("out").toString());

    JobDownload result =
        download(Downloader.builder(client).into(temp.resolve("chosen")).threads(1));

    assertThat(result.choice()).isEqualTo(FolderChoice.CHOSEN);
    assertThat(result.folder()).isEqualTo(temp.resolve("chosen").resolve(OutputFarm.JOB));
    assertThat(temp.resolve("out")).doesNotExist();
  }

  @Test
  void theSameJobNamedTwiceIsDownloadedOnce() throws Exception {
    farm.output("f.png", frame);
    List<JobDownload> results =
        into(temp.resolve("out"))
            .build()
            .download(
                List.of(OutputFarm.JOB, OutputFarm.JOB), DownloadListener.NONE, new Cancellation());

    assertThat(results).hasSize(1);
    assertThat(farm.ranges()).hasSize(1);
  }
}
