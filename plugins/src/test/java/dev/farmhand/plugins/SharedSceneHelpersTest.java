package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each plugin sees only its own folder (its interpreter's sys.path), so the pure-Python helpers the
 * text-scene readers (Maya and Nuke) share are copied into each of them. The copies must not drift
 * apart.
 */
class SharedSceneHelpersTest {
  static final List<String> READERS = List.of("maya", "nuke");
  static final List<String> HELPERS =
      List.of("scene_error.py", "file_sequences.py", "path_mapping.py");

  @Test
  void everyTextSceneReaderHasTheSameCopyOfEachSharedHelper() throws Exception {
    for (String helper : HELPERS) {
      Path first = BuiltInPluginsTest.PLUGINS.resolve(READERS.get(0)).resolve(helper);
      for (String reader : READERS) {
        Path copy = BuiltInPluginsTest.PLUGINS.resolve(reader).resolve(helper);
        assertThat(Files.readString(copy))
            .as(copy + " against " + first)
            .isEqualTo(Files.readString(first));
      }
    }
  }
}
