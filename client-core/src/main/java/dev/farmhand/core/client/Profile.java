package dev.farmhand.core.client;

import java.net.URI;
import java.util.Objects;

/**
 * A farm and a key, stored under a name by {@code farmhand login}. Immutable; its {@code toString}
 * hides the key.
 *
 * @param farm the farm's URL
 * @param key the API key
 */
public record Profile(URI farm, String key) {
  public Profile {
    Objects.requireNonNull(farm, "farm");
    Objects.requireNonNull(key, "key");
  }

  @Override
  public String toString() {
    return "Profile[farm=" + farm + ", key=hidden]";
  }
}
