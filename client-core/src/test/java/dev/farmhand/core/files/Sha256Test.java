package dev.farmhand.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void hashesTheStandardTestVector() {
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
  }

  @Test
  void aFileAndAStreamAndBytesOfTheSameContentHashAlike(@TempDir Path dir) throws Exception {
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);
    Path file = Files.write(dir.resolve("blob"), content);

    String expected = Sha256.of(content);

    assertThat(Sha256.of(file)).isEqualTo(expected);
    assertThat(Sha256.of(new ByteArrayInputStream(content))).isEqualTo(expected);
  }

  @Test
  void checkAcceptsOnlySixtyFourLowerCaseHexDigits() {
    assertThat(Sha256.check(ABC)).isEqualTo(ABC);
    assertThatThrownBy(() -> Sha256.check(ABC.toUpperCase()))
        .hasMessage("'" + ABC.toUpperCase() + "' is not a SHA-256: write 64 lower-case hex digits");
    assertThatThrownBy(() -> Sha256.check("abc"))
        .hasMessage("'abc' is not a SHA-256: write 64 lower-case hex digits");
  }
}
