package dev.farmhand.host.plugins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a plugin's {@code plugin.json}. Every fault is reported with the file, the field
 * and what to write instead. Thread-safe.
 */
public final class PluginManifestReader {
  /** The manifest's file name in a plugin's folder. */
  public static final String FILE_NAME = "plugin.json";

  private static final Set<String> FIELDS =
      Set.of("name", "version", "dcc", "scene_extensions", "entry");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
  private static final Pattern MODULE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern EXTENSION = Pattern.compile("\\.[a-z0-9]+(\\.[a-z0-9]+)*");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Reads the manifest in a plugin's folder.
   *
   * @throws PluginManifestException if it is missing, not JSON, or a field is missing or wrong
   */
  public PluginManifest read(Path folder) throws PluginManifestException {
    Path file = folder.resolve(FILE_NAME);
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new PluginManifestException(file, "there is no such file; a plugin's folder needs one");
    } catch (JsonProcessingException e) {
      throw new PluginManifestException(
          file,
          "it is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + "): "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new PluginManifestException(file, "it cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new PluginManifestException(file, "it must hold one JSON object, like {\"name\": …}");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!FIELDS.contains(field)) {
        throw new PluginManifestException(
            file, "'" + field + "' is not a manifest field; the fields are " + sorted(FIELDS));
      }
    }
    String name = text(file, root, "name", NAME, "lower-case letters, digits, '-' or '_'");
    String version = text(file, root, "version", null, "a version such as 1.0.0");
    String dcc = text(file, root, "dcc", null, "the application it serves, such as Blender");
    List<String> extensions = extensions(file, root);
    String entry = text(file, root, "entry", MODULE, "a Python module name such as " + name);
    PluginManifest manifest =
        new PluginManifest(name, version, dcc, extensions, entry, folder.toAbsolutePath());
    if (!Files.isRegularFile(manifest.entryFile())) {
      throw new PluginManifestException(
          file,
          "'entry' names the module '"
              + entry
              + "' but there is no "
              + entry
              + ".py next to the manifest");
    }
    return manifest;
  }

  private static String text(
      Path file, JsonNode root, String field, Pattern pattern, String expected)
      throws PluginManifestException {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw new PluginManifestException(file, "'" + field + "' is missing: give " + expected);
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      throw new PluginManifestException(
          file, "'" + field + "' must be a non-empty string: give " + expected);
    }
    String value = node.asText().trim();
    if (pattern != null && !pattern.matcher(value).matches()) {
      throw new PluginManifestException(
          file, "'" + field + "' is '" + value + "', which is not allowed: give " + expected);
    }
    return value;
  }

  private static List<String> extensions(Path file, JsonNode root) throws PluginManifestException {
    JsonNode node = root.get("scene_extensions");
    String expected = "a list of file endings such as [\".blend\"]";
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw new PluginManifestException(
          file, "'scene_extensions' must be a non-empty list: give " + expected);
    }
    List<String> result = new ArrayList<>();
    for (JsonNode item : node) {
      String value = item.isTextual() ? item.asText().trim().toLowerCase(Locale.ROOT) : "";
      if (!EXTENSION.matcher(value).matches()) {
        throw new PluginManifestException(
            file,
            "'scene_extensions' holds " + item + ", which is not a file ending: give " + expected);
      }
      result.add(value);
    }
    return result;
  }

  private static String sorted(Set<String> fields) {
    return String.join(", ", fields.stream().sorted().toList());
  }
}
