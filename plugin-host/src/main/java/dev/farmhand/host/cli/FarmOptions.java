package dev.farmhand.host.cli;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.core.client.ConfigException;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import java.io.IOException;
import picocli.CommandLine.Option;

/**
 * Where a command finds its farm and key: {@code --farm} and {@code --key}, then {@code
 * FARMHAND_FARM} and {@code FARMHAND_KEY}, then the active (or named) profile that {@code farmhand
 * login} stored.
 */
final class FarmOptions {
  @Option(
      names = "--farm",
      paramLabel = "URL",
      description = "the farm (default: FARMHAND_FARM, then the profile)")
  String farm;

  @Option(
      names = "--key",
      paramLabel = "KEY",
      description = "the API key (default: FARMHAND_KEY, then the profile)")
  String key;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "a profile stored by farmhand login")
  String profile;

  /** A client of the farm these options name. */
  FarmClient connect() throws ConfigException, IOException {
    return settings().clientBuilder().build();
  }

  /** The farm and key these options name. */
  FarmSettings settings() throws ConfigException, IOException {
    return ClientConfig.fromEnvironment().resolve(new ClientConfig.Flags(farm, key, profile, null));
  }
}
