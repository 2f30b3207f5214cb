package dev.farmhand.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.files.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HasherTest {
  @TempDir Path folder;

  private List<Path> files(int count, int size) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(SyncFiles.file(folder, "f" + i, size + i, i));
    }
    return files;
  }

  @Test
  void hashesEveryFileInOrderOnSeveralThreadsAndReportsProgress() throws Exception {
    List<Path> files = files(20, 300_000);
    files.add(SyncFiles.file(folder, "empty", 0, 0));
    AtomicLong bytes = new AtomicLong();
    ConcurrentLinkedQueue<FileHash> done = new ConcurrentLinkedQueue<>();

    List<FileHash> hashes =
        new Hasher(3)
            .hash(
                files,
                new Cancellation(),
                new Hasher.Progress() {
                  @Override
                  public void bytesHashed(long n) {
                    bytes.addAndGet(n);
                  }

                  @Override
                  public void fileHashed(FileHash hash) {
                    done.add(hash);
                  }
                });

    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      assertThat(hashes.get(i).file()).isEqualTo(files.get(i));
      assertThat(hashes.get(i).sha256()).isEqualTo(Sha256.of(files.get(i)));
      assertThat(hashes.get(i).size()).isEqualTo(Files.size(files.get(i)));
      total += hashes.get(i).size();
    }
    assertThat(bytes).hasValue(total);
    assertThat(done).containsExactlyInAnyOrderElementsOf(hashes);
  }

  @Test
  void aFileThatGrowsWhileItIsHashedIsNamed() throws Exception {
    Path file = SyncFiles.file(folder, "growing.exr", 3 * Hasher.BUFFER_SIZE, 1);
    AtomicBoolean appended = new AtomicBoolean();
    Hasher.Progress appendOnce =
        new Hasher.Progress() {
          @Override
          public void bytesHashed(long n) {
            if (appended.compareAndSet(false, true)) {
              try {
                Files.write(file, new byte[10], StandardOpenOption.APPEND);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          }

          @Override
          public void fileHashed(FileHash hash) {}
        };

    assertThatThrownBy(() -> new Hasher(1).hash(List.of(file), new Cancellation(), appendOnce))
        .isInstanceOf(FileChangedException.class)
        .hasMessage(
            file
                + " changed while it was being hashed: wait until it is saved and sync again (it"
                + " will be hashed again)");
  }

  @Test
  void aCancelledHashStopsWithinABuffer() throws Exception {
    List<Path> files = files(8, 4 * Hasher.BUFFER_SIZE);
    Cancellation cancellation = new Cancellation();
    AtomicLong bytes = new AtomicLong();
    Hasher.Progress cancelAtFirstBuffer =
        new Hasher.Progress() {
          @Override
          public void bytesHashed(long n) {
            bytes.addAndGet(n);
            cancellation.cancel();
          }

          @Override
          public void fileHashed(FileHash hash) {}
        };

    assertThatThrownBy(() -> new Hasher(2).hash(files, cancellation, cancelAtFirstBuffer))
        .isInstanceOf(SyncCancelledException.class)
        .hasMessage(
            "dependency sync was cancelled while hashing; what was hashed and uploaded is kept:"
                + " sync again to resume");
    assertThat(bytes.get()).isLessThanOrEqualTo(2L * Hasher.BUFFER_SIZE);
  }

  @Test
  void anUnreadableFileFailsWithItsPath() throws Exception {
    Path gone = folder.resolve("gone.png");
    assertThatThrownBy(
            () -> new Hasher(2).hash(List.of(gone), new Cancellation(), Hasher.Progress.NONE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(gone.toString());
  }

  @Test
  void atLeastOneThread() {
    assertThatThrownBy(() -> new Hasher(0)).hasMessage("threads is 0: use at least 1");
    assertThat(Hasher.perCore().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }
}
