package dev.farmhand.core.client;

/**
 * Settings that do not say which farm to use or how: none given, a bad URL, an unknown profile. The
 * message names the setting and where it came from, and how to fix it; never a key. The CLI answers
 * it with exit code 2.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
