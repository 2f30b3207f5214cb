package dev.farmhand.farm.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Sweet Home 3D renderer's process: renders frames of a {@code .sh3d} to PNG files with Sweet
 * Home 3D's own photo renderer. Runs with Sweet Home 3D on its class path and a display (the farm
 * starts it under {@code xvfb-run}).
 *
 * <pre>
 * SweetHome3dRenderMain --home FILE --mode photo|video --output-dir DIR --output PATTERN --frames 1,2
 * </pre>
 *
 * <p>{@code photo}: frame N is the home's N-th stored camera (frame 1 its current camera when it
 * stores none), at the home's photo size and quality. {@code video}: frame N is the N-th frame
 * along the home's video path ({@link VideoPath}), at its video size and quality. Each frame is
 * written beside its final name and renamed into place, then {@code Saved: '<path>'} is printed.
 * Exits 0 when every frame is written, 1 when the home or a frame fails (the message names the file
 * and the fault), 2 for arguments it does not understand.
 */
public final class SweetHome3dRenderMain {
  static final String USAGE =
      "usage: SweetHome3dRenderMain --home FILE --mode photo|video --output-dir DIR"
          + " --output PATTERN --frames 1,2,3";

  private SweetHome3dRenderMain() {}

  public static void main(String[] args) {
    // Java 3D and AWT leave threads running: the exit code ends the process.
    System.exit(run(args, System.out, System.err));
  }

  /** Renders as {@link #main} does and returns the exit code instead of exiting. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> options;
    List<Integer> frames;
    OutputPattern pattern;
    boolean video;
    try {
      options =
          SampleRenderMain.options(
              args, List.of("--home", "--mode", "--output-dir", "--output", "--frames"));
      frames = SampleRenderMain.frames(options.get("--frames"));
      pattern = OutputPattern.of(options.get("--output"));
      String mode = options.get("--mode").toLowerCase(Locale.ROOT);
      if (!mode.equals("photo") && !mode.equals("video")) {
        throw new IllegalArgumentException("--mode '" + mode + "': give photo or video");
      }
      video = mode.equals("video");
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    Path file = Path.of(options.get("--home"));
    Path outputDir = Path.of(options.get("--output-dir"));
    try {
      SweetHome3dHome home = SweetHome3dHome.read(file);
      Shots shots = video ? Shots.video(home) : Shots.photos(home);
      for (int frame : frames) {
        shots.pose(frame);
      }
      out.printf(
          "Rendering %s (%s), %dx%d, quality %d, %d frame%s%n",
          file,
          shots.what(),
          shots.width(),
          shots.height(),
          shots.quality(),
          frames.size(),
          frames.size() == 1 ? "" : "s");
      long started = System.nanoTime();
      try (SweetHome3dHome.Renderer renderer = home.renderer(shots.quality())) {
        for (int i = 0; i < frames.size(); i++) {
          int frame = frames.get(i);
          long frameStarted = System.nanoTime();
          BufferedImage image = renderer.render(shots.pose(frame), shots.width(), shots.height());
          Path target = outputDir.resolve(pattern.fileFor(frame));
          SampleRenderMain.write(image, target);
          long now = System.nanoTime();
          out.println("Saved: '" + target + "'");
          out.printf(
              "Fra:%d done in %d ms | %d of %d frames | %.1f s elapsed%n",
              frame, (now - frameStarted) / 1_000_000, i + 1, frames.size(), (now - started) / 1e9);
          out.flush();
        }
      }
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      err.println("error: " + file + ": Sweet Home 3D failed to render it: " + cause);
      cause.printStackTrace(err);
      return 1;
    }
  }
}
