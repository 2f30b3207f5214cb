package dev.farmhand.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.farmhand.core.frames.FrameSpec;
import dev.farmhand.core.paths.RelativePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample scene is one a new user can submit as it is: valid frames, outputs inside the job's
 * output folder, every texture present beside it, and something to render.
 */
class SampleScenesTest {
  static final Path SCENES = Path.of("scenes").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> scenes() throws Exception {
    try (Stream<Path> files = Files.walk(SCENES)) {
      return files.filter(f -> f.toString().endsWith(".fhscene")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenes")
  void isASceneANewUserCanSubmitAsItIs(Path file) throws Exception {
    JsonNode scene = JSON.readTree(file.toFile());

    assertThat(scene.get("format").asText()).isEqualTo("farmhand-scene/1");
    assertThat(scene.get("title").asText()).isNotBlank();
    assertThat(FrameSpec.parse(scene.get("frames").asText()).size()).isPositive();
    assertThat(scene.get("resolution")).hasSize(2);
    for (JsonNode side : scene.get("resolution")) {
      assertThat(side.asInt()).isBetween(16, 4096);
    }

    String output = scene.get("output").asText();
    assertThat(RelativePath.of(output).fileName()).contains("####").endsWith(".png");

    Set<String> textures = new HashSet<>();
    scene
        .get("textures")
        .properties()
        .forEach(
            texture -> {
              textures.add(texture.getKey());
              Path path =
                  file.getParent().resolve(RelativePath.of(texture.getValue().asText()).toString());
              assertThat(path).as("texture %s of %s", texture.getKey(), file).isRegularFile();
            });

    assertThat(scene.get("cameras").findValues("renderable"))
        .as("a renderable camera")
        .anyMatch(JsonNode::asBoolean);
    assertThat(scene.get("lights")).isNotEmpty();
    assertThat(scene.get("objects")).isNotEmpty();
    for (JsonNode object : scene.get("objects")) {
      assertThat(object.get("type").asText()).isIn("sphere", "plane");
      if (object.has("texture")) {
        assertThat(textures).contains(object.get("texture").asText());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenes")
  void itsTexturesArePictures(Path file) throws Exception {
    JsonNode scene = JSON.readTree(file.toFile());
    for (JsonNode texture : scene.get("textures")) {
      Path path = file.getParent().resolve(texture.asText());
      assertThat(javax.imageio.ImageIO.read(path.toFile())).as("%s is a picture", path).isNotNull();
    }
  }
}
