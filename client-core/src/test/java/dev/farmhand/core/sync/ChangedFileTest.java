package dev.farmhand.core.sync;

import static dev.farmhand.core.sync.SyncFiles.dependency;
import static dev.farmhand.core.sync.SyncFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.files.Sha256;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dependency saved again while it is being uploaded. */
class ChangedFileTest {
  private static final int PART = 64 * 1024;

  @TempDir Path folder;
  private final FakeFarm farm = new FakeFarm();

  private DependencySync sync() {
    return DependencySync.builder(farm)
        .cache(HashCache.open(folder.resolve("cache"), 1000))
        .partSize(PART)
        .uploadThreads(1)
        .build();
  }

  @Test
  void aFileThatGrowsMidUploadIsNamedAndTheOtherUploadsFinish() throws Exception {
    Path scene = file(folder, "scene.blend", 4 * PART, 1);
    Path texture = file(folder, "wood.png", 1000, 2);
    farm.onPart(
        (number, sha256, offset) -> {
          if (number == 2) {
            Files.write(scene, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
          }
        });

    assertThatThrownBy(
            () ->
                sync()
                    .sync(
                        List.of(dependency(scene, "scene.blend"), dependency(texture, "wood.png")),
                        SyncListener.NONE,
                        new Cancellation()))
        .isInstanceOf(FileChangedException.class)
        .hasMessage(
            scene
                + " changed while it was being uploaded: wait until it is saved and sync again (it"
                + " will be hashed again)")
        .satisfies(e -> assertThat(((FileChangedException) e).file()).isEqualTo(scene));
    assertThat(farm.holds(Sha256.of(texture))).isTrue();
  }

  @Test
  void contentChangedUnderTheSameSizeAndTimeIsCaughtByTheFarmsHashAndHashedAgainNextTime()
      throws Exception {
    Path scene = file(folder, "scene.blend", 4 * PART, 3);
    String hashed = Sha256.of(scene);
    FileTime time = Files.getLastModifiedTime(scene);
    farm.onPart(
        (number, sha256, offset) -> {
          if (number == 2) {
            overwrite(scene, 3L * PART, new byte[] {9, 9, 9, 9});
            Files.setLastModifiedTime(scene, time);
          }
        });
    List<LocalDependency> dependencies = List.of(dependency(scene, "scene.blend"));

    assertThatThrownBy(() -> sync().sync(dependencies, SyncListener.NONE, new Cancellation()))
        .isInstanceOf(FileChangedException.class)
        .hasMessage(
            scene
                + " changed while it was being uploaded (the farm found other content): wait until"
                + " it is saved and sync again (it will be hashed again)");
    assertThat(farm.holds(hashed)).isFalse();
    assertThat(farm.received(hashed)).isZero();

    farm.onPart((number, sha256, offset) -> {});
    SyncResult again = sync().sync(dependencies, SyncListener.NONE, new Cancellation());
    assertThat(again.summary().filesHashed()).isEqualTo(1);
    assertThat(again.dependencies().get(0).sha256())
        .isEqualTo(Sha256.of(scene))
        .isNotEqualTo(hashed);
    assertThat(farm.holds(Sha256.of(scene))).isTrue();
  }

  private static void overwrite(Path file, long at, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(bytes), at);
    }
  }
}
