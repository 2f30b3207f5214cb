package dev.farmhand.farm.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.paths.UnsafePathException;
import dev.farmhand.farm.render.SampleScene.Camera;
import dev.farmhand.farm.render.SampleScene.Light;
import dev.farmhand.farm.render.SampleScene.Plane;
import dev.farmhand.farm.render.SampleScene.Sphere;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Reads a sample scene ({@code farmhand-scene/1}) and the textures it uses, which lie beside it at
 * the relative paths its {@code textures} map gives. Every fault is a {@link SceneFormatException}
 * naming the file and the field. Besides the fields the sample scenes carry, a camera may give a
 * {@code target} ([x, y, z], default [0, 0.75, 0]) and {@code fov_degrees} (default 45), a sphere
 * {@code reflect} (0–1, default 0.1), a plane {@code color} and {@code tile} (default 2).
 */
final class SampleSceneReader {
  static final String FORMAT = "farmhand-scene/1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, Texture> loaded = new HashMap<>();

  private SampleSceneReader(Path file) {
    this.file = file;
  }

  /** Reads the scene at {@code file}. */
  static SampleScene read(Path file) throws IOException {
    return new SampleSceneReader(file).read();
  }

  private SampleScene read() throws IOException {
    JsonNode scene;
    try {
      scene = JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new SceneFormatException(file, "there is no such file", e);
    } catch (JsonProcessingException e) {
      throw new SceneFormatException(
          file,
          "is not a sample scene (not JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ")",
          e);
    }
    if (scene == null || !scene.isObject() || !FORMAT.equals(scene.path("format").asText())) {
      throw fault("is not a sample scene: its 'format' must be '" + FORMAT + "'");
    }
    JsonNode resolution = scene.path("resolution");
    if (!resolution.isArray()
        || resolution.size() != 2
        || !resolution.get(0).canConvertToExactIntegral()
        || !resolution.get(1).canConvertToExactIntegral()
        || !inRange(resolution.get(0).asInt())
        || !inRange(resolution.get(1).asInt())) {
      throw fault(
          "'resolution' must be [width, height] in whole pixels from 1 to 8192, such as [320, 180]");
    }
    return new SampleScene(
        file,
        scene.path("title").asText(file.getFileName().toString()),
        resolution.get(0).asInt(),
        resolution.get(1).asInt(),
        camera(scene.path("cameras")),
        lights(scene.path("lights")),
        spheres(scene),
        planes(scene));
  }

  private static boolean inRange(int side) {
    return side >= 1 && side <= 8192;
  }

  private Camera camera(JsonNode cameras) throws SceneFormatException {
    if (!cameras.isArray() || cameras.isEmpty()) {
      throw fault("'cameras' must list at least one camera");
    }
    for (int i = 0; i < cameras.size(); i++) {
      JsonNode camera = cameras.get(i);
      if (camera.path("renderable").asBoolean(true)) {
        String where = "cameras[" + i + "]";
        double fov = number(camera, "fov_degrees", where, 45);
        if (fov <= 0 || fov >= 180) {
          throw fault("'" + where + ".fov_degrees' must be between 0 and 180, such as 45");
        }
        return new Camera(
            camera.path("name").asText("camera " + i),
            number(camera, "orbit_degrees_per_frame", where, 0),
            positive(camera, "distance", where),
            number(camera, "height", where, 1),
            vector(camera, "target", where, new Vec3(0, 0.75, 0)),
            fov);
      }
    }
    throw fault("'cameras' has no renderable camera: set \"renderable\": true on one");
  }

  private List<Light> lights(JsonNode lights) throws SceneFormatException {
    if (!lights.isArray() || lights.isEmpty()) {
      throw fault(
          "'lights' must list at least one light, such as {\"direction\": [-0.5, -1, -0.3]}");
    }
    List<Light> result = new ArrayList<>();
    for (int i = 0; i < lights.size(); i++) {
      String where = "lights[" + i + "]";
      Vec3 direction = vector(lights.get(i), "direction", where, null);
      if (direction.length() == 0) {
        throw fault("'" + where + ".direction' must not be [0, 0, 0]: give the way the light goes");
      }
      Vec3 color = vector(lights.get(i), "color", where, new Vec3(1, 1, 1));
      double intensity = number(lights.get(i), "intensity", where, 1);
      result.add(new Light(direction.normalized(), color.times(intensity)));
    }
    return result;
  }

  private List<Sphere> spheres(JsonNode scene) throws SceneFormatException {
    List<Sphere> spheres = new ArrayList<>();
    for (int i = 0; i < objects(scene).size(); i++) {
      JsonNode object = objects(scene).get(i);
      if (object.path("type").asText().equals("sphere")) {
        String where = "objects[" + i + "]";
        double reflect = number(object, "reflect", where, 0.1);
        if (reflect < 0 || reflect > 1) {
          throw fault("'" + where + ".reflect' must be from 0 to 1, such as 0.1");
        }
        spheres.add(
            new Sphere(
                vector(object, "center", where, null),
                positive(object, "radius", where),
                vector(object, "color", where, new Vec3(0.8, 0.8, 0.8)),
                reflect));
      }
    }
    return spheres;
  }

  private List<Plane> planes(JsonNode scene) throws IOException {
    List<Plane> planes = new ArrayList<>();
    for (int i = 0; i < objects(scene).size(); i++) {
      JsonNode object = objects(scene).get(i);
      String where = "objects[" + i + "]";
      String type = object.path("type").asText();
      if (type.equals("plane")) {
        Optional<Texture> texture = Optional.empty();
        if (object.has("texture")) {
          texture = Optional.of(texture(scene, object.path("texture").asText(), where));
        }
        planes.add(
            new Plane(
                number(object, "height", where, 0),
                texture,
                vector(object, "color", where, new Vec3(0.6, 0.6, 0.6)),
                positive(object, "tile", where, 2)));
      } else if (!type.equals("sphere")) {
        throw fault("'" + where + ".type' must be 'sphere' or 'plane', not '" + type + "'");
      }
    }
    return planes;
  }

  private JsonNode objects(JsonNode scene) throws SceneFormatException {
    JsonNode objects = scene.path("objects");
    if (!objects.isArray() || objects.isEmpty()) {
      throw fault("'objects' must list at least one sphere or plane");
    }
    return objects;
  }

  private Texture texture(JsonNode scene, String name, String where) throws IOException {
    Texture cached = loaded.get(name);
    if (cached != null) {
      return cached;
    }
    JsonNode path = scene.path("textures").path(name);
    if (!path.isTextual()) {
      throw fault(
          "'" + where + ".texture' is '" + name + "', which is not in the scene's 'textures' map");
    }
    RelativePath relative;
    try {
      relative = RelativePath.of(path.asText());
    } catch (UnsafePathException e) {
      throw fault("texture '" + name + "': " + e.getMessage(), e);
    }
    Path folder = file.toAbsolutePath().getParent();
    Path picture;
    try {
      picture = relative.resolveUnder(folder);
    } catch (UnsafePathException e) {
      throw fault("texture '" + name + "': " + e.getMessage(), e);
    }
    if (!Files.isRegularFile(picture)) {
      throw fault(
          "texture '"
              + name
              + "' is missing: there is no file "
              + picture
              + "; send "
              + relative
              + " with the scene");
    }
    BufferedImage image = ImageIO.read(picture.toFile());
    if (image == null) {
      throw fault(
          "texture '" + name + "' (" + picture + ") is not a picture: give a PNG or JPEG file");
    }
    Texture texture = new Texture(image);
    loaded.put(name, texture);
    return texture;
  }

  private double number(JsonNode object, String field, String where, double fallback)
      throws SceneFormatException {
    JsonNode value = object.get(field);
    if (value == null) {
      return fallback;
    }
    if (!value.isNumber()) {
      throw fault("'" + where + "." + field + "' must be a number, not " + value);
    }
    return value.asDouble();
  }

  private double positive(JsonNode object, String field, String where) throws SceneFormatException {
    if (!object.has(field)) {
      throw fault("'" + where + "." + field + "' is missing: give a number above 0");
    }
    return positive(object, field, where, 1);
  }

  private double positive(JsonNode object, String field, String where, double fallback)
      throws SceneFormatException {
    double value = number(object, field, where, fallback);
    if (!(value > 0)) {
      throw fault("'" + where + "." + field + "' must be above 0, not " + object.get(field));
    }
    return value;
  }

  private Vec3 vector(JsonNode object, String field, String where, Vec3 fallback)
      throws SceneFormatException {
    JsonNode value = object.get(field);
    if (value == null && fallback != null) {
      return fallback;
    }
    if (value == null
        || !value.isArray()
        || value.size() != 3
        || !value.get(0).isNumber()
        || !value.get(1).isNumber()
        || !value.get(2).isNumber()) {
      throw fault(
          "'"
              + where
              + "."
              + field
              + "' must be three numbers, such as [0.0, 1.0, 0.0]"
              + (value == null ? ", and is missing" : ", not " + value));
    }
    return new Vec3(value.get(0).asDouble(), value.get(1).asDouble(), value.get(2).asDouble());
  }

  private SceneFormatException fault(String problem) {
    return new SceneFormatException(file, problem);
  }

  private SceneFormatException fault(String problem, Throwable cause) {
    return new SceneFormatException(file, problem, cause);
  }
}
