package dev.farmhand.farm.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web page's files, built into the farm's jar (no CDN, no build step): HTML, CSS and JavaScript
 * modules under {@code dev/farmhand/farm/web/}. Only plain file names are served, so a path never
 * reaches beyond that folder. Thread-safe.
 */
public final class WebAssets {
  private static final String FOLDER = "/dev/farmhand/farm/web/";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(html|js|css|svg)");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml");

  /**
   * The policy every page answer carries: scripts, styles, images and connections from the farm
   * itself only; no frames, no plugins, no inline script.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** A file and its content type. */
  public record Asset(byte[] bytes, String contentType) {}

  private WebAssets() {}

  /** The file of this name, or empty when there is none (or the name is not a plain file name). */
  public static Optional<Asset> find(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    try (InputStream in = WebAssets.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        return Optional.empty();
      }
      String extension = name.substring(name.lastIndexOf('.') + 1);
      return Optional.of(new Asset(in.readAllBytes(), TYPES.get(extension)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
