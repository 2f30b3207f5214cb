package dev.farmhand.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256, the one hash Farmhand names files by: lower-case hex, 64 characters. Files are hashed
 * streaming, never read whole into memory. Thread-safe.
 */
public final class Sha256 {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
  private static final int BUFFER = 1 << 16;

  private Sha256() {}

  /** A new SHA-256 digest. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256, which every Java must have", e);
    }
  }

  /** The hash of these bytes. */
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /** The hash of a file's content, read streaming. */
  public static String of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    }
  }

  /** The hash of everything left in the stream; the stream is not closed. */
  public static String of(InputStream in) throws IOException {
    MessageDigest digest = digest();
    byte[] buffer = new byte[BUFFER];
    for (int n; (n = in.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
    }
    return hex(digest);
  }

  /** The digest's hash, as Farmhand writes it. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Checks a hash as a client or a farm sends it.
   *
   * @return the hash
   * @throws IllegalArgumentException naming the text when it is not 64 lower-case hex digits
   */
  public static String check(String text) {
    if (text == null || !HEX.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a SHA-256: write 64 lower-case hex digits");
    }
    return text;
  }
}
