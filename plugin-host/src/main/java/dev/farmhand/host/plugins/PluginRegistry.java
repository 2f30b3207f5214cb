package dev.farmhand.host.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The plugins found in the {@link PluginFolders}: each sub-folder holding a {@code plugin.json} is
 * a plugin. A bad manifest is reported in {@link #notices()} (the folder and the fault) and the
 * plugin skipped, never fatal; a user plugin named like a built-in one replaces it, and says so.
 * Each plugin is a {@link PythonPlugin} whose interpreter starts on first use; {@link #close()}
 * closes them all.
 *
 * <p>Thread-safe: the plugins are found once, when the registry is made.
 */
public final class PluginRegistry implements AutoCloseable {
  private final PluginFolders folders;
  private final List<PythonPlugin> plugins;
  private final List<String> notices;

  private PluginRegistry(PluginFolders folders, List<PythonPlugin> plugins, List<String> notices) {
    this.folders = folders;
    this.plugins = List.copyOf(plugins);
    this.notices = List.copyOf(notices);
  }

  /** Finds the plugins in the folders of this process ({@link PluginFolders#fromEnvironment()}). */
  public static PluginRegistry discover() {
    return discover(PluginFolders.fromEnvironment());
  }

  /** Finds the plugins in these folders. Reads the manifests; starts no Python. */
  public static PluginRegistry discover(PluginFolders folders) {
    List<String> notices = new ArrayList<>();
    Map<String, PluginManifest> builtIn = new LinkedHashMap<>();
    folders.builtIn().ifPresent(folder -> scan(folder, true, builtIn, notices));
    Map<String, PluginManifest> user = new LinkedHashMap<>();
    scan(folders.user(), false, user, notices);
    List<PythonPlugin> plugins = new ArrayList<>();
    // the user's plugins come first: they win where two read the same scenes
    for (PluginManifest manifest : user.values()) {
      PluginManifest replaced = builtIn.remove(manifest.name());
      if (replaced != null) {
        notices.add(
            "plugin '"
                + manifest.name()
                + "' in "
                + manifest.folder()
                + " replaces the built-in one in "
                + replaced.folder());
      }
      plugins.add(new PythonPlugin(manifest));
    }
    builtIn.values().forEach(manifest -> plugins.add(new PythonPlugin(manifest)));
    reportSharedEndings(plugins, notices);
    return new PluginRegistry(folders, plugins, notices);
  }

  private static void scan(
      Path folder, boolean builtIn, Map<String, PluginManifest> found, List<String> notices) {
    if (!Files.isDirectory(folder)) {
      if (builtIn) {
        notices.add("the built-in plugins folder " + folder + " does not exist; it was skipped");
      }
      return;
    }
    List<Path> candidates;
    try (Stream<Path> children = Files.list(folder)) {
      candidates =
          children
              .filter(child -> Files.isRegularFile(child.resolve(PluginManifestReader.FILE_NAME)))
              .sorted()
              .toList();
    } catch (IOException e) {
      notices.add("the plugins folder " + folder + " cannot be read (" + e + "); it was skipped");
      return;
    }
    PluginManifestReader reader = new PluginManifestReader();
    for (Path candidate : candidates) {
      try {
        PluginManifest manifest = reader.read(candidate);
        PluginManifest first = found.putIfAbsent(manifest.name(), manifest);
        if (first != null) {
          notices.add(
              "the plugin in "
                  + candidate
                  + " was skipped: '"
                  + manifest.name()
                  + "' is already the plugin in "
                  + first.folder()
                  + "; give one another name");
        }
      } catch (PluginManifestException e) {
        notices.add("the plugin in " + candidate + " was skipped: " + e.getMessage());
      }
    }
  }

  private static void reportSharedEndings(List<PythonPlugin> plugins, List<String> notices) {
    Map<String, String> owners = new LinkedHashMap<>();
    for (PythonPlugin plugin : plugins) {
      for (String ending : plugin.manifest().sceneExtensions()) {
        String owner = owners.putIfAbsent(ending, plugin.name());
        if (owner != null) {
          notices.add(
              "plugins '"
                  + owner
                  + "' and '"
                  + plugin.name()
                  + "' both read "
                  + ending
                  + " scenes; '"
                  + owner
                  + "' is used");
        }
      }
    }
  }

  /** The folders searched. */
  public PluginFolders folders() {
    return folders;
  }

  /** The plugins found: the user's first, then the built-in ones, each in folder order. */
  public List<PythonPlugin> plugins() {
    return plugins;
  }

  /** What discovery has to tell: skipped plugins and why, replaced ones, shared endings. */
  public List<String> notices() {
    return notices;
  }

  /** The plugin of that name, if there is one. */
  public Optional<PythonPlugin> plugin(String name) {
    return plugins.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The plugin that reads this scene, chosen by the scene file's ending.
   *
   * @throws NoPluginForSceneException if none does, listing the endings the plugins read
   */
  public PythonPlugin forScene(Path scene) {
    for (PythonPlugin plugin : plugins) {
      if (plugin.manifest().reads(scene)) {
        return plugin;
      }
    }
    String fileName = scene.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    String what =
        dot > 0
            ? "'" + fileName.substring(dot).toLowerCase(Locale.ROOT) + "' scenes"
            : "'" + fileName + "': it has no file ending";
    String known =
        plugins.isEmpty()
            ? "no plugins are installed"
            : "the plugins read "
                + plugins.stream()
                    .sorted(Comparator.comparing(PythonPlugin::name))
                    .map(
                        p ->
                            String.join(", ", p.manifest().sceneExtensions())
                                + " ("
                                + p.name()
                                + ")")
                    .collect(Collectors.joining(", "));
    throw new NoPluginForSceneException(
        scene,
        "no plugin reads " + what + ": " + known + "; install one in " + folders.userForPeople());
  }

  /** Closes every plugin's interpreter. */
  @Override
  public void close() {
    plugins.forEach(PythonPlugin::close);
  }
}
