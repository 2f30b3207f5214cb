package dev.farmhand.host.cli;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.core.client.ConfigException;
import dev.farmhand.core.client.FarmSettings;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where downloads go, for {@code download} and {@code autodownload}: {@code --to DIR} puts every
 * job in {@code DIR/<job id>}; otherwise a job goes to its own output folder when usable here, or
 * to {@code <download root>/<job id>}, the root from {@code --download-root}, then {@code
 * FARMHAND_DOWNLOADS}, then the profile, then {@code ~/farmhand-downloads}.
 */
final class DownloadFolderOptions {
  @Option(names = "--to", paramLabel = "DIR", description = "put every job in DIR/<job id>")
  Path to;

  @Option(
      names = "--download-root",
      paramLabel = "DIR",
      description =
          "where a job goes when its folder is not usable here (default:"
              + " FARMHAND_DOWNLOADS, then ~/farmhand-downloads)")
  String downloadRoot;

  /** The farm, key and download root these options and the farm options name. */
  FarmSettings settings(FarmOptions farm) throws ConfigException, IOException {
    return ClientConfig.fromEnvironment()
        .resolve(new ClientConfig.Flags(farm.farm, farm.key, farm.profile, downloadRoot));
  }
}
