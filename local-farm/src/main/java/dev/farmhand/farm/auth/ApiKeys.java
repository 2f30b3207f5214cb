package dev.farmhand.farm.auth;

import dev.farmhand.core.files.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes API keys and hashes them for storage. A key is {@code fh_} and 256 random bits in URL-safe
 * base64; being random, it needs no slow password hash: the farm keeps its SHA-256 and never the
 * key. Thread-safe.
 */
public final class ApiKeys {
  /** Every key starts with this, so a key pasted in the wrong place is easy to recognise. */
  public static final String PREFIX = "fh_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiKeys() {}

  /** A new random key. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What the farm stores of a key. */
  public static String hash(String key) {
    return Sha256.of(key.getBytes(StandardCharsets.UTF_8));
  }
}
