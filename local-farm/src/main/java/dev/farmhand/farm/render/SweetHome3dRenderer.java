package dev.farmhand.farm.render;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Renders Sweet Home 3D homes ({@code .sh3d}) with Sweet Home 3D's own photo renderer, as {@link
 * SweetHome3dRenderMain} in a new JVM with Sweet Home 3D's jars on its class path, under {@code
 * xvfb-run} because Java 3D needs a display. Two of them: {@code sweethome3d} renders photos of the
 * home's stored cameras, {@code sweethome3d-video} the frames of its video path. Immutable apart
 * from a counter that gives each task its own X display; thread-safe.
 */
public final class SweetHome3dRenderer implements Renderer {
  /** The name of the renderer of photos: frame N is the home's N-th stored camera. */
  public static final String PHOTO = "sweethome3d";

  /** The name of the renderer of video frames: frame N is the N-th frame of the video path. */
  public static final String VIDEO = "sweethome3d-video";

  /** The first X display number tried; {@code xvfb-run -a} looks upwards from it for a free one. */
  private static final int FIRST_DISPLAY = 120;

  private final boolean video;
  private final Optional<Path> xvfbRun;
  private final SweetHome3dInstall install;
  private final Path java;
  private final String farmClassPath;
  private final AtomicInteger displays = new AtomicInteger();

  private SweetHome3dRenderer(
      boolean video,
      Optional<Path> xvfbRun,
      SweetHome3dInstall install,
      Path java,
      String farmClassPath) {
    this.video = video;
    this.xvfbRun = xvfbRun;
    this.install = Objects.requireNonNull(install, "install");
    this.java = Objects.requireNonNull(java, "java");
    this.farmClassPath = Objects.requireNonNull(farmClassPath, "farmClassPath");
  }

  /** The photo renderer: {@code xvfb-run} looked for on {@code path} once, now. */
  public static SweetHome3dRenderer photos(SearchPath path, SweetHome3dInstall install) {
    return new SweetHome3dRenderer(
        false, path.find("xvfb-run"), install, thisJava(), thisClassPath());
  }

  /** The video renderer: {@code xvfb-run} looked for on {@code path} once, now. */
  public static SweetHome3dRenderer video(SearchPath path, SweetHome3dInstall install) {
    return new SweetHome3dRenderer(
        true, path.find("xvfb-run"), install, thisJava(), thisClassPath());
  }

  private static Path thisJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  private static String thisClassPath() {
    return System.getProperty("java.class.path");
  }

  @Override
  public String name() {
    return video ? VIDEO : PHOTO;
  }

  /**
   * Empty when the jars are files and {@code xvfb-run} is on the PATH; otherwise names what is
   * missing and the Debian packages that bring it: {@code no worker has Sweet Home 3D:
   * /usr/share/sweethome3d/sweethome3d.jar is missing (Debian: apt-get install sweethome3d)}, or,
   * for a jar the farm was pointed at elsewhere, {@code farm start --sweethome3d-jar}. Asked afresh
   * each time, so a farm sees a package installed while it runs.
   */
  @Override
  public Optional<String> unavailable() {
    List<String> faults = new ArrayList<>();
    List<Path> missing = new ArrayList<>(install.missing());
    if (missing.contains(install.jar()) && !install.jar().equals(SweetHome3dInstall.DEBIAN.jar())) {
      // The farm was pointed at this jar: installing Debian's package would not bring it.
      missing.remove(install.jar());
      faults.add(
          install.jar()
              + " is missing (point farm start --sweethome3d-jar at Sweet Home 3D's"
              + " sweethome3d.jar)");
    }
    if (!missing.isEmpty()) {
      faults.add(
          missing.stream().map(Path::toString).collect(Collectors.joining(", "))
              + (missing.size() == 1 ? " is" : " are")
              + " missing (Debian: apt-get install sweethome3d)");
    }
    if (xvfbRun.isEmpty()) {
      faults.add("'xvfb-run' is not on the PATH (Debian: apt-get install xvfb xauth)");
    }
    return faults.isEmpty()
        ? Optional.empty()
        : Optional.of("no worker has Sweet Home 3D: " + String.join("; ", faults));
  }

  /**
   * {@code xvfb-run -a -n <display> -s "-screen 0 1280x1024x24" <java> -Djava.library.path=<native>
   * -cp <farm>:<Sweet Home 3D's jars> dev.farmhand.farm.render.SweetHome3dRenderMain --home
   * <workspace>/<scene> --mode photo|video --output-dir <outputDir> --output <pattern> --frames
   * <frames, comma separated>}.
   *
   * @throws IllegalStateException if it cannot run here: ask {@link #unavailable()} first
   * @throws InvalidOutputPatternException if the task's output pattern is not one
   */
  @Override
  public List<String> command(RenderTask task) {
    Optional<String> reason = unavailable();
    if (reason.isPresent()) {
      throw new IllegalStateException(reason.get());
    }
    OutputPattern pattern = OutputPattern.of(task.outputPattern());
    List<String> classPath = new ArrayList<>();
    classPath.add(farmClassPath);
    install.classPath().forEach(jar -> classPath.add(jar.toString()));
    // Tasks that start together would race for one display: each starts looking at its own.
    int display = FIRST_DISPLAY + Math.floorMod(displays.getAndIncrement(), 400) * 2;
    return List.of(
        xvfbRun.orElseThrow().toString(),
        "-a",
        "-n",
        Integer.toString(display),
        "-s",
        "-screen 0 1280x1024x24",
        java.toString(),
        "-XX:+UseSerialGC",
        "-Djava.library.path=" + install.nativeLibraries(),
        "-Dcom.eteks.sweethome3d.j3d.checkOffScreenSupport=false",
        "-cp",
        String.join(File.pathSeparator, classPath),
        SweetHome3dRenderMain.class.getName(),
        "--home",
        task.workspace().resolve(task.scene().toString()).toString(),
        "--mode",
        video ? "video" : "photo",
        "--output-dir",
        task.outputDir().toString(),
        "--output",
        pattern.toString(),
        "--frames",
        task.frames().stream().map(String::valueOf).collect(Collectors.joining(",")));
  }
}
