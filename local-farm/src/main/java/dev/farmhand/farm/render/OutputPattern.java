package dev.farmhand.farm.render;

import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.paths.UnsafePathException;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a task's frames are named: a path inside the output folder whose file name holds one run of
 * {@code #}, replaced by the frame number zero-padded to the run's length ({@code ####} gives
 * {@code 0007}; a longer number keeps all its digits: {@code 12345}). A negative frame keeps its
 * minus sign in front of the padded digits: {@code -0007}. Immutable; thread-safe.
 */
public final class OutputPattern {
  private static final Pattern RUN = Pattern.compile("#+");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");

  private final String text;
  private final String prefix;
  private final int width;
  private final String suffix;

  private OutputPattern(String text, String prefix, int width, String suffix) {
    this.text = text;
    this.prefix = prefix;
    this.width = width;
    this.suffix = suffix;
  }

  /**
   * Checks a pattern such as {@code renders/turntable_####.png}.
   *
   * @throws InvalidOutputPatternException if it is not a safe relative path (see {@link
   *     RelativePath#of}), has a {@code #} in a folder name, or has no run or more than one run of
   *     {@code #} in its file name
   */
  public static OutputPattern of(String text) {
    RelativePath path;
    try {
      path = RelativePath.of(text);
    } catch (UnsafePathException e) {
      throw new InvalidOutputPatternException(e.path(), e.problem(), e);
    }
    List<String> segments = path.segments();
    for (String folder : segments.subList(0, segments.size() - 1)) {
      if (folder.indexOf('#') >= 0) {
        throw new InvalidOutputPatternException(
            text,
            "has '#' in the folder name '"
                + folder
                + "': only the file name holds the frame number, as in renders/shot_####.png");
      }
    }
    String name = path.fileName();
    Matcher run = RUN.matcher(name);
    if (!run.find()) {
      throw new InvalidOutputPatternException(
          text, "has no '#' for the frame number: write it as " + withRun(text));
    }
    int start = text.length() - name.length() + run.start();
    int end = text.length() - name.length() + run.end();
    if (run.find()) {
      throw new InvalidOutputPatternException(
          text,
          "has more than one run of '#' in its file name: keep one, as in renders/shot_####.png");
    }
    return new OutputPattern(text, text.substring(0, start), end - start, text.substring(end));
  }

  private static String withRun(String text) {
    int slash = text.lastIndexOf('/');
    int dot = text.lastIndexOf('.');
    if (dot <= slash + 1) {
      return text + "_####";
    }
    return text.substring(0, dot) + "_####" + text.substring(dot);
  }

  /** The path of a frame inside the output folder: {@code renders/turntable_0007.png}. */
  public String fileFor(int frame) {
    String digits = Long.toString(Math.abs((long) frame));
    StringBuilder name = new StringBuilder(prefix.length() + width + suffix.length() + 1);
    name.append(prefix);
    if (frame < 0) {
      name.append('-');
    }
    name.append("0".repeat(Math.max(0, width - digits.length()))).append(digits).append(suffix);
    return name.toString();
  }

  /**
   * The frame a path inside the output folder belongs to, or empty when the pattern does not name
   * it. Only the name the pattern gives a frame counts: with {@code ####}, {@code 0007} is frame 7
   * but {@code 7} and {@code 00007} belong to no frame.
   */
  public OptionalInt frameOf(String path) {
    if (!path.startsWith(prefix)
        || !path.endsWith(suffix)
        || path.length() < prefix.length() + suffix.length()) {
      return OptionalInt.empty();
    }
    String number = path.substring(prefix.length(), path.length() - suffix.length());
    if (!NUMBER.matcher(number).matches()) {
      return OptionalInt.empty();
    }
    int frame;
    try {
      frame = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
    return fileFor(frame).equals(path) ? OptionalInt.of(frame) : OptionalInt.empty();
  }

  /** How many digits a frame number is padded to: the length of the run of {@code #}. */
  public int width() {
    return width;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutputPattern that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The pattern as given: {@code renders/turntable_####.png}. */
  @Override
  public String toString() {
    return text;
  }
}
