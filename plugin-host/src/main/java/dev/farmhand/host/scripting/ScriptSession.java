package dev.farmhand.host.scripting;

import dev.farmhand.core.client.ClientConfig;
import dev.farmhand.core.client.ConfigException;
import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.client.FarmSettings;
import dev.farmhand.core.protocol.Me;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.host.plugins.PluginException;
import dev.farmhand.host.plugins.PluginScene;
import dev.farmhand.host.plugins.SceneInfo;
import dev.farmhand.host.scenes.SceneJobs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * What the {@code farmhand} Python module of one interpreter shares: where {@code
 * farmhand.connect()} finds a farm and key the script does not name (for {@code farmhand script},
 * the command's {@code --farm}, {@code --key} and {@code --profile}; then {@code FARMHAND_FARM} and
 * {@code FARMHAND_KEY}; then the profile), the plugins that read scenes, and the farms it connected
 * to. {@link #close()} closes them all, with their event feeds. Thread-safe.
 */
public final class ScriptSession implements AutoCloseable {
  private final ClientConfig config;
  private final ClientConfig.Flags defaults;
  private final SceneJobs scenes;
  private final List<ScriptFarm> farms = new CopyOnWriteArrayList<>();

  /**
   * @param config the environment and profiles the farm and key are resolved from
   * @param defaults the flags that apply when a script names no farm and no profile
   * @param scenes the plugins that read scenes; closed with the session
   */
  public ScriptSession(ClientConfig config, ClientConfig.Flags defaults, SceneJobs scenes) {
    this.config = Objects.requireNonNull(config, "config");
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    this.scenes = Objects.requireNonNull(scenes, "scenes");
  }

  /**
   * A session of this process: its environment, the user's profiles and its plugins, whose
   * discovery notices go to {@code notices}.
   */
  public static ScriptSession fromEnvironment(
      ClientConfig.Flags defaults, Consumer<String> notices) {
    return new ScriptSession(
        ClientConfig.fromEnvironment(), defaults, SceneJobs.fromEnvironment(notices));
  }

  /**
   * A client of a farm, its key checked. What the script names wins; the default flags fill in only
   * when it names no farm and no profile (so a key given for one farm never goes to another).
   *
   * @throws ConfigException if no farm or key is found, saying where to give one
   * @throws dev.farmhand.core.client.NotAuthenticatedException if the farm does not know the key
   */
  public ScriptFarm connect(@Nullable String profile, @Nullable String farm, @Nullable String key)
      throws ConfigException, IOException {
    boolean named = profile != null || farm != null;
    ClientConfig.Flags flags =
        named
            ? new ClientConfig.Flags(farm, key, profile, defaults.downloadRoot())
            : new ClientConfig.Flags(
                defaults.farm(),
                key != null ? key : defaults.key(),
                defaults.profile(),
                defaults.downloadRoot());
    FarmSettings settings = config.resolve(flags);
    FarmClient client = settings.clientBuilder().build();
    try {
      Me me = client.me();
      ScriptFarm connected = new ScriptFarm(settings, client, me, scenes);
      farms.add(connected);
      return connected;
    } catch (IOException | RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /**
   * What the scene's plugin reads in it: {@code scene, plugin, plugin_version, frames, fps,
   * resolution} ({@code [width, height]}){@code , cameras} ({@code name, renderable}){@code ,
   * layers, renderer, outputs, dependencies} ({@code path, relative, missing}).
   *
   * @throws PluginException if the plugin fails or refuses the scene
   */
  public Map<String, Object> readScene(String scene) throws PluginException {
    PluginScene read = scenes.read(Path.of(scene));
    SceneInfo info = read.info();
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("scene", read.file().toString());
    result.put("plugin", read.plugin().name());
    result.put("plugin_version", read.plugin().manifest().version());
    result.put("frames", info.frames());
    result.put("fps", info.fps());
    result.put("resolution", List.of(info.resolution().width(), info.resolution().height()));
    result.put(
        "cameras",
        info.cameras().stream()
            .map(c -> Map.<String, Object>of("name", c.name(), "renderable", c.renderable()))
            .toList());
    result.put("layers", info.layers());
    result.put("renderer", info.renderer());
    result.put("outputs", info.outputs());
    result.put(
        "dependencies",
        info.dependencies().stream()
            .map(
                d ->
                    Map.<String, Object>of(
                        "path",
                        d.file().toString(),
                        "relative",
                        d.relative(),
                        "missing",
                        d.missing()))
            .toList());
    return result;
  }

  /** Closes every farm connected through this session, then the plugins. Idempotent. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (ScriptFarm farm : farms) {
      try {
        farm.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    farms.clear();
    scenes.close();
    if (first != null) {
      throw first;
    }
  }
}
