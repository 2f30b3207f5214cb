package dev.farmhand.host.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** Reads Farmhand's version from the properties the build writes into the jar. */
final class VersionProvider implements CommandLine.IVersionProvider {
  private static final String RESOURCE = "/dev/farmhand/host/version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"farmhand " + version() + " (Java " + Runtime.version() + ")"};
  }

  /** Farmhand's version, e.g. {@code 0.1.0}. */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build; rebuild Farmhand");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
