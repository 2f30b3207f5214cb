package dev.farmhand.sweethome3d;

import dev.farmhand.host.plugins.PluginFolders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Python plugins Farmhand's host reads scenes with, inside Sweet Home 3D: the folder named by
 * {@code -Dfarmhand.plugins} when it is set (as the {@code farmhand} launcher sets it), else the
 * plugins this file carries under {@value #PREFIX}, unpacked once per Sweet Home 3D session into a
 * temporary folder that is deleted when the session ends. The user's own plugins folder comes
 * after, as everywhere. Thread-safe.
 */
final class BuiltInPlugins {
  static final String PREFIX = "dev/farmhand/plugins/";

  private static Path unpacked;

  private BuiltInPlugins() {}

  /** Where the host looks for plugins. */
  static PluginFolders folders() throws IOException {
    PluginFolders configured = PluginFolders.fromEnvironment();
    if (configured.builtIn().isPresent()) {
      return configured;
    }
    return new PluginFolders(Optional.of(unpacked()), configured.user());
  }

  private static synchronized Path unpacked() throws IOException {
    if (unpacked == null) {
      Path folder = Files.createTempDirectory("farmhand-plugins-");
      // Deleted with all it holds (Jython's compiled $py.class files too) when Sweet Home 3D exits.
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> deleteTree(folder), "farmhand-plugins-cleanup"));
      unpacked = unpack(carrier(), folder);
    }
    return unpacked;
  }

  /** Deletes the folder and everything in it, as far as it can. */
  static void deleteTree(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException | UncheckedIOException e) {
      // Left for the system to clear: the session is ending anyway.
    }
  }

  /** The file (or, when run from classes, the folder) this class was loaded from. */
  private static Path carrier() throws IOException {
    CodeSource source = BuiltInPlugins.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IOException("Farmhand cannot tell which file it was loaded from");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("Farmhand was loaded from " + source.getLocation() + ": " + e, e);
    }
  }

  /**
   * Copies every file under {@value #PREFIX} in {@code carrier} (a zip, or a folder) into {@code
   * folder}, keeping their places below the prefix, and returns {@code folder}.
   *
   * @throws IOException if it cannot be read, or it carries no plugins
   */
  static Path unpack(Path carrier, Path folder) throws IOException {
    int copied = 0;
    if (Files.isDirectory(carrier)) {
      Path plugins = carrier.resolve(PREFIX);
      if (Files.isDirectory(plugins)) {
        try (var files = Files.walk(plugins)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Path target = folder.resolve(plugins.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            copied++;
          }
        }
      }
    } else {
      try (ZipFile zip = new ZipFile(carrier.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String name = entry.getName();
          if (entry.isDirectory() || !name.startsWith(PREFIX) || name.contains("..")) {
            continue;
          }
          Path target = folder.resolve(name.substring(PREFIX.length())).normalize();
          if (!target.startsWith(folder)) {
            continue;
          }
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target);
          }
          copied++;
        }
      }
    }
    if (copied == 0) {
      throw new IOException(
          carrier + " carries no Farmhand plugins under " + PREFIX + ": build it again");
    }
    return folder;
  }
}
