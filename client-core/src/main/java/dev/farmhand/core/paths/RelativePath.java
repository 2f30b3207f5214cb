package dev.farmhand.core.paths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A path inside a folder, as the protocol carries it: segments joined by {@code /}, never absolute,
 * never stepping out with {@code ..}. Dependencies in a job's workspace and outputs in a download
 * folder are placed with it, so a path from a scene or a farm cannot land outside the folder it
 * belongs in. Immutable; thread-safe.
 */
public final class RelativePath {
  private static final int MAX_LENGTH = 4096;
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private final String text;
  private final List<String> segments;

  private RelativePath(String text, List<String> segments) {
    this.text = text;
    this.segments = segments;
  }

  /**
   * Checks a relative path such as {@code textures/wood.png}.
   *
   * @throws UnsafePathException if it is empty, absolute, has a drive letter or backslashes, or a
   *     segment that is empty, {@code .} or {@code ..}
   */
  public static RelativePath of(String text) {
    if (text == null || text.isEmpty()) {
      throw new UnsafePathException("", "is empty: give a path inside the folder, such as a/b.png");
    }
    if (text.length() > MAX_LENGTH) {
      throw new UnsafePathException(
          text.substring(0, 40) + "…", "is longer than " + MAX_LENGTH + " characters");
    }
    if (text.indexOf('\0') >= 0) {
      throw new UnsafePathException(text.replace('\0', '?'), "holds a NUL character");
    }
    if (text.startsWith("/") || text.startsWith("\\\\")) {
      throw new UnsafePathException(
          text, "is absolute: give it relative to its folder, such as " + tail(text));
    }
    if (DRIVE.matcher(text).matches()) {
      throw new UnsafePathException(
          text, "names a drive: give it relative to its folder, such as " + tail(text));
    }
    if (text.indexOf('\\') >= 0) {
      throw new UnsafePathException(
          text, "uses '\\': separate folders with '/', as in " + text.replace('\\', '/'));
    }
    List<String> segments = List.of(text.split("/", -1));
    for (String segment : segments) {
      if (segment.equals("..")) {
        throw new UnsafePathException(text, "leaves its folder: '..' is not allowed");
      }
      if (segment.isEmpty() || segment.equals(".")) {
        throw new UnsafePathException(
            text, "has an empty or '.' part: write it without '//', './' or a trailing '/'");
      }
    }
    return new RelativePath(text, segments);
  }

  /** The path's segments, first to last. */
  public List<String> segments() {
    return segments;
  }

  /** The file name: the last segment. */
  public String fileName() {
    return segments.get(segments.size() - 1);
  }

  /**
   * Where this path lands under {@code root}, after checking that no existing folder or file on the
   * way is a link that leads out of {@code root}.
   *
   * @throws UnsafePathException if a link on the way leads outside {@code root}
   * @throws IOException if the links cannot be read
   */
  public Path resolveUnder(Path root) throws IOException {
    Path realRoot = root.toRealPath();
    Path current = realRoot;
    for (String segment : segments) {
      current = current.resolve(segment);
      if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
        return realRoot.resolve(text);
      }
      if (Files.isSymbolicLink(current)) {
        Path target = current.toRealPath();
        if (!target.startsWith(realRoot)) {
          throw new UnsafePathException(
              text, "goes through the link " + current + ", which leads outside " + realRoot);
        }
      }
    }
    Path resolved = realRoot.resolve(text);
    if (!resolved.toRealPath().startsWith(realRoot)) {
      throw new UnsafePathException(text, "leads outside " + realRoot + " through a link");
    }
    return resolved;
  }

  private static String tail(String text) {
    String[] parts = text.split("[/\\\\]");
    return parts.length == 0 ? "a/b.png" : parts[parts.length - 1];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RelativePath that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The path as given: {@code textures/wood.png}. */
  @Override
  public String toString() {
    return text;
  }
}
