package dev.farmhand.farm.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The Python that Blender runs on the farm, after it loads a scene, to point every path leading
 * outside the job's workspace at the copy the job was sent with ({@code blender_remap.py}, beside
 * this class): an artist's texture in {@code /home/ana/textures} is in the workspace under {@code
 * external/home/ana/textures}, and Blender would otherwise look for the original, paint it magenta
 * when missing, and say nothing. Each change is printed to the task's log. Stateless.
 */
final class BlenderRemap {
  private static final String SCRIPT = load();

  private BlenderRemap() {}

  /** The script for this workspace, for {@code --python-expr}. */
  static String forWorkspace(Path workspace) {
    return "WORKSPACE = " + pythonString(workspace.toString()) + "\n" + SCRIPT;
  }

  /** A Python string literal of the text: every character that is not printable ASCII escaped. */
  static String pythonString(String text) {
    StringBuilder out = new StringBuilder("u'");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '\'') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('\'').toString();
  }

  private static String load() {
    try (InputStream in = BlenderRemap.class.getResourceAsStream("blender_remap.py")) {
      if (in == null) {
        throw new IllegalStateException(
            "blender_remap.py is not beside BlenderRemap in the farm's jar: rebuild the farm");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading blender_remap.py from the farm's jar", e);
    }
  }
}
