package dev.farmhand.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.UploadStatus;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.DependencySync;
import dev.farmhand.core.sync.FileChangedException;
import dev.farmhand.core.sync.FileTransport;
import dev.farmhand.core.sync.HashCache;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.core.sync.SyncListener;
import dev.farmhand.core.sync.SyncResult;
import dev.farmhand.farm.FarmConfig;
import dev.farmhand.farm.LocalFarm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependency sync against a real farm, with faults a real farm will not produce on demand: the
 * connection dropping after some parts, and a file changing while it is sent.
 */
class SyncAgainstFarmTest {
  private static final int PART = 256 * 1024;

  @TempDir static Path data;
  static LocalFarm farm;
  static FarmClient client;
  @TempDir Path folder;

  @BeforeAll
  static void startFarm() throws Exception {
    farm = LocalFarm.start(FarmConfig.in(data).withWorkers(1));
    client = Farms.client(farm, "studio", "artist");
  }

  @AfterAll
  static void stopFarm() throws Exception {
    client.close();
    farm.close();
  }

  private Path randomFile(String name, int size, long seed) throws IOException {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return Files.write(folder.resolve(name), bytes);
  }

  private DependencySync sync(FileTransport transport) {
    return DependencySync.builder(transport)
        .cache(HashCache.open(folder.resolve("cache"), 1000))
        .partSize(PART)
        .partRetries(0)
        .retryDelay(Duration.ZERO)
        .build();
  }

  /** The real client, whose connection drops on the given upload call. */
  private static FileTransport droppingOnCall(int failing, AtomicInteger calls) {
    return new FileTransport() {
      @Override
      public List<UploadStatus> missing(List<FileRef> files) throws IOException {
        return client.missing(files);
      }

      @Override
      public UploadStatus upload(
          String sha256, long size, long offset, InputStream part, long length) throws IOException {
        if (calls.incrementAndGet() == failing) {
          throw new IOException("connection reset by peer");
        }
        return client.upload(sha256, size, offset, part, length);
      }
    };
  }

  @Test
  void anUploadCutOffPartWayResumesOnTheNextRunAndSendsOnlyTheRest() throws Exception {
    Path scene = randomFile("big.bin", 4 * PART, 7);
    List<LocalDependency> files = List.of(new LocalDependency(scene, RelativePath.of("big.bin")));
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () -> sync(droppingOnCall(3, calls)).sync(files, SyncListener.NONE, new Cancellation()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(scene.toString());
    SyncResult resumed = sync(client).sync(files, SyncListener.NONE, new Cancellation());

    assertThat(resumed.summary().bytesUploaded()).isEqualTo(2L * PART);
    assertThat(resumed.summary().filesUploaded()).isEqualTo(1);
    assertThat(
            client.missing(List.of(new FileRef(resumed.dependencies().get(0).sha256(), 4L * PART))))
        .isEmpty();
  }

  @Test
  void aFileThatChangesWhileItIsSentIsNamedAndNotKept() throws Exception {
    Path texture = randomFile("texture.bin", 4 * PART, 11);
    List<LocalDependency> files =
        List.of(new LocalDependency(texture, RelativePath.of("texture.bin")));
    FileTransport changing =
        new FileTransport() {
          private final AtomicInteger calls = new AtomicInteger();

          @Override
          public List<UploadStatus> missing(List<FileRef> refs) throws IOException {
            return client.missing(refs);
          }

          @Override
          public UploadStatus upload(
              String sha256, long size, long offset, InputStream part, long length)
              throws IOException {
            UploadStatus status = client.upload(sha256, size, offset, part, length);
            if (calls.incrementAndGet() == 1) {
              byte[] other = new byte[4 * PART];
              new Random(12).nextBytes(other);
              Files.write(texture, other);
            }
            return status;
          }
        };

    assertThatThrownBy(() -> sync(changing).sync(files, SyncListener.NONE, new Cancellation()))
        .isInstanceOf(FileChangedException.class)
        .hasMessageContaining(texture.toString());
  }
}
