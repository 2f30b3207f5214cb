package dev.farmhand.core.files;

import java.io.IOException;

/**
 * Content whose SHA-256 is not the one it was announced with: a damaged upload, download or copy.
 * Nothing was kept; the message names the content and says to send or fetch it again.
 */
public final class HashMismatchException extends IOException {
  private final String what;
  private final String expected;
  private final String actual;

  public HashMismatchException(String what, String expected, String actual) {
    super(
        what
            + " has SHA-256 "
            + actual
            + " but "
            + expected
            + " was expected; it was damaged on the way and was not kept: send or fetch it again");
    this.what = what;
    this.expected = expected;
    this.actual = actual;
  }

  /** What was hashed: a path, or a description such as {@code upload of 3f2a…}. */
  public String what() {
    return what;
  }

  /** The SHA-256 it was announced with. */
  public String expected() {
    return expected;
  }

  /** The SHA-256 it has. */
  public String actual() {
    return actual;
  }
}
