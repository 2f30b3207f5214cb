package dev.farmhand.farm.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The sample renderer's process: renders frames of a sample scene to PNG files.
 *
 * <pre>
 * SampleRenderMain --scene FILE --output-dir DIR --output PATTERN --frames 1,2,3
 * </pre>
 *
 * <p>Each frame is written beside its final name and renamed into place, so a frame file is whole
 * or absent; then it prints {@code Saved: '<path>'} and a progress line. Exits 0 when every frame
 * is written, 1 when the scene or a frame fails (the message on standard error names the file and
 * the fault), 2 for arguments it does not understand.
 */
public final class SampleRenderMain {
  static final String USAGE =
      "usage: SampleRenderMain --scene FILE --output-dir DIR --output PATTERN --frames 1,2,3";

  private SampleRenderMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Renders as {@link #main} does and returns the exit code instead of exiting. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    List<Integer> frames;
    OutputPattern pattern;
    try {
      options = options(args);
      frames = frames(options.get("--frames"));
      pattern = OutputPattern.of(options.get("--output"));
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      SampleScene scene = SampleSceneReader.read(Path.of(options.get("--scene")));
      Path outputDir = Path.of(options.get("--output-dir"));
      out.printf(
          "Rendering '%s' (%s), %dx%d, camera '%s', %d frame%s%n",
          scene.title(),
          scene.file(),
          scene.width(),
          scene.height(),
          scene.camera().name(),
          frames.size(),
          frames.size() == 1 ? "" : "s");
      SampleTracer tracer = new SampleTracer(scene);
      long started = System.nanoTime();
      for (int i = 0; i < frames.size(); i++) {
        int frame = frames.get(i);
        long frameStarted = System.nanoTime();
        BufferedImage image = tracer.render(frame);
        Path target = outputDir.resolve(pattern.fileFor(frame));
        write(image, target);
        long now = System.nanoTime();
        out.println("Saved: '" + target + "'");
        out.printf(
            "Fra:%d done in %d ms | %d of %d frames (%d%%) | %.1f s elapsed%n",
            frame,
            (now - frameStarted) / 1_000_000,
            i + 1,
            frames.size(),
            (i + 1) * 100 / frames.size(),
            (now - started) / 1e9);
        out.flush();
      }
      return 0;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Writes a PNG beside {@code target} and renames it into place, so a frame is whole or absent.
   */
  static void write(BufferedImage image, Path target) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    // Killed while writing (the farm asks a process to end before forcing it), leave no part.
    partial.toFile().deleteOnExit();
    try {
      if (!ImageIO.write(image, "png", partial.toFile())) {
        throw new IOException("this Java cannot write PNG files");
      }
      try {
        Files.move(
            partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      Files.deleteIfExists(partial);
      throw new IOException("frame " + target + " could not be written: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> options(String[] args) {
    return options(args, List.of("--scene", "--output-dir", "--output", "--frames"));
  }

  /** The value of each option, every one of {@code known} given once and no other. */
  static Map<String, String> options(String[] args, List<String> known) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i])) {
        throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      if (options.put(args[i], args[i + 1]) != null) {
        throw new IllegalArgumentException(args[i] + " is given twice");
      }
    }
    for (String option : known) {
      if (!options.containsKey(option)) {
        throw new IllegalArgumentException(option + " is missing");
      }
    }
    return options;
  }

  /** Frame numbers written {@code 1,2,3}. */
  static List<Integer> frames(String text) {
    List<Integer> frames = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      try {
        frames.add(Integer.parseInt(item.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--frames '" + text + "' is not a list of frame numbers, such as 1,2,3", e);
      }
    }
    return List.copyOf(frames);
  }
}
