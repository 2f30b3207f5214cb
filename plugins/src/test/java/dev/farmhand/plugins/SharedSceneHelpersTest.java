package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each plugin sees only its own folder (its interpreter's sys.path), so the pure-Python helpers the
 * text-scene readers share are copied into each of them. The copies must not drift apart.
 */
class SharedSceneHelpersTest {
  static final List<String> HELPERS =
      List.of("scene_error.py", "file_sequences.py", "path_mapping.py");

  @Test
  void everyCopyOfASharedHelperIsTheSameText() throws Exception {
    for (String helper : HELPERS) {
      List<Path> copies;
      try (Stream<Path> folders = Files.list(BuiltInPluginsTest.PLUGINS)) {
        copies = folders.map(f -> f.resolve(helper)).filter(Files::isRegularFile).toList();
      }
      assertThat(copies)
          .as(helper)
          .extracting(p -> p.getParent().getFileName().toString())
          .contains("maya", "nuke");
      String first = Files.readString(copies.get(0));
      for (Path copy : copies) {
        assertThat(Files.readString(copy)).as(copy + " against " + copies.get(0)).isEqualTo(first);
      }
    }
  }
}
