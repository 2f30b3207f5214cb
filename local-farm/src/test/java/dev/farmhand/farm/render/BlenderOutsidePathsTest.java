package dev.farmhand.farm.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.farmhand.core.paths.RelativePath;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scene whose images lie outside its folder, rendered by a real Blender as the farm runs it: each
 * path is pointed at the copy the job was sent with under {@code external/}, found by its full path
 * or, for a {@code //../} path, by its last parts; one the job has no copy of is named in the log.
 * Skipped where Blender is not on the PATH (CI installs it).
 */
@Tag("blender")
class BlenderOutsidePathsTest {
  @TempDir Path workspace;
  @TempDir Path artist;

  @Test
  @Timeout(120)
  void outsideImagesAreRenderedFromTheJobsCopiesAndAMissingOneIsNamed() throws Exception {
    SearchPath path = SearchPath.ofEnvironment();
    assumeTrue(path.find("blender").isPresent(), "Blender is not on the PATH");
    // On the artist's disk the texture is red now: it changed after the job was sent green.
    Path texture = artist.resolve("textures/wall.png");
    write(texture, Color.RED);
    write(external(texture), Color.GREEN);
    write(workspace.resolve("external/home/ana/elsewhere/tex/blue.png"), Color.BLUE);
    Path scene = workspace.resolve("scene.blend");
    make(path, scene, texture);
    RenderTask task =
        new RenderTask(
            workspace,
            RelativePath.of("scene.blend"),
            List.of(1),
            workspace.resolve("out"),
            "renders/wall_####.png");

    TaskProcess render =
        TaskProcess.start(new BlenderRenderer(path), task, workspace.resolve("task.log"), 1);

    String log = Files.readString(workspace.resolve("task.log"));
    assertThat(render.waitFor()).as(log).isZero();
    log = Files.readString(render.log());
    assertThat(log)
        .contains(
            "farmhand: image 'wall': '" + texture + "' -> '" + external(texture) + "'",
            "farmhand: image 'blue': '//../elsewhere/tex/blue.png' -> '"
                + workspace.toRealPath().resolve("external/home/ana/elsewhere/tex/blue.png")
                + "'",
            "farmhand: outside the job's files, not sent with it: '/nowhere/missing.png'",
            "farmhand: 2 outside path(s) pointed at the job's copies, 1 not sent with the job");
    BufferedImage frame = ImageIO.read(workspace.resolve("out/renders/wall_0001.png").toFile());
    Color middle = new Color(frame.getRGB(frame.getWidth() / 2, frame.getHeight() / 2));
    assertThat(List.of(middle.getRed(), middle.getGreen(), middle.getBlue()))
        .as("the wall rendered from the job's green copy, not the artist's red file")
        .satisfiesExactly(
            red -> assertThat(red).isLessThan(40),
            green -> assertThat(green).isGreaterThan(200),
            blue -> assertThat(blue).isLessThan(40));
  }

  /** Where the artist's file is in the workspace: external/ and its full path. */
  private Path external(Path file) throws Exception {
    Path real = file.toAbsolutePath();
    return workspace.toRealPath().resolve("external").resolve(real.getRoot().relativize(real));
  }

  private static void write(Path file, Color colour) throws Exception {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        image.setRGB(x, y, colour.getRGB());
      }
    }
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "png", file.toFile());
  }

  /**
   * A 16x16 Workbench scene, flat lit in texture colours, of a plane filling an orthographic
   * camera's view, textured with {@code texture} by its absolute path; and two more images, one
   * written {@code //../elsewhere/tex/blue.png}, one {@code /nowhere/missing.png}.
   */
  private static void make(SearchPath path, Path scene, Path texture) throws Exception {
    String script =
        String.join(
            "\n",
            "import bpy",
            "bpy.ops.wm.read_factory_settings(use_empty=True)",
            "scene = bpy.context.scene",
            "scene.render.engine = 'BLENDER_WORKBENCH'",
            "scene.display.shading.light = 'FLAT'",
            "scene.display.shading.color_type = 'TEXTURE'",
            "scene.view_settings.view_transform = 'Standard'",
            "scene.render.resolution_x = 16",
            "scene.render.resolution_y = 16",
            "scene.render.resolution_percentage = 100",
            "def image(name, path):",
            "    im = bpy.data.images.new(name, 4, 4)",
            "    im.source = 'FILE'",
            "    im.filepath = path",
            "    im.use_fake_user = True",
            "    return im",
            "wall = image('wall', " + BlenderRemap.pythonString(texture.toString()) + ")",
            "image('blue', '//../elsewhere/tex/blue.png')",
            "image('missing', '/nowhere/missing.png')",
            "bpy.ops.mesh.primitive_plane_add(size=2)",
            "plane = bpy.context.active_object",
            "material = bpy.data.materials.new('wall')",
            "material.use_nodes = True",
            "node = material.node_tree.nodes.new('ShaderNodeTexImage')",
            "node.image = wall",
            "node.interpolation = 'Closest'",
            "material.node_tree.nodes.active = node",
            "plane.data.materials.append(material)",
            "camera = bpy.data.cameras.new('camera')",
            "camera.type = 'ORTHO'",
            "camera.ortho_scale = 1.5",
            "view = bpy.data.objects.new('camera', camera)",
            "view.location = (0, 0, 5)",
            "scene.collection.objects.link(view)",
            "scene.camera = view",
            // Kept as written: Blender would otherwise save them relative to the scene.
            "bpy.ops.wm.save_as_mainfile(filepath="
                + BlenderRemap.pythonString(scene.toString())
                + ", relative_remap=False)");
    TaskProcess making =
        TaskProcess.start(
            List.of(
                path.find("blender").orElseThrow().toString(),
                "-b",
                "--factory-startup",
                "--python-expr",
                script),
            scene.getParent(),
            scene.resolveSibling("make.log"),
            "making the scene",
            Duration.ofSeconds(3));
    assertThat(making.waitFor()).as(Files.readString(scene.resolveSibling("make.log"))).isZero();
    assertThat(scene).isRegularFile();
  }
}
