package dev.farmhand.core.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an API key may do in its account. */
public enum Role {
  /** Submits, watches, controls and downloads the account's jobs. */
  USER,
  /** All a user may, and Set Priority. */
  ADMIN;

  /** The name on the wire: {@code "admin"}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a wire name. Unlike error codes, an unknown role is an error: guessing rights is unsafe.
   *
   * @throws IllegalArgumentException naming the text and the roles there are
   */
  @JsonCreator
  public static Role parse(String text) {
    for (Role role : values()) {
      if (role.wireName().equals(text)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown role '" + text + "': use user or admin");
  }
}
