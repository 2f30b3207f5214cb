package dev.farmhand.sweethome3d;

import com.eteks.sweethome3d.io.HomeFileRecorder;
import com.eteks.sweethome3d.model.Home;
import com.eteks.sweethome3d.model.RecorderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies of open homes written for a render: each in a new temporary folder, named for the home,
 * with every model and texture inside it, as Sweet Home 3D saves a home. Stateless.
 */
final class HomeCopies {
  private HomeCopies() {}

  /**
   * The job's title for a home saved as {@code name} (its file name without .sh3d), or Untitled.
   */
  static String title(String name) {
    if (name == null || name.isBlank()) {
      return "Untitled";
    }
    String file = Path.of(name).getFileName().toString();
    return file.toLowerCase(java.util.Locale.ROOT).endsWith(".sh3d")
        ? file.substring(0, file.length() - ".sh3d".length())
        : file;
  }

  /**
   * Writes {@code home} to {@code <new temporary folder>/<title>.sh3d}.
   *
   * @throws IOException if the folder or the file cannot be written, with Sweet Home 3D's reason
   */
  static Path write(Home home, String title) throws IOException {
    Path folder = Files.createTempDirectory("farmhand-sweethome3d-");
    Path file = folder.resolve(title.replaceAll("[\\\\/:*?\"<>|#]", "_") + ".sh3d");
    try {
      new HomeFileRecorder(0, false).writeHome(home, file.toString());
    } catch (RecorderException | RuntimeException e) {
      Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
      throw new IOException("the home could not be written to " + file + ": " + e.getMessage(), e);
    }
    // Deleted at exit in the reverse order of these calls: the file, then its folder.
    folder.toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    return file;
  }
}
