package dev.farmhand.core.client;

import dev.farmhand.core.protocol.Nullable;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which farm to use, with which key, and where downloads land when a job's own output folder is not
 * usable here: what {@link ClientConfig} resolved, and where each came from. Immutable; its {@code
 * toString} hides the key.
 *
 * @param farm the farm's URL
 * @param key the API key
 * @param downloadRoot the download root, when one was given
 * @param farmSource where the farm came from: {@code --farm}, {@code FARMHAND_FARM} or {@code
 *     profile 'NAME'}
 * @param keySource where the key came from, likewise
 */
public record FarmSettings(
    URI farm, String key, @Nullable Path downloadRoot, String farmSource, String keySource) {
  public FarmSettings {
    Objects.requireNonNull(farm, "farm");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(farmSource, "farmSource");
    Objects.requireNonNull(keySource, "keySource");
  }

  /** The download root, when one was given. */
  public Optional<Path> downloads() {
    return Optional.ofNullable(downloadRoot);
  }

  /** A client builder for this farm and key, with the other settings at their defaults. */
  public FarmClientBuilder clientBuilder() {
    return FarmClient.builder().farm(farm).key(key);
  }

  @Override
  public String toString() {
    return "FarmSettings[farm="
        + farm
        + " (from "
        + farmSource
        + "), key=hidden (from "
        + keySource
        + "), downloadRoot="
        + downloadRoot
        + "]";
  }
}
