package dev.farmhand.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginManifestReaderTest {
  private static final String GOOD =
      """
      {"name": "blender", "version": "1.0.0", "dcc": "Blender",
       "scene_extensions": [".blend", ".BLEND1"], "entry": "blender_plugin"}
      """;

  @TempDir Path folder;
  private final PluginManifestReader reader = new PluginManifestReader();

  private Path write(String manifest) throws IOException {
    Files.writeString(folder.resolve("plugin.json"), manifest);
    return folder.resolve("plugin.json");
  }

  @Test
  void readsAGoodManifestWithItsEntryFileBesideIt() throws Exception {
    write(GOOD);
    Files.writeString(folder.resolve("blender_plugin.py"), "");

    PluginManifest manifest = reader.read(folder);

    assertThat(manifest.name()).isEqualTo("blender");
    assertThat(manifest.version()).isEqualTo("1.0.0");
    assertThat(manifest.dcc()).isEqualTo("Blender");
    assertThat(manifest.sceneExtensions()).isEqualTo(List.of(".blend", ".blend1"));
    assertThat(manifest.entryFile())
        .isEqualTo(folder.toAbsolutePath().resolve("blender_plugin.py"));
    assertThat(manifest.reads(Path.of("shots", "SH010.Blend"))).isTrue();
    assertThat(manifest.reads(Path.of("comp.nk"))).isFalse();
  }

  @Test
  void aMissingManifestIsNamed() {
    assertThatThrownBy(() -> reader.read(folder))
        .isInstanceOf(PluginManifestException.class)
        .hasMessage(
            "plugin manifest "
                + folder.resolve("plugin.json")
                + ": there is no such file; a plugin's folder needs one");
  }

  @Test
  void brokenJsonIsReportedWithItsLineAndColumn() throws Exception {
    Path file = write("{\"name\": \"x\",\n \"version\" 1}");

    assertThatThrownBy(() -> reader.read(folder))
        .isInstanceOf(PluginManifestException.class)
        .hasMessageStartingWith(
            "plugin manifest " + file + ": it is not valid JSON (line 2, column");
  }

  @Test
  void anUnknownFieldIsRefusedWithTheFieldsThereAre() throws Exception {
    Path file = write(GOOD.replace("\"entry\"", "\"entry_point\""));

    assertThatThrownBy(() -> reader.read(folder))
        .hasMessage(
            "plugin manifest "
                + file
                + ": 'entry_point' is not a manifest field; the fields are dcc, entry, name,"
                + " scene_extensions, version");
  }

  @Test
  void aMissingFieldSaysWhatToGive() throws Exception {
    Path file = write("{\"name\": \"nuke\"}");

    assertThatThrownBy(() -> reader.read(folder))
        .hasMessage(
            "plugin manifest " + file + ": 'version' is missing: give a version such as 1.0.0");
  }

  @Test
  void aBadNameIsRefused() throws Exception {
    Path file = write(GOOD.replace("\"blender\"", "\"My Plugin\""));

    assertThatThrownBy(() -> reader.read(folder))
        .hasMessage(
            "plugin manifest "
                + file
                + ": 'name' is 'My Plugin', which is not allowed: give lower-case letters, digits,"
                + " '-' or '_'");
  }

  @Test
  void aSceneExtensionWithoutItsDotIsRefused() throws Exception {
    Path file = write(GOOD.replace("\".blend\",", "\"blend\","));

    assertThatThrownBy(() -> reader.read(folder))
        .hasMessage(
            "plugin manifest "
                + file
                + ": 'scene_extensions' holds \"blend\", which is not a file ending: give a list of"
                + " file endings such as [\".blend\"]");
  }

  @Test
  void anEntryWithoutItsPythonFileIsRefused() throws Exception {
    Path file = write(GOOD);

    assertThatThrownBy(() -> reader.read(folder))
        .hasMessage(
            "plugin manifest "
                + file
                + ": 'entry' names the module 'blender_plugin' but there is no blender_plugin.py"
                + " next to the manifest");
  }
}
