package dev.farmhand.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Scenes written into a test's temporary folder, and short views of what a plugin read. */
final class TestScenes {
  static final Path SAMPLES = Path.of("..", "samples", "scenes").toAbsolutePath().normalize();

  private TestScenes() {}

  /** A Maya ASCII scene: Maya's first line, the body, Maya's last line. */
  static Path maya(Path folder, String name, String body) throws IOException {
    return write(
        folder.resolve(name), "//Maya ASCII 2024 scene\n" + body + "// End of " + name + "\n");
  }

  /** A Nuke script: Nuke's first lines, then the body. */
  static Path nuke(Path folder, String name, String body) throws IOException {
    return write(
        folder.resolve(name),
        "#! /usr/local/Nuke14.0v5/libnuke-14.0.5.so -nx\nversion 14.0 v5\n" + body);
  }

  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** Empty files at the given paths under the folder. */
  static void touch(Path folder, String... relatives) throws IOException {
    for (String relative : relatives) {
      write(folder.resolve(relative), "");
    }
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> dependencies(Map<String, Object> scene) {
    return (List<Map<String, Object>>) scene.get("dependencies");
  }

  /** Each dependency as 'relative -> path', with ' (missing)' when it is. */
  static List<String> files(Map<String, Object> scene) {
    return dependencies(scene).stream()
        .map(
            d ->
                d.get("relative")
                    + " -> "
                    + d.get("path")
                    + (Boolean.TRUE.equals(d.get("missing")) ? " (missing)" : ""))
        .toList();
  }

  /** The dependencies' notes, in order, for those that have one. */
  static List<Object> notes(Map<String, Object> scene) {
    return dependencies(scene).stream()
        .filter(d -> d.containsKey("note"))
        .map(d -> d.get("note"))
        .toList();
  }
}
