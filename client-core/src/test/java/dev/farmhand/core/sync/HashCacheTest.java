package dev.farmhand.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashCacheTest {
  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @TempDir Path folder;

  private HashCache cache() {
    return HashCache.open(folder.resolve("cache"), 100);
  }

  @Test
  void anEntryIsFoundOnlyWithTheSameSizeAndModificationTime() {
    HashCache cache = cache();
    Path file = folder.resolve("scene.blend");
    cache.put(file, 10, 1_000, A);

    assertThat(cache.get(file, 10, 1_000)).contains(A);
    assertThat(cache.get(file, 10, 2_000)).isEmpty();
    assertThat(cache.get(file, 11, 1_000)).isEmpty();
    assertThat(cache.get(folder.resolve("other.blend"), 10, 1_000)).isEmpty();
  }

  @Test
  void aNewerEntryReplacesTheOldOneForTheSamePath() {
    HashCache cache = cache();
    Path file = folder.resolve("scene.blend");
    cache.put(file, 10, 1_000, A);
    cache.put(file, 12, 2_000, B);

    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get(file, 12, 2_000)).contains(B);
  }

  @Test
  void entriesSurviveIntoTheNextInstanceEvenWithOddCharactersInPaths() throws Exception {
    HashCache cache = cache();
    Path odd = folder.resolve("tab\there, newline\nand back\\slash.png");
    cache.put(odd, 7, 42, A);
    cache.put(folder.resolve("plain.png"), 8, 43, B);
    cache.save();

    HashCache again = cache();
    assertThat(again.get(odd, 7, 42)).contains(A);
    assertThat(again.get(folder.resolve("plain.png"), 8, 43)).contains(B);
    try (var files = Files.list(folder.resolve("cache"))) {
      assertThat(files).containsExactly(folder.resolve("cache").resolve(HashCache.FILE_NAME));
    }
  }

  @Test
  void aDamagedCacheFileStartsAnEmptyCacheThatCanBeSavedAgain() throws Exception {
    Files.createDirectories(folder.resolve("cache"));
    Path file = folder.resolve("cache").resolve(HashCache.FILE_NAME);
    Files.writeString(file, "farmhand hash cache v1\nnot\ta\tvalid line\n");

    HashCache cache = cache();
    assertThat(cache.size()).isZero();
    cache.put(folder.resolve("x"), 1, 1, A);
    cache.save();
    assertThat(cache().get(folder.resolve("x"), 1, 1)).contains(A);

    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    assertThat(cache().size()).isZero();
    Files.writeString(file, "", StandardCharsets.UTF_8);
    assertThat(cache().size()).isZero();
  }

  @Test
  void beyondItsCapacityTheLeastRecentlyUsedEntriesGo() throws Exception {
    HashCache cache = HashCache.open(folder, 3);
    cache.put(folder.resolve("1"), 1, 1, A);
    cache.put(folder.resolve("2"), 1, 1, A);
    cache.put(folder.resolve("3"), 1, 1, A);
    assertThat(cache.get(folder.resolve("1"), 1, 1)).isPresent();
    cache.put(folder.resolve("4"), 1, 1, A);

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get(folder.resolve("2"), 1, 1)).isEmpty();
    cache.save();
    cache.put(folder.resolve("5"), 1, 1, A);
    HashCache reopened = HashCache.open(folder, 3);
    reopened.put(folder.resolve("6"), 1, 1, A);
    assertThat(reopened.get(folder.resolve("3"), 1, 1)).isEmpty();
    assertThat(reopened.get(folder.resolve("1"), 1, 1)).isPresent();
  }

  @Test
  void nothingIsWrittenWhenNothingChanged() throws Exception {
    cache().save();
    assertThat(folder.resolve("cache")).doesNotExist();
  }

  @Test
  void relativePathsAndBadHashesAreRefused() {
    HashCache cache = cache();
    assertThatThrownBy(() -> cache.put(Path.of("rel.png"), 1, 1, A))
        .hasMessage("rel.png is not absolute: give the absolute path");
    assertThatThrownBy(() -> cache.put(folder.resolve("x"), 1, 1, "abc"))
        .hasMessage("'abc' is not a SHA-256");
  }

  @Test
  void theDefaultFolderIsUnderTheUsersCacheFolder() {
    Path folder = HashCache.defaultFolder();
    assertThat(folder.getFileName()).hasToString("farmhand");
    assertThat(folder).isAbsolute();
  }
}
