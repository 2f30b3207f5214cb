package dev.farmhand.farm.render;

import dev.farmhand.farm.render.SampleScene.Camera;
import dev.farmhand.farm.render.SampleScene.Light;
import dev.farmhand.farm.render.SampleScene.Plane;
import dev.farmhand.farm.render.SampleScene.Sphere;
import java.awt.image.BufferedImage;

/**
 * A small ray tracer for sample scenes: a pinhole camera orbiting its target, Lambert and
 * Blinn-Phong shading, hard shadows, one bounce of reflection on spheres, textured ground fading
 * into the haze, and a sky gradient. Four rays a pixel. Stateless; thread-safe.
 */
final class SampleTracer {
  private static final double EPSILON = 1e-4;
  private static final double SHININESS = 48;
  private static final double SPECULAR = 0.5;
  private static final double HAZE = 0.035;
  private static final int MAX_DEPTH = 2;
  private static final Vec3 ZENITH = new Vec3(0.16, 0.32, 0.75);
  private static final Vec3 HORIZON = new Vec3(0.72, 0.8, 0.9);
  private static final Vec3 GROUND_BOUNCE = new Vec3(0.18, 0.16, 0.14);
  private static final double[][] SUBPIXELS = {
    {0.25, 0.25}, {0.75, 0.25}, {0.25, 0.75}, {0.75, 0.75}
  };

  private final SampleScene scene;

  SampleTracer(SampleScene scene) {
    this.scene = scene;
  }

  /** Renders {@code frame} at the scene's resolution; the camera turns with the frame number. */
  BufferedImage render(int frame) {
    int width = scene.width();
    int height = scene.height();
    Camera camera = scene.camera();
    double angle = Math.toRadians(camera.degreesPerFrame() * frame);
    Vec3 eye =
        new Vec3(
            camera.target().x() + camera.distance() * Math.sin(angle),
            camera.height(),
            camera.target().z() + camera.distance() * Math.cos(angle));
    Vec3 forward = camera.target().minus(eye).normalized();
    Vec3 right = forward.cross(Vec3.UP).normalized();
    if (right.length() == 0) {
      right = new Vec3(1, 0, 0);
    }
    Vec3 up = right.cross(forward);
    double halfHeight = Math.tan(Math.toRadians(camera.fovDegrees()) / 2);
    double halfWidth = halfHeight * width / height;

    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        Vec3 sum = Vec3.ZERO;
        for (double[] subpixel : SUBPIXELS) {
          double u = ((x + subpixel[0]) / width * 2 - 1) * halfWidth;
          double v = (1 - (y + subpixel[1]) / height * 2) * halfHeight;
          Vec3 direction = forward.plusScaled(right, u).plusScaled(up, v).normalized();
          sum = sum.plus(trace(eye, direction, 0));
        }
        row[x] = Tone.pixel(sum.times(1.0 / SUBPIXELS.length));
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    return image;
  }

  private Vec3 trace(Vec3 origin, Vec3 direction, int depth) {
    double nearest = Double.POSITIVE_INFINITY;
    Sphere hitSphere = null;
    for (Sphere sphere : scene.spheres()) {
      double t = hit(sphere, origin, direction);
      if (t < nearest) {
        nearest = t;
        hitSphere = sphere;
      }
    }
    Plane hitPlane = null;
    for (Plane plane : scene.planes()) {
      double t = hit(plane, origin, direction);
      if (t < nearest) {
        nearest = t;
        hitPlane = plane;
        hitSphere = null;
      }
    }
    if (nearest == Double.POSITIVE_INFINITY) {
      return sky(direction);
    }
    Vec3 point = origin.plusScaled(direction, nearest);
    Vec3 toEye = direction.times(-1);
    if (hitSphere != null) {
      Vec3 normal = point.minus(hitSphere.center()).times(1 / hitSphere.radius());
      Vec3 color = shade(point, normal, toEye, hitSphere.color(), 1);
      if (depth < MAX_DEPTH && hitSphere.reflect() > 0) {
        Vec3 mirrored = direction.plusScaled(normal, -2 * direction.dot(normal));
        double fresnel = Math.pow(1 - Math.max(0, normal.dot(toEye)), 5);
        double amount = hitSphere.reflect() + (1 - hitSphere.reflect()) * fresnel * 0.3;
        Vec3 reflected = trace(point.plusScaled(normal, EPSILON), mirrored, depth + 1);
        color = color.mix(reflected, amount);
      }
      return color;
    }
    Vec3 normal = origin.y() >= hitPlane.height() ? Vec3.UP : new Vec3(0, -1, 0);
    Vec3 albedo =
        hitPlane.texture().isPresent()
            ? hitPlane
                .texture()
                .get()
                .sample(point.x() / hitPlane.tile(), point.z() / hitPlane.tile())
            : hitPlane.color();
    Vec3 color = shade(point, normal, toEye, albedo, 0.2);
    return sky(direction).mix(color, Math.exp(-HAZE * nearest));
  }

  /** Hemisphere ambient, then each light: Lambert diffuse and a Blinn-Phong highlight. */
  private Vec3 shade(Vec3 point, Vec3 normal, Vec3 toEye, Vec3 albedo, double gloss) {
    Vec3 ambient = GROUND_BOUNCE.mix(ZENITH.mix(HORIZON, 0.5), 0.5 + 0.5 * normal.y());
    Vec3 color = albedo.times(ambient).times(0.6);
    Vec3 lifted = point.plusScaled(normal, EPSILON);
    for (Light light : scene.lights()) {
      Vec3 toLight = light.direction().times(-1);
      double diffuse = normal.dot(toLight);
      if (diffuse <= 0 || inShadow(lifted, toLight)) {
        continue;
      }
      Vec3 halfway = toLight.plus(toEye).normalized();
      double highlight = Math.pow(Math.max(0, normal.dot(halfway)), SHININESS) * SPECULAR * gloss;
      color =
          color
              .plus(albedo.times(light.color()).times(diffuse))
              .plus(light.color().times(highlight));
    }
    return color;
  }

  private boolean inShadow(Vec3 point, Vec3 toLight) {
    for (Sphere sphere : scene.spheres()) {
      if (hit(sphere, point, toLight) < Double.POSITIVE_INFINITY) {
        return true;
      }
    }
    return false;
  }

  private static Vec3 sky(Vec3 direction) {
    double up = Math.max(0, direction.y());
    return HORIZON.mix(ZENITH, Math.sqrt(up));
  }

  /** The distance along the ray to the sphere, or infinity when it misses. */
  private static double hit(Sphere sphere, Vec3 origin, Vec3 direction) {
    Vec3 offset = origin.minus(sphere.center());
    double b = offset.dot(direction);
    double c = offset.dot(offset) - sphere.radius() * sphere.radius();
    double discriminant = b * b - c;
    if (discriminant < 0) {
      return Double.POSITIVE_INFINITY;
    }
    double root = Math.sqrt(discriminant);
    double t = -b - root;
    if (t <= EPSILON) {
      t = -b + root;
    }
    return t > EPSILON ? t : Double.POSITIVE_INFINITY;
  }

  private static double hit(Plane plane, Vec3 origin, Vec3 direction) {
    if (Math.abs(direction.y()) < 1e-9) {
      return Double.POSITIVE_INFINITY;
    }
    double t = (plane.height() - origin.y()) / direction.y();
    return t > EPSILON ? t : Double.POSITIVE_INFINITY;
  }
}
