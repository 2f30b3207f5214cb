package dev.farmhand.farm.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where Sweet Home 3D is on a worker: its jar, the jars it needs beside it (Java 3D, vecmath,
 * SunFlow, Janino) and the folder of Java 3D's native library. The farm never builds against Sweet
 * Home 3D: it puts these on the class path of the process that renders. Immutable.
 *
 * @param jar {@code sweethome3d.jar}
 * @param libraries the jars it needs, in class path order
 * @param nativeLibraries the folder holding Java 3D's native library ({@code java.library.path})
 */
public record SweetHome3dInstall(Path jar, List<Path> libraries, Path nativeLibraries) {
  /** Debian's package {@code sweethome3d}, as its own launcher finds it. */
  public static final SweetHome3dInstall DEBIAN =
      new SweetHome3dInstall(
          Path.of("/usr/share/sweethome3d/sweethome3d.jar"),
          List.of(
              Path.of("/usr/share/java/j3dcore.jar"),
              Path.of("/usr/share/java/j3dutils.jar"),
              Path.of("/usr/share/java/vecmath.jar"),
              Path.of("/usr/share/java/sunflow.jar"),
              Path.of("/usr/share/java/janino.jar"),
              Path.of("/usr/share/java/commons-compiler.jar")),
          Path.of("/usr/lib/jni"));

  public SweetHome3dInstall {
    Objects.requireNonNull(jar, "jar");
    libraries = List.copyOf(libraries);
    Objects.requireNonNull(nativeLibraries, "nativeLibraries");
  }

  /** Debian's layout with {@code sweethome3d.jar} somewhere else. */
  public static SweetHome3dInstall debianWithJar(Path jar) {
    return new SweetHome3dInstall(jar, DEBIAN.libraries(), DEBIAN.nativeLibraries());
  }

  /** The jar and each library that is not a file, in class path order; empty when all are. */
  public List<Path> missing() {
    List<Path> missing = new ArrayList<>();
    for (Path file : classPath()) {
      if (!Files.isRegularFile(file)) {
        missing.add(file);
      }
    }
    return List.copyOf(missing);
  }

  /** The jar, then the libraries. */
  public List<Path> classPath() {
    List<Path> files = new ArrayList<>();
    files.add(jar);
    files.addAll(libraries);
    return List.copyOf(files);
  }
}
