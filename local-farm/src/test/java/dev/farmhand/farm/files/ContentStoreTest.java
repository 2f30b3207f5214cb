package dev.farmhand.farm.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.files.Sha256;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
  @TempDir Path root;
  ContentStore store;
  byte[] content;
  String sha256;

  @BeforeEach
  void setUp() throws Exception {
    store = new ContentStore(root);
    content = new byte[100_000];
    new Random(42).nextBytes(content);
    sha256 = Sha256.of(content);
  }

  private static ByteArrayInputStream part(byte[] bytes, int from, int to) {
    return new ByteArrayInputStream(Arrays.copyOfRange(bytes, from, to));
  }

  @Test
  void anUploadInPartsIsKeptUnderItsHashOnceFinished() throws Exception {
    assertThat(store.append("studio", sha256, 0, part(content, 0, 40_000))).isEqualTo(40_000);
    assertThat(store.has(sha256)).isFalse();
    assertThat(store.append("studio", sha256, 40_000, part(content, 40_000, 100_000)))
        .isEqualTo(100_000);

    Path blob = store.finish("studio", sha256, 100_000);

    assertThat(blob).hasBinaryContent(content);
    assertThat(store.has(sha256)).isTrue();
    assertThat(store.blob(sha256)).isEqualTo(blob);
  }

  @Test
  void anInterruptedUploadResumesWhereTheFarmStopped() throws Exception {
    store.append("studio", sha256, 0, part(content, 0, 12_345));
    ContentStore afterRestart = new ContentStore(root);

    long offset = afterRestart.received("studio", sha256);
    afterRestart.append("studio", sha256, offset, part(content, (int) offset, content.length));

    assertThat(offset).isEqualTo(12_345);
    assertThat(afterRestart.finish("studio", sha256, content.length)).hasBinaryContent(content);
  }

  @Test
  void aRetriedPartThatOverlapsWhatTheFarmHoldsIsHarmless() throws Exception {
    store.append("studio", sha256, 0, part(content, 0, 100));

    assertThat(store.append("studio", sha256, 50, part(content, 50, 80))).isEqualTo(100);
    assertThat(store.append("studio", sha256, 50, part(content, 50, 200))).isEqualTo(200);
    store.append("studio", sha256, 200, part(content, 200, content.length));
    assertThat(store.finish("studio", sha256, content.length)).hasBinaryContent(content);
  }

  @Test
  void aPartPastWhatTheFarmHoldsIsRefusedAndSaysWhereToResume() throws Exception {
    store.append("studio", sha256, 0, part(content, 0, 100));

    assertThatThrownBy(() -> store.append("studio", sha256, 150, part(content, 150, 200)))
        .isInstanceOf(UploadOffsetException.class)
        .hasMessage(
            "upload of "
                + sha256
                + " was sent at offset 150 but the farm holds 100 bytes of it; ask how much it"
                + " holds and resume from there");
    assertThat(store.received("studio", sha256)).isEqualTo(100);
  }

  @Test
  void contentWhoseHashIsNotTheAnnouncedOneIsRefusedAndNotKept() throws Exception {
    byte[] damaged = content.clone();
    damaged[500] ^= 1;
    store.append("studio", sha256, 0, new ByteArrayInputStream(damaged));

    assertThatThrownBy(() -> store.finish("studio", sha256, damaged.length))
        .isInstanceOf(HashMismatchException.class)
        .hasMessage(
            "upload of "
                + sha256
                + " has SHA-256 "
                + Sha256.of(damaged)
                + " but "
                + sha256
                + " was expected; it was damaged on the way and was not kept: send or fetch it"
                + " again");
    assertThat(store.has(sha256)).isFalse();
    assertThat(store.received("studio", sha256)).isZero();
  }

  @Test
  void uploadingAFileTheStoreHasAlreadyProvesItAndKeepsOneCopy() throws Exception {
    store.append("studio", sha256, 0, new ByteArrayInputStream(content));
    Path blob = store.finish("studio", sha256, content.length);

    store.append("studio", sha256, 0, new ByteArrayInputStream(content));

    assertThat(store.received("studio", sha256)).isEqualTo(content.length);
    assertThat(store.finish("studio", sha256, content.length))
        .isEqualTo(blob)
        .hasBinaryContent(content);
    assertThat(store.received("studio", sha256)).isZero();
  }

  @Test
  void aFalseProofOfAFileTheStoreHasIsRefused() throws Exception {
    store.append("studio", sha256, 0, new ByteArrayInputStream(content));
    store.finish("studio", sha256, content.length);
    byte[] other = content.clone();
    other[0] ^= 1;

    store.append("studio", sha256, 0, new ByteArrayInputStream(other));

    assertThatThrownBy(() -> store.finish("studio", sha256, other.length))
        .isInstanceOf(HashMismatchException.class);
    assertThat(store.blob(sha256)).hasBinaryContent(content);
  }

  @Test
  void finishingBeforeEveryByteArrivedSaysWhereToResume() throws Exception {
    store.append("studio", sha256, 0, part(content, 0, 10));

    assertThatThrownBy(() -> store.finish("studio", sha256, content.length))
        .hasMessage(
            "upload of "
                + sha256
                + " holds 10 of 100000 bytes; send the rest from offset 10 before finishing it");
  }

  @Test
  void anotherAccountCannotAddToAnUploadItDidNotStart() throws Exception {
    store.append("studio", sha256, 0, part(content, 0, 100));

    assertThat(store.received("other", sha256)).isZero();
    store.append("other", sha256, 0, part(content, 0, 10));
    assertThat(store.received("studio", sha256)).isEqualTo(100);
  }

  @Test
  void askingForAFileTheStoreLacksNamesIt() {
    assertThatThrownBy(() -> store.blob(sha256))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("the farm has no file " + sha256);
  }

  @Test
  void aMalformedHashIsRefusedBeforeAnythingIsWritten() throws Exception {
    assertThatThrownBy(() -> store.append("studio", "../../etc", 0, part(content, 0, 1)))
        .hasMessage("'../../etc' is not a SHA-256: write 64 lower-case hex digits");
    try (var files = Files.walk(root.resolve("incoming")).filter(Files::isRegularFile)) {
      assertThat(files).isEmpty();
    }
  }
}
