package dev.farmhand.host.plugins.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmhand.host.plugins.SceneInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * The sample plugin's {@code read_scene}, done in plain Java with Jackson: the reference the Jython
 * benchmark compares against. It does the same work in the same order (read and parse the file,
 * check it, resolve and look for each texture) and returns the same {@link SceneInfo}.
 */
final class JavaSceneReader {
  private static final String FORMAT = "farmhand-scene/1";

  private final ObjectMapper json = new ObjectMapper();

  SceneInfo read(Path path) throws IOException {
    JsonNode scene = json.readTree(Files.readAllBytes(path));
    if (scene == null || !scene.isObject() || !FORMAT.equals(scene.path("format").asText())) {
      throw new IOException(
          path + ": is not a sample scene: its 'format' must be '" + FORMAT + "'");
    }
    for (String field : List.of("frames", "output", "cameras")) {
      if (!scene.has(field)) {
        throw new IOException(path + ": '" + field + "' is missing");
      }
    }
    Path folder = path.toAbsolutePath().getParent();
    TreeMap<String, String> textures = new TreeMap<>();
    for (Iterator<String> names = scene.path("textures").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      textures.put(name, scene.path("textures").path(name).asText());
    }
    List<SceneInfo.Dependency> dependencies = new ArrayList<>();
    for (String relative : textures.values()) {
      Path absolute = folder.resolve(relative).normalize();
      dependencies.add(
          new SceneInfo.Dependency(absolute, relative, !Files.isRegularFile(absolute)));
    }
    List<SceneInfo.Camera> cameras = new ArrayList<>();
    for (JsonNode camera : scene.path("cameras")) {
      cameras.add(
          new SceneInfo.Camera(
              camera.path("name").asText(), camera.path("renderable").asBoolean(true)));
    }
    List<String> layers = new ArrayList<>();
    scene.path("layers").forEach(layer -> layers.add(layer.asText()));
    JsonNode resolution = scene.path("resolution");
    return new SceneInfo(
        scene.path("frames").asText(),
        scene.path("fps").asDouble(24),
        resolution.isArray()
            ? new SceneInfo.Resolution(resolution.get(0).asInt(), resolution.get(1).asInt())
            : new SceneInfo.Resolution(320, 180),
        cameras,
        scene.has("layers") ? layers : List.of("beauty"),
        "sample",
        List.of(scene.path("output").asText()),
        dependencies);
  }
}
