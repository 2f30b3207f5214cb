package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPathTest {
  @TempDir Path root;

  @Test
  void findsTheFirstExecutableOfThatNameInPathOrder() throws Exception {
    FakePrograms.onPath(root.resolve("b"), "blender");
    FakePrograms.onPath(root.resolve("c"), "blender");
    String path =
        String.join(
            File.pathSeparator,
            root.resolve("a").toString(),
            root.resolve("b").toString(),
            root.resolve("c").toString());

    assertThat(SearchPath.of(path).find("blender")).hasValue(root.resolve("b/blender"));
  }

  @Test
  void aFileThatCannotBeRunIsNotAProgram() throws Exception {
    Files.writeString(root.resolve("blender"), "not a program");

    assertThat(SearchPath.of(root.toString()).find("blender")).isEmpty();
  }

  @Test
  void emptyAndRelativeEntriesAreSkippedSoTheWorkingDirectoryIsNeverSearched() {
    SearchPath path =
        SearchPath.of(String.join(File.pathSeparator, "", "bin", ".", root.toString()));

    assertThat(path.folders()).containsExactly(root);
  }
}
