package dev.farmhand.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.LocalDependency;
import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.plugins.PythonPlugin;
import dev.farmhand.host.plugins.SceneInfo;
import dev.farmhand.host.submit.JobOverrides;
import dev.farmhand.host.submit.SceneJobMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.python.core.PyObject;
import org.python.core.PyString;

/**
 * The Blender plugin read through the host as {@code farmhand submit} reads a scene: real Jython,
 * real Blender, the sample scene and variants of it that Blender makes once for the class. Scenes
 * it refuses are {@link BlenderBrokenScenesTest}'s.
 */
@Tag("blender")
@Tag("slow")
class BlenderPluginTest {
  /** Each variant: the sample scene, changed by this Python inside Blender, saved as the name. */
  static final Map<String, String> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put(
        "unset_camera.blend",
        """
        bpy.data.objects.remove(bpy.data.objects['Camera'])
        scene.camera = None
        """);
    VARIANTS.put(
        "stepped.blend",
        """
        scene.frame_start, scene.frame_end, scene.frame_step = 3, 20, 4
        scene.render.resolution_x, scene.render.resolution_y = 200, 100
        scene.render.resolution_percentage = 25
        scene.render.fps, scene.render.fps_base = 30, 1.001
        scene.render.filepath = '//../elsewhere/shot_'
        scene.view_layers['Notes'].use = True
        scene.timeline_markers.new('from above', frame=10).camera = bpy.data.objects['Top']
        """);
    VARIANTS.put(
        "windows_paths.blend",
        """
        bpy.data.images['crate.png'].filepath = r'C:\\Users\\artist\\textures\\crate.png'
        share = bpy.data.images.new('brick', 4, 4)
        share.source = 'FILE'
        share.filepath = r'\\\\fileserver\\assets\\brick.png'
        share.use_fake_user = True
        """);
    VARIANTS.put(
        "everything.blend",
        """
        import os
        folder = os.path.dirname(bpy.data.filepath)
        material = bpy.data.materials.new('Set')
        material.use_nodes = True
        node = material.node_tree.nodes.new('ShaderNodeTexImage')
        node.image = bpy.data.images.load(os.path.join(folder, 'textures', 'set.png'))
        library = os.path.join(folder, 'lib', 'set.blend')
        bpy.data.libraries.write(library, {material}, path_remap='RELATIVE_ALL', fake_user=True)
        bpy.data.images.remove(node.image)
        bpy.data.materials.remove(material)
        with bpy.data.libraries.load(library, link=True, relative=True) as (source, target):
            target.materials = ['Set']
        bpy.data.objects['Floor'].data.materials[0] = target.materials[0]
        sequence = bpy.data.images.load(os.path.join(folder, 'seq', 'f_0001.png'))
        sequence.source = 'SEQUENCE'
        sequence.filepath = '//seq/f_0001.png'
        sequence.use_fake_user = True
        tiles = bpy.data.images.new('wood', 4, 4, tiled=True)
        tiles.tiles.new(1002)
        tiles.filepath = '//textures/wood.<UDIM>.png'
        tiles.use_fake_user = True
        cloth = bpy.data.objects['Crate'].modifiers.new('Cloth', 'CLOTH')
        cloth.point_cache.use_disk_cache = True
        scene.sequence_editor_create()
        strip = scene.sequence_editor.sequences.new_image(
            'shots', os.path.join(folder, 'strip', 'one.png'), 1, 1)
        strip.elements.append('two.png')
        """);
  }

  @TempDir static Path variants;
  static PythonPlugin plugin;
  static PluginPython python;

  @BeforeAll
  static void makeVariantsAndOpenThePlugin() throws Exception {
    BlenderScenes.assumeBlender();
    for (String file :
        List.of(
            "textures/set.png",
            "textures/wood.1001.png",
            "textures/wood.1002.png",
            "seq/f_0001.png",
            "seq/f_0002.png",
            "seq/f_0003.png",
            "strip/one.png",
            "strip/two.png")) {
      BlenderScenes.writePng(variants.resolve(file));
    }
    Files.createDirectories(variants.resolve("lib"));
    Files.createDirectories(variants.resolve("blendcache_everything"));
    Files.writeString(variants.resolve("blendcache_everything/cloth_000001_00.bphys"), "baked");
    BlenderScenes.makeVariants(variants, VARIANTS);
    plugin = new PythonPlugin(BlenderScenes.manifest());
    python = new PluginPython(BlenderScenes.PLUGIN);
    python.exec("import blender_plugin");
  }

  @AfterAll
  static void closeThePlugin() {
    if (plugin != null) {
      plugin.close();
      python.close();
    }
  }

  /** What the plugin's read_scene returned, with the keys the host does not use. */
  static PyObject raw(Path scene) {
    return python.eval("blender_plugin.read_scene(" + PluginPython.literal(scene.toString()) + ")");
  }

  static PyObject get(PyObject mapping, String key) {
    return mapping.__getitem__(new PyString(key));
  }

  static SceneInfo read(Path scene) throws PluginException {
    return plugin.readScene(scene);
  }

  @Test
  void readsTheSampleScenesFramesFpsResolutionCamerasLayersOutputAndTexture() throws Exception {
    SceneInfo scene = read(BlenderScenes.SAMPLE);

    assertThat(scene)
        .isEqualTo(
            new SceneInfo(
                "1-12",
                24,
                new SceneInfo.Resolution(160, 90),
                List.of(new SceneInfo.Camera("Camera", true), new SceneInfo.Camera("Top", false)),
                List.of("ViewLayer"),
                "blender",
                List.of("renders/frame_####.png"),
                List.of(
                    new SceneInfo.Dependency(
                        BlenderScenes.SAMPLE_FOLDER.resolve(BlenderScenes.TEXTURE),
                        BlenderScenes.TEXTURE,
                        false))));
  }

  @Test
  void alsoReportsTheEngineTheOutputAsWrittenAndWhichCameraIsActive() {
    PyObject scene = raw(BlenderScenes.SAMPLE);

    assertThat(get(scene, "engine").toString()).isEqualTo("CYCLES");
    assertThat(get(scene, "scene").toString()).isEqualTo("Scene");
    assertThat(get(scene, "output_path").toString()).isEqualTo("//renders/frame_####");
    assertThat(get(scene, "output_format").toString()).isEqualTo("PNG");
    assertThat(get(scene, "blender").toString()).matches("[0-9]+\\.[0-9]+.*");
    assertThat(BlenderScenes.each(get(scene, "cameras"), "active"))
        .containsExactly("True", "False");
    assertThat(BlenderScenes.each(get(scene, "dependencies"), "kind")).containsExactly("image");
    assertThat(get(scene, "warnings").__len__()).isZero();
  }

  @Test
  void theSampleMakesAJobOfTheSceneAndItsTextureRenderedByBlender() throws Exception {
    SceneInfo info = read(BlenderScenes.SAMPLE);

    JobSpec job =
        SceneJobMapper.map(BlenderScenes.SAMPLE, info, BlenderScenes.manifest(), JobOverrides.NONE);

    assertThat(job.renderer()).isEqualTo("blender");
    assertThat(job.frames().toString()).isEqualTo("1-12");
    assertThat(job.outputPattern()).isEqualTo("renders/frame_####.png");
    assertThat(job.files())
        .extracting(file -> file.path().toString())
        .containsExactly("crate.blend", "textures/crate.png");
    assertThat(job.metadata()).containsEntry("plugin", "blender");
  }

  @Test
  void aMissingTextureIsFlaggedMissingWhereTheSceneLooksForIt(@TempDir Path folder)
      throws Exception {
    Path scene = BlenderScenes.copySample(folder, false);

    SceneInfo info = read(scene);

    assertThat(info.dependencies())
        .containsExactly(
            new SceneInfo.Dependency(
                folder.resolve(BlenderScenes.TEXTURE), BlenderScenes.TEXTURE, true));
    assertThat(SceneJobMapper.missing(info))
        .extracting(Object::toString)
        .containsExactly(
            folder.resolve(BlenderScenes.TEXTURE) + " (for textures/crate.png) does not exist");
  }

  @Test
  void withoutASceneCameraTheCameraOfTheViewLayerThatBlenderFallsBackOnRenders() throws Exception {
    Path scene = variants.resolve("unset_camera.blend");

    assertThat(read(scene).cameras()).containsExactly(new SceneInfo.Camera("Top", true));
  }

  @Test
  void aStepAPercentageAFractionalFpsMarkersAndAnOutsideOutputAreReadAsBlenderRenders()
      throws Exception {
    SceneInfo scene = read(variants.resolve("stepped.blend"));

    assertThat(scene.frames()).isEqualTo("3-20x4");
    assertThat(scene.resolution()).isEqualTo(new SceneInfo.Resolution(50, 25));
    assertThat(scene.fps()).isCloseTo(30 / 1.001, offset(1e-4));
    assertThat(scene.cameras())
        .containsExactly(new SceneInfo.Camera("Camera", true), new SceneInfo.Camera("Top", true));
    assertThat(scene.layers()).containsExactly("ViewLayer", "Notes");
    assertThat(scene.outputs()).containsExactly("shot_####.png");
  }

  @Test
  void windowsPathsAreReportedMissingAndForeignAndTheHostPlacesThemUnderExternal()
      throws Exception {
    Path scene = variants.resolve("windows_paths.blend");

    SceneInfo info = read(scene);

    assertThat(info.dependencies())
        .containsExactly(
            new SceneInfo.Dependency(
                Path.of("/c/Users/artist/textures/crate.png"),
                "C:/Users/artist/textures/crate.png",
                true),
            new SceneInfo.Dependency(
                Path.of("/fileserver/assets/brick.png"), "\\\\fileserver/assets/brick.png", true));
    assertThat(BlenderScenes.each(get(raw(scene), "dependencies"), "foreign"))
        .containsExactly(
            "a Windows drive (C:)", "a Windows network share (\\\\fileserver\\assets)");
    assertThat(SceneJobMapper.missing(info))
        .extracting(Object::toString)
        .containsExactly(
            "/c/Users/artist/textures/crate.png (for external/c/Users/artist/textures/crate.png)"
                + " does not exist",
            "/fileserver/assets/brick.png (for external/fileserver/assets/brick.png) does not"
                + " exist");
  }

  @Test
  void librariesSequencesStripsUdimTilesAndDiskCachesBringEveryFileTheyName() throws Exception {
    Path scene = variants.resolve("everything.blend");

    SceneInfo info = read(scene);

    assertThat(info.dependencies())
        .allMatch(d -> !d.missing())
        .extracting(SceneInfo.Dependency::relative)
        .containsExactly(
            "blendcache_everything/cloth_000001_00.bphys",
            "lib/set.blend",
            "seq/f_0001.png",
            "seq/f_0002.png",
            "seq/f_0003.png",
            "strip/one.png",
            "strip/two.png",
            "textures/crate.png",
            "textures/set.png",
            "textures/wood.1001.png",
            "textures/wood.1002.png");
    assertThat(BlenderScenes.each(get(raw(scene), "dependencies"), "kind"))
        .containsExactly(
            "cache folder",
            "library",
            "sequence",
            "sequence",
            "sequence",
            "strip",
            "strip",
            "image",
            "image",
            "udim",
            "udim");
    assertThat(
            SceneJobMapper.map(scene, info, BlenderScenes.manifest(), JobOverrides.NONE)
                .files()
                .stream()
                .map(LocalDependency::file))
        .contains(variants.resolve("textures/set.png"), variants.resolve("lib/set.blend"));
  }
}
