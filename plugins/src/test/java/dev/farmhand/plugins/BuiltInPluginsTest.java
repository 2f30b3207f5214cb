package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.plugins.PluginManifestReader;
import dev.farmhand.host.plugins.PythonRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every plugin shipped in this module has a manifest the host accepts. */
class BuiltInPluginsTest {
  /** Maven runs the tests in the module's folder, where the plugin folders are. */
  static final Path PLUGINS = Path.of("").toAbsolutePath();

  static List<PluginManifest> manifests() throws Exception {
    List<PluginManifest> manifests = new ArrayList<>();
    try (Stream<Path> folders = Files.list(PLUGINS)) {
      for (Path folder : folders.sorted().toList()) {
        if (Files.isRegularFile(folder.resolve(PluginManifestReader.FILE_NAME))) {
          manifests.add(new PluginManifestReader().read(folder));
        }
      }
    }
    return manifests;
  }

  @Test
  void everyPluginFolderHasAGoodManifest() throws Exception {
    assertThat(manifests()).extracting(PluginManifest::name).contains("sample");
  }

  @Test
  void eachSceneFileEndingBelongsToOnePluginSoSubmitCanChoose() throws Exception {
    List<String> endings = manifests().stream().flatMap(m -> m.sceneExtensions().stream()).toList();

    assertThat(endings).doesNotHaveDuplicates();
  }

  @Test
  void eachPluginIsNamedForItsFolder() throws Exception {
    for (PluginManifest manifest : manifests()) {
      assertThat(manifest.folder().getFileName().toString()).isEqualTo(manifest.name());
    }
  }

  @Test
  void noFolderHoldsPythonWithoutAManifest() throws IOException {
    try (Stream<Path> folders = Files.list(PLUGINS)) {
      for (Path folder :
          folders
              .filter(Files::isDirectory)
              .filter(f -> !f.getFileName().toString().equals(PythonRuntime.SHARED_LIBRARY))
              .toList()) {
        try (Stream<Path> files = Files.list(folder)) {
          if (files.anyMatch(f -> f.toString().endsWith(".py"))) {
            assertThat(folder.resolve(PluginManifestReader.FILE_NAME)).isRegularFile();
          }
        }
      }
    }
  }
}
