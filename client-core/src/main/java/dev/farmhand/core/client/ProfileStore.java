package dev.farmhand.core.client;

import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.MalformedPayloadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The per-user config file of profiles: {@code $XDG_CONFIG_HOME/farmhand/config.json}, or {@code
 * ~/.config/farmhand/config.json}. Writes are atomic (a temporary file beside it, then a rename)
 * and owner-only (0600, its folder 0700), since the file holds keys. Thread-safe for reads; writers
 * in one process should not race (the last rename wins, never a torn file).
 */
public final class ProfileStore {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR =
      PosixFilePermissions.fromString("rwx------");

  private final Path file;

  public ProfileStore(Path file) {
    this.file = file;
  }

  /** The user's store, found as the environment and home folder say. */
  public static ProfileStore forUser(Map<String, String> env, Path home) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path config =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".config");
    return new ProfileStore(config.resolve("farmhand").resolve("config.json"));
  }

  /** This user's store. */
  public static ProfileStore forUser() {
    return forUser(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The config file. */
  public Path file() {
    return file;
  }

  /**
   * The stored profiles; {@link Profiles#NONE} when there is no file.
   *
   * @throws IOException if the file cannot be read, or is not a profiles document (the message
   *     names the file and the field)
   */
  public Profiles load() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException none) {
      return Profiles.NONE;
    }
    try {
      return Json.read(bytes, Profiles.class);
    } catch (MalformedPayloadException e) {
      throw new IOException(
          "the config file "
              + file
              + " is damaged ("
              + e.getMessage()
              + "): fix it, or delete it and run farmhand login again",
          e);
    }
  }

  /**
   * Stores the profile under the name and makes it the active one, keeping the others.
   *
   * @throws IllegalArgumentException if the name is not 1 to 64 letters, digits, {@code _ . -}
   * @throws IOException if the file cannot be written; the old file is then left as it was
   */
  public synchronized Profiles save(String name, Profile profile) throws IOException {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "profile name '" + name + "' must be 1 to 64 letters, digits, _, . or -");
    }
    Profiles next = load().with(name, profile);
    write(next);
    return next;
  }

  private void write(Profiles profiles) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      if (posix) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
      } else {
        Files.createDirectories(dir);
      }
    }
    FileAttribute<?>[] attributes =
        posix
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
            : new FileAttribute<?>[0];
    Path temp = Files.createTempFile(dir, ".config-", ".tmp", attributes);
    try {
      Files.write(temp, (Json.write(profiles) + "\n").getBytes(StandardCharsets.UTF_8));
      try (var channel =
          java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    if (posix) {
      Files.setPosixFilePermissions(file, OWNER_FILE);
    }
  }

  @Override
  public String toString() {
    return "ProfileStore[" + file + "]";
  }
}
