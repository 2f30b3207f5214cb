package dev.farmhand.host.plugins;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A plugin's {@code plugin.json}: who it is, which DCC it serves, which scene files it reads and
 * where its Python code starts. Immutable; read with {@link PluginManifestReader}.
 *
 * @param name the plugin's name, lower case ({@code blender}); unique among plugins
 * @param version the plugin's version ({@code 1.2.0})
 * @param dcc the application it serves, as people name it ({@code Blender})
 * @param sceneExtensions the scene file endings it reads, lower case with the dot ({@code .blend})
 * @param entry the Python module, next to the manifest, that holds the plugin ({@code
 *     blender_plugin} for {@code blender_plugin.py})
 * @param folder the folder the manifest was read from
 */
public record PluginManifest(
    String name,
    String version,
    String dcc,
    List<String> sceneExtensions,
    String entry,
    Path folder) {
  public PluginManifest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(dcc, "dcc");
    sceneExtensions = List.copyOf(sceneExtensions);
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(folder, "folder");
  }

  /** The Python file the plugin starts from. */
  public Path entryFile() {
    return folder.resolve(entry + ".py");
  }

  /** True when this plugin reads scene files with the given name's ending, ignoring case. */
  public boolean reads(Path scene) {
    String fileName = scene.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return sceneExtensions.stream().anyMatch(fileName::endsWith);
  }
}
