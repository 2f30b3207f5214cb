package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.host.plugins.PluginManifest;
import dev.farmhand.host.plugins.PluginManifestException;
import dev.farmhand.host.plugins.PluginManifestReader;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.python.core.PyObject;
import org.python.core.PyString;

/**
 * The sample .blend of {@code samples/scenes/blender}, copies of it, and variants of it made by a
 * real Blender for the Blender plugin's tests. Stateless.
 */
final class BlenderScenes {
  static final Path SAMPLE_FOLDER =
      Path.of("..", "samples", "scenes", "blender").toAbsolutePath().normalize();
  static final Path SAMPLE = SAMPLE_FOLDER.resolve("crate.blend");
  static final String TEXTURE = "textures/crate.png";
  static final Path PLUGIN = BuiltInPluginsTest.PLUGINS.resolve("blender");

  private BlenderScenes() {}

  /** The Blender plugin's manifest, as the host reads it. */
  static PluginManifest manifest() throws PluginManifestException {
    return new PluginManifestReader().read(PLUGIN);
  }

  /** The first {@code blender} on the PATH. */
  static Optional<Path> blender() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (!folder.isEmpty()) {
        Path candidate = Path.of(folder, "blender");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Skips the test unless Blender is on the PATH (CI installs it). */
  static void assumeBlender() {
    assumeTrue(
        blender().isPresent(),
        "Blender is not on the PATH: install it (Debian: apt-get install blender) to run the tests"
            + " that read .blend files with it");
  }

  /** Copies the sample scene into the folder, with its texture or without; returns the copy. */
  static Path copySample(Path folder, boolean withTexture) throws IOException {
    Path scene = Files.copy(SAMPLE, folder.resolve(SAMPLE.getFileName()));
    if (withTexture) {
      Files.createDirectories(folder.resolve(TEXTURE).getParent());
      Files.copy(SAMPLE_FOLDER.resolve(TEXTURE), folder.resolve(TEXTURE));
    }
    return scene;
  }

  /**
   * Makes each variant with one Blender run: opens the sample copied into the folder (with its
   * texture), runs the variant's Python with {@code bpy} and {@code scene} (the open scene) at
   * hand, and saves the file under the variant's name in the folder, uncompressed, with every path
   * as the Python left it.
   */
  static void makeVariants(Path folder, Map<String, String> pythonByName) throws Exception {
    Path sample = copySample(folder, true);
    StringBuilder driver = new StringBuilder("import bpy\n");
    for (Map.Entry<String, String> variant : pythonByName.entrySet()) {
      Path code = Files.writeString(folder.resolve(variant.getKey() + ".py"), variant.getValue());
      Path target = folder.resolve(variant.getKey());
      driver
          .append("bpy.ops.wm.open_mainfile(filepath=")
          .append(PluginPython.literal(sample.toString()))
          .append(")\nexec(open(")
          .append(PluginPython.literal(code.toString()))
          .append(").read(), {'bpy': bpy, 'scene': bpy.context.scene})\n")
          .append("bpy.ops.wm.save_as_mainfile(filepath=")
          .append(PluginPython.literal(target.toString()))
          .append(", compress=False, relative_remap=False)\n");
    }
    Path script = Files.writeString(folder.resolve("make_variants.py"), driver.toString());
    run(
        folder,
        List.of("-b", "--factory-startup", "-noaudio", "--python-exit-code", "1"),
        List.of("--python", script.toString()));
    for (String name : pythonByName.keySet()) {
      if (!Files.isRegularFile(folder.resolve(name))) {
        fail("Blender made no " + name + "; see " + folder.resolve("blender.log"));
      }
    }
  }

  /** Runs Blender with the arguments in the folder; fails the test with its output otherwise. */
  static void run(Path folder, List<String> options, List<String> rest) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(blender().orElseThrow().toString());
    command.addAll(options);
    command.addAll(rest);
    Path log = folder.resolve("blender.log");
    Process process =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("Blender did not finish in 5 minutes: " + Files.readString(log));
    }
    if (process.exitValue() != 0) {
      fail("Blender exited with " + process.exitValue() + ":\n" + Files.readString(log));
    }
  }

  /** A tiny PNG, so a path a scene names is a real image. */
  static void writePng(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
  }

  /**
   * Blender keeps a scene's end frame at or after its start whatever Python asks; a file with an
   * empty range is made by changing the end frame in the saved, uncompressed bytes, where the
   * current, start and end frames are three little-endian ints side by side in the scene's render
   * settings. The scene must have been saved with the current and start frames both at {@code
   * start}.
   */
  static void patchEndFrame(Path scene, int start, int end, int newEnd) throws IOException {
    byte[] bytes = Files.readAllBytes(scene);
    assertThat(new String(bytes, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("BLENDER-v");
    byte[] frames = ints(start, start, end);
    int at = -1;
    for (int i = 0; i + frames.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + frames.length, frames, 0, frames.length)) {
        assertThat(at).as("the frames %d-%d appear once in %s", start, end, scene).isEqualTo(-1);
        at = i;
      }
    }
    assertThat(at).as("the frames %d-%d in %s", start, end, scene).isNotNegative();
    System.arraycopy(ints(newEnd), 0, bytes, at + 8, 4);
    Files.write(scene, bytes);
  }

  private static byte[] ints(int... values) {
    ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int value : values) {
      buffer.putInt(value);
    }
    return buffer.array();
  }

  /** The values a Python mapping holds under each key of a list of them, as Java strings. */
  static List<String> each(PyObject list, String key) {
    List<String> values = new ArrayList<>();
    for (PyObject item : list.asIterable()) {
      values.add(item.__getitem__(new PyString(key)).toString());
    }
    return values;
  }
}
