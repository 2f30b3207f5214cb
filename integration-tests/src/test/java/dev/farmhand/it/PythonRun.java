package dev.farmhand.it;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.core.client.ProfileStore;
import dev.farmhand.farm.LocalFarm;
import dev.farmhand.host.plugins.PluginFolders;
import dev.farmhand.host.plugins.PluginRegistry;
import dev.farmhand.host.scenes.SceneJobs;
import dev.farmhand.host.scripting.ScriptRunner;
import dev.farmhand.host.scripting.ScriptSession;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Python script run in this process as {@code farmhand script} runs it, with {@code
 * farmhand.connect()} defaulting to a local farm and a user's key; no environment variables and no
 * stored profiles are read.
 *
 * @param exit the exit code
 * @param out what the script printed
 * @param err its errors and tracebacks
 */
record PythonRun(int exit, String out, String err) {
  static final Path PLUGINS = Path.of("..", "plugins").toAbsolutePath().normalize();

  /** Writes {@code code} as {@code folder/NAME.py} and runs it as a user of account studio. */
  static PythonRun of(LocalFarm farm, String user, Path folder, String name, String code)
      throws Exception {
    Path script = Files.writeString(folder.resolve(name + ".py"), code);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ClientConfig config =
        new ClientConfig(Map.of(), new ProfileStore(folder.resolve("no-profiles.json")));
    ClientConfig.Flags defaults =
        new ClientConfig.Flags(farm.url(), farm.credentials().key("studio", user), null, null);
    SceneJobs scenes =
        new SceneJobs(
            () -> PluginRegistry.discover(new PluginFolders(Optional.of(PLUGINS), folder)),
            notice -> err.write("farmhand: " + notice + "\n"));
    try (ScriptSession session = new ScriptSession(config, defaults, scenes)) {
      int exit = new ScriptRunner(out, err).run(script, List.of(), session);
      return new PythonRun(exit, out.toString(), err.toString());
    }
  }

  /** A Python string literal of the path. */
  static String literal(Path path) {
    return "r'" + path.toAbsolutePath() + "'";
  }
}
