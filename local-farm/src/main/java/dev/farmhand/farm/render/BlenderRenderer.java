package dev.farmhand.farm.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders {@code .blend} scenes with the {@code blender} found on the PATH, in background mode,
 * with the scene's own Python kept from running, the output path and PNG format set, every path
 * leading outside the workspace pointed at the job's copy ({@link BlenderRemap}), Cycles denoising
 * turned off (Debian's Blender has no denoiser and fails a frame that asks for one) and then the
 * task's frames, in that order: Blender applies its arguments in order, so {@code -f} comes last.
 * Immutable; thread-safe.
 */
public final class BlenderRenderer implements Renderer {
  /** The name a job asks for. */
  public static final String NAME = "blender";

  /** Turns denoising off in every scene and view layer that has the setting. */
  static final String DENOISING_OFF =
      String.join(
          "\n",
          "import bpy",
          "for scene in bpy.data.scenes:",
          "    cycles = getattr(scene, 'cycles', None)",
          "    if cycles is not None and hasattr(cycles, 'use_denoising'):",
          "        cycles.use_denoising = False",
          "    for layer in scene.view_layers:",
          "        layer_cycles = getattr(layer, 'cycles', None)",
          "        if layer_cycles is not None and hasattr(layer_cycles, 'use_denoising'):",
          "            layer_cycles.use_denoising = False");

  private static final Pattern ENGINE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Optional<Path> program;
  private final Optional<String> engine;

  private BlenderRenderer(Optional<Path> program, Optional<String> engine) {
    this.program = program;
    this.engine = engine;
  }

  /** Looks for {@code blender} on {@code path} once, now; renders with each scene's own engine. */
  public BlenderRenderer(SearchPath path) {
    this(path.find("blender"), Optional.empty());
  }

  /**
   * The same renderer, rendering with {@code engine} ({@code -E}) instead of each scene's own.
   *
   * @throws IllegalArgumentException if it is not written as Blender names engines
   */
  public BlenderRenderer withEngine(String engine) {
    if (!ENGINE.matcher(engine).matches()) {
      throw new IllegalArgumentException(
          "Blender engine '"
              + engine
              + "' is not an engine name: write it as Blender does, such as CYCLES,"
              + " BLENDER_EEVEE or BLENDER_WORKBENCH");
    }
    return new BlenderRenderer(program, Optional.of(engine));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<String> unavailable() {
    return program.isPresent()
        ? Optional.empty()
        : Optional.of("no worker has Blender: 'blender' is not on the PATH");
  }

  /**
   * {@code blender -b <scene> --disable-autoexec [-E <engine>] -o <outputDir>/<pattern> -F PNG
   * --python-expr <outside paths to the job's copies> --python-expr <denoising off> -f <frames,
   * comma separated>}. The pattern's run of {@code #} is passed as it is: Blender pads the frame
   * number to it as {@link OutputPattern} does.
   *
   * @throws IllegalStateException if Blender is not on the PATH: ask {@link #unavailable()} first
   * @throws InvalidOutputPatternException if the task's output pattern is not one
   * @throws IllegalArgumentException if a frame is negative: Blender reads {@code -f -2} as the
   *     second frame from the end of the scene's range
   */
  @Override
  public List<String> command(RenderTask task) {
    Path blender =
        program.orElseThrow(() -> new IllegalStateException(unavailable().orElseThrow()));
    OutputPattern pattern = OutputPattern.of(task.outputPattern());
    for (int frame : task.frames()) {
      if (frame < 0) {
        throw new IllegalArgumentException(
            "Blender cannot be told to render frame "
                + frame
                + ": it reads a negative frame as counted back from the end of the scene;"
                + " renumber the scene's frames from 0 or above");
      }
    }
    List<String> command = new ArrayList<>();
    command.add(blender.toString());
    command.add("-b");
    command.add(task.workspace().resolve(task.scene().toString()).toString());
    // A settings argument: Blender applies it before it loads the file, wherever it stands.
    command.add("--disable-autoexec");
    engine.ifPresent(
        name -> {
          command.add("-E");
          command.add(name);
        });
    command.add("-o");
    command.add(task.outputDir().resolve(pattern.toString()).toString());
    command.add("-F");
    command.add("PNG");
    command.add("--python-expr");
    command.add(BlenderRemap.forWorkspace(task.workspace()));
    command.add("--python-expr");
    command.add(DENOISING_OFF);
    command.add("-f");
    command.add(task.frames().stream().map(String::valueOf).collect(Collectors.joining(",")));
    return List.copyOf(command);
  }
}
