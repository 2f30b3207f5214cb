package dev.farmhand.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample scenes this module's jar carries, copied out to a folder so a plugin can read them and
 * the farm can be sent their files, wherever Farmhand runs. Stateless.
 */
final class SampleScenes {
  private static final String ROOT = "/dev/farmhand/samples/scenes/";

  /** The turntable scene's files, relative to its folder. */
  private static final List<String> TURNTABLE =
      List.of("turntable.fhscene", "textures/checker.png");

  private SampleScenes() {}

  /**
   * Copies the turntable scene into {@code folder}.
   *
   * @return the scene file
   */
  static Path turntable(Path folder) throws IOException {
    for (String file : TURNTABLE) {
      Path target = folder.resolve(file);
      Files.createDirectories(target.getParent());
      try (InputStream in = SampleScenes.class.getResourceAsStream(ROOT + "turntable/" + file)) {
        if (in == null) {
          throw new UncheckedIOException(
              new IOException(
                  "the sample scene file "
                      + file
                      + " is not in Farmhand's jar: rebuild it (mvn -DskipTests package)"));
        }
        Files.copy(in, target);
      }
    }
    return folder.resolve(TURNTABLE.get(0));
  }
}
