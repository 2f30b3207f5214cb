package dev.farmhand.sweethome3d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltInPluginsTest {
  @TempDir Path dir;

  private Path zip(String... names) throws IOException {
    Path file = dir.resolve("carrier.sh3p");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(name.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  @Test
  void thePluginsAPluginFileCarriesAreUnpackedInTheirFoldersAndNothingElse() throws Exception {
    Path carrier =
        zip(
            "ApplicationPlugin.properties",
            "dev/farmhand/plugins/sweethome3d/plugin.json",
            "dev/farmhand/plugins/lib/scene_error.py",
            "dev/farmhand/host/cli/FarmhandCli.class");

    Path folder = BuiltInPlugins.unpack(carrier, Files.createDirectories(dir.resolve("out")));

    assertThat(folder.resolve("sweethome3d/plugin.json"))
        .hasContent("dev/farmhand/plugins/sweethome3d/plugin.json");
    assertThat(folder.resolve("lib/scene_error.py")).isRegularFile();
    try (var files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2);
    }
  }

  @Test
  void aPluginFileWithoutPluginsIsToBeBuiltAgain() throws Exception {
    Path carrier = zip("ApplicationPlugin.properties");

    assertThatThrownBy(() -> BuiltInPlugins.unpack(carrier, dir))
        .isInstanceOf(IOException.class)
        .hasMessage(
            carrier + " carries no Farmhand plugins under dev/farmhand/plugins/: build it again");
  }
}
