package dev.farmhand.farm.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A sample scene ({@code farmhand-scene/1}) as the sample renderer draws it: the first renderable
 * camera, directional lights, spheres and ground planes, textures loaded. Immutable.
 */
record SampleScene(
    Path file,
    String title,
    int width,
    int height,
    Camera camera,
    List<Light> lights,
    List<Sphere> spheres,
    List<Plane> planes) {
  SampleScene {
    lights = List.copyOf(lights);
    spheres = List.copyOf(spheres);
    planes = List.copyOf(planes);
  }

  /**
   * A camera circling {@code target} at {@code distance} and {@code height}, turning {@code
   * degreesPerFrame} each frame, with a vertical field of view of {@code fovDegrees}.
   */
  record Camera(
      String name,
      double degreesPerFrame,
      double distance,
      double height,
      Vec3 target,
      double fovDegrees) {}

  /** Light from far away, travelling along {@code direction}; {@code color} holds the intensity. */
  record Light(Vec3 direction, Vec3 color) {}

  /** A sphere of one colour; {@code reflect} is how much of the world it mirrors (0 to 1). */
  record Sphere(Vec3 center, double radius, Vec3 color, double reflect) {}

  /**
   * The ground at {@code height}: a texture repeated every {@code tile} units when it has one, or
   * one colour.
   */
  record Plane(double height, Optional<Texture> texture, Vec3 color, double tile) {}
}
