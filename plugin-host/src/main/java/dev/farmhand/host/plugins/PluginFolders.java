package dev.farmhand.host.plugins;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where plugins are looked for: the built-in folder that comes with Farmhand, and the user's own
 * folder, whose plugins replace built-in ones of the same name. Immutable.
 *
 * @param builtIn the built-in folder, if there is one
 * @param user the per-user folder; it need not exist
 */
public record PluginFolders(Optional<Path> builtIn, Path user) {
  /** The system property naming the built-in plugins folder; the launcher sets it. */
  public static final String BUILT_IN_PROPERTY = "farmhand.plugins";

  public PluginFolders {
    builtIn = Objects.requireNonNull(builtIn, "builtIn").map(p -> p.toAbsolutePath().normalize());
    user = Objects.requireNonNull(user, "user").toAbsolutePath().normalize();
  }

  /**
   * The folders of this process: the built-in one from {@code -Dfarmhand.plugins} (none when
   * unset), the user's from {@link #defaultUserFolder()}.
   */
  public static PluginFolders fromEnvironment() {
    String builtIn = System.getProperty(BUILT_IN_PROPERTY);
    return new PluginFolders(
        builtIn == null || builtIn.isBlank() ? Optional.empty() : Optional.of(Path.of(builtIn)),
        defaultUserFolder());
  }

  /**
   * {@code $XDG_DATA_HOME/farmhand/plugins}, or {@code ~/.local/share/farmhand/plugins} when that
   * variable is unset or not absolute.
   */
  public static Path defaultUserFolder() {
    String xdg = System.getenv("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "farmhand", "plugins");
    }
    return Path.of(System.getProperty("user.home"), ".local", "share", "farmhand", "plugins");
  }

  /** The user's folder as people write it: {@code ~/…} when it is under the home folder. */
  public String userForPeople() {
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
    return user.startsWith(home) && !user.equals(home)
        ? "~/" + home.relativize(user).toString().replace('\\', '/')
        : user.toString();
  }
}
