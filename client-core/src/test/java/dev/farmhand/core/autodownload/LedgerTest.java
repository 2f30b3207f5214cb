package dev.farmhand.core.autodownload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.core.protocol.Output;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {
  private static final String SHA_A = "a".repeat(64);
  private static final String SHA_B = "b".repeat(64);

  @TempDir Path dir;

  private static Output output(String path, String sha) {
    return new Output(path, 10, sha, "t-1", 1);
  }

  @Test
  void linesWrittenAreReadBackAfterAReopenAsTheLatestPerOutput() throws Exception {
    Path file = dir.resolve("state/ledger");
    try (Ledger ledger = Ledger.open(file)) {
      ledger.want("j-1", output("a.png", SHA_A));
      ledger.done("j-1", output("a.png", SHA_A), dir.resolve("a.png"));
      ledger.want("j-1", output("b.png", SHA_A));
      ledger.marked("j-2");
    }
    try (Ledger ledger = Ledger.open(file)) {
      assertThat(ledger.get(new Ledger.Key("j-1", "a.png")))
          .isEqualTo(new Ledger.Entry("done", SHA_A, 10, dir.resolve("a.png").toString()));
      assertThat(ledger.get(new Ledger.Key("j-1", "b.png")).op()).isEqualTo("want");
      assertThat(ledger.isMarked("j-2")).isTrue();
      assertThat(ledger.isMarked("j-1")).isFalse();
    }
    assertThat(Files.readAllLines(file)).hasSize(4).last().asString().contains("\"closed\"");
  }

  @Test
  void aCleanCloseIsRememberedAndAnythingElseIsNot() throws Exception {
    Path file = dir.resolve("ledger");
    try (Ledger ledger = Ledger.open(file)) {
      assertThat(ledger.cleanlyClosed()).as("a new ledger").isTrue();
      ledger.done("j-1", output("a.png", SHA_A), dir.resolve("a.png"));
    }
    Ledger reopened = Ledger.open(file);
    assertThat(reopened.cleanlyClosed()).isTrue();
    reopened.want("j-1", output("b.png", SHA_B));
    // Not closed: as after a kill, the file ends without the closing line.
    try (Ledger afterKill = Ledger.open(file)) {
      assertThat(afterKill.cleanlyClosed()).isFalse();
      assertThat(afterKill.entries()).hasSize(2);
    }
    Files.writeString(file, "{\"op\":\"do", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    try (Ledger torn = Ledger.open(file)) {
      assertThat(torn.cleanlyClosed()).isFalse();
    }
    reopened.close();
  }

  @Test
  void aFrameRenderedAgainReplacesTheLineOfTheOneBefore() throws Exception {
    Path file = dir.resolve("ledger");
    try (Ledger ledger = Ledger.open(file)) {
      ledger.done("j-1", output("a.png", SHA_A), dir.resolve("a.png"));
      ledger.want("j-1", output("a.png", SHA_B));
    }
    try (Ledger ledger = Ledger.open(file)) {
      assertThat(ledger.entries()).hasSize(1);
      assertThat(ledger.get(new Ledger.Key("j-1", "a.png")).sha256()).isEqualTo(SHA_B);
    }
  }

  @Test
  void aLineCutShortByAKillIsDroppedAndTheRestKept() throws Exception {
    Path file = dir.resolve("ledger");
    try (Ledger ledger = Ledger.open(file)) {
      ledger.done("j-1", output("a.png", SHA_A), dir.resolve("a.png"));
    }
    Files.writeString(
        file,
        "{\"op\":\"done\",\"job\":\"j-1\",\"pa",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    try (Ledger ledger = Ledger.open(file)) {
      assertThat(ledger.entries()).containsOnlyKeys(new Ledger.Key("j-1", "a.png"));
      ledger.want("j-1", output("b.png", SHA_B));
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3).allMatch(line -> line.startsWith("{") && line.endsWith("}"));
  }
}
