package dev.farmhand.farm.render;

import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A home read by Sweet Home 3D's own {@code HomeFileRecorder}, and rendered by its {@code
 * PhotoRenderer} (SunFlow), reached by reflection so that the farm builds without Sweet Home 3D:
 * only the process that renders has it on its class path. Java 3D, which the renderer uses, needs a
 * display (Xvfb will do). Not thread-safe: one home, one thread.
 */
final class SweetHome3dHome {
  private static final String MODEL = "com.eteks.sweethome3d.model.";

  private final Path file;
  private final Object home;
  private final Object environment;

  private SweetHome3dHome(Path file, Object home) throws ReflectiveOperationException {
    this.file = file;
    this.home = home;
    this.environment = call(home, "getEnvironment");
  }

  /**
   * Reads a {@code .sh3d}.
   *
   * @throws SceneFormatException if Sweet Home 3D cannot read it, with its reason
   * @throws IllegalStateException if Sweet Home 3D is not on the class path
   */
  static SweetHome3dHome read(Path file) throws SceneFormatException {
    try {
      Class<?> recorder = sweetHome3d("com.eteks.sweethome3d.io.HomeFileRecorder");
      Object home =
          recorder
              .getMethod("readHome", String.class)
              .invoke(recorder.getConstructor().newInstance(), file.toString());
      return new SweetHome3dHome(file, home);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new SceneFormatException(
          file, "Sweet Home 3D cannot read it: " + describe(cause), cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Sweet Home 3D's classes do not answer as expected: " + e, e);
    }
  }

  /** The cameras the user stored, in their order. */
  List<CameraPose> storedCameras() throws ReflectiveOperationException {
    return poses((List<?>) call(home, "getStoredCameras"));
  }

  /** The camera the home is seen through now (the top view or the virtual visitor). */
  CameraPose currentCamera() throws ReflectiveOperationException {
    return pose(call(home, "getCamera"));
  }

  /** The cameras of the video path. */
  List<CameraPose> videoPath() throws ReflectiveOperationException {
    return poses((List<?>) call(environment, "getVideoCameraPath"));
  }

  /** A picture's size and quality, as the home's environment gives them. */
  record Picture(int width, int height, int quality) {}

  /** The photo's settings. */
  Picture photo() throws ReflectiveOperationException {
    return picture("Photo");
  }

  /** The video's settings. */
  Picture video() throws ReflectiveOperationException {
    return picture("Video");
  }

  private Picture picture(String which) throws ReflectiveOperationException {
    return new Picture(
        (Integer) call(environment, "get" + which + "Width"),
        (Integer) call(environment, "get" + which + "Height"),
        (Integer) call(environment, "get" + which + "Quality"));
  }

  int videoFrameRate() throws ReflectiveOperationException {
    return (Integer) call(environment, "getVideoFrameRate");
  }

  double videoSpeed() throws ReflectiveOperationException {
    return (Float) call(environment, "getVideoSpeed");
  }

  /** A renderer of this home at a quality from 0 to 3, as the home's settings give it. */
  Renderer renderer(int quality) throws ReflectiveOperationException {
    Class<?> photoRenderer = sweetHome3d("com.eteks.sweethome3d.j3d.PhotoRenderer");
    Class<?> qualities = sweetHome3d("com.eteks.sweethome3d.j3d.PhotoRenderer$Quality");
    // Qualities 0 and 1 are Sweet Home 3D's OpenGL previews; the farm ray-traces them at LOW.
    Object level =
        qualities.getMethod("valueOf", String.class).invoke(null, quality >= 3 ? "HIGH" : "LOW");
    Object renderer =
        photoRenderer
            .getConstructor(sweetHome3d(MODEL + "Home"), qualities)
            .newInstance(home, level);
    return new Renderer(renderer);
  }

  /** One {@code PhotoRenderer}: the home's 3D scene built once, rendered through many cameras. */
  final class Renderer implements AutoCloseable {
    private final Object renderer;

    private Renderer(Object renderer) {
      this.renderer = renderer;
    }

    /** Renders the home through {@code pose} into a new image of the size given. */
    BufferedImage render(CameraPose pose, int width, int height)
        throws ReflectiveOperationException {
      Class<?> cameraClass = sweetHome3d(MODEL + "Camera");
      Object camera =
          cameraClass
              .getConstructor(
                  float.class, float.class, float.class, float.class, float.class, float.class)
              .newInstance(
                  (float) pose.x(),
                  (float) pose.y(),
                  (float) pose.z(),
                  (float) pose.yaw(),
                  (float) pose.pitch(),
                  (float) pose.fieldOfView());
      cameraClass.getMethod("setTime", long.class).invoke(camera, pose.time());
      Class<?> lenses = sweetHome3d(MODEL + "Camera$Lens");
      Object lens = lenses.getMethod("valueOf", String.class).invoke(null, pose.lens());
      cameraClass.getMethod("setLens", lenses).invoke(camera, lens);
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      renderer
          .getClass()
          .getMethod("render", BufferedImage.class, cameraClass, ImageObserver.class)
          .invoke(renderer, image, camera, null);
      return image;
    }

    @Override
    public void close() throws ReflectiveOperationException {
      renderer.getClass().getMethod("dispose").invoke(renderer);
    }
  }

  /** The home's file. */
  Path file() {
    return file;
  }

  private static List<CameraPose> poses(List<?> cameras) throws ReflectiveOperationException {
    List<CameraPose> poses = new ArrayList<>();
    for (Object camera : cameras) {
      poses.add(pose(camera));
    }
    return List.copyOf(poses);
  }

  private static CameraPose pose(Object camera) throws ReflectiveOperationException {
    return new CameraPose(
        (Float) call(camera, "getX"),
        (Float) call(camera, "getY"),
        (Float) call(camera, "getZ"),
        (Float) call(camera, "getYaw"),
        (Float) call(camera, "getPitch"),
        (Float) call(camera, "getFieldOfView"),
        (Long) call(camera, "getTime"),
        ((Enum<?>) call(camera, "getLens")).name());
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    return target.getClass().getMethod(method).invoke(target);
  }

  private static Class<?> sweetHome3d(String name) throws ClassNotFoundException {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "Sweet Home 3D is not on the class path: " + name + " is missing", e);
    }
  }

  private static String describe(Throwable fault) {
    StringBuilder text = new StringBuilder(String.valueOf(fault.getMessage()));
    for (Throwable cause = fault.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
        text.append(": ").append(cause.getMessage());
      }
    }
    return text.toString();
  }
}
