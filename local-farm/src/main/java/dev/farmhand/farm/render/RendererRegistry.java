package dev.farmhand.farm.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The renderers a farm knows, by name, and the applications it knows of but does not run, so a job
 * for software the farm lacks is refused at submit with the name of what is missing. Immutable;
 * thread-safe.
 */
public final class RendererRegistry {
  private final Map<String, Renderer> renderers;
  private final Map<String, String> notRunHere;

  /**
   * A registry of {@code renderers}, and of applications known by name that this farm never runs,
   * each with the reason a job for it is refused.
   *
   * @throws IllegalArgumentException if two renderers share a name, or a renderer's name is also
   *     among those not run here
   */
  public RendererRegistry(
      Collection<? extends Renderer> renderers, Map<String, String> notRunHere) {
    Map<String, Renderer> byName = new TreeMap<>();
    for (Renderer renderer : renderers) {
      Renderer before = byName.put(renderer.name(), renderer);
      if (before != null) {
        throw new IllegalArgumentException(
            "two renderers are called '" + renderer.name() + "': give each its own name");
      }
      if (notRunHere.containsKey(renderer.name())) {
        throw new IllegalArgumentException(
            "'" + renderer.name() + "' is both a renderer and an application not run here");
      }
    }
    this.renderers = Map.copyOf(byName);
    this.notRunHere = Map.copyOf(notRunHere);
  }

  /**
   * The farm's renderers: {@code sample} (always), {@code blender} and {@code noop} (when their
   * programs are on {@code path}), {@code sweethome3d} and {@code sweethome3d-video} (when Sweet
   * Home 3D is where {@code sweetHome3d} says and {@code xvfb-run} is on {@code path}); Maya and
   * Nuke are known by name but not run.
   */
  public static RendererRegistry standard(SearchPath path, SweetHome3dInstall sweetHome3d) {
    return new RendererRegistry(
        List.of(
            new SampleRenderer(),
            new BlenderRenderer(path),
            new NoopRenderer(path),
            SweetHome3dRenderer.photos(path, sweetHome3d),
            SweetHome3dRenderer.video(path, sweetHome3d)),
        Map.of("maya", "no worker has Maya", "nuke", "no worker has Nuke"));
  }

  /** {@link #standard(SearchPath, SweetHome3dInstall)} with Debian's Sweet Home 3D. */
  public static RendererRegistry standard(SearchPath path) {
    return standard(path, SweetHome3dInstall.DEBIAN);
  }

  /** {@link #standard(SearchPath)} with this process's {@code PATH}. */
  public static RendererRegistry standard() {
    return standard(SearchPath.ofEnvironment());
  }

  /** Every renderer, available or not, by name. */
  public List<Renderer> renderers() {
    return List.copyOf(new TreeMap<>(renderers).values());
  }

  /** The names of the renderers that can run here, sorted. */
  public List<String> available() {
    List<String> names = new ArrayList<>();
    for (Renderer renderer : renderers()) {
      if (renderer.unavailable().isEmpty()) {
        names.add(renderer.name());
      }
    }
    return List.copyOf(names);
  }

  /** The renderer called {@code name} (any case), available or not. */
  public Optional<Renderer> find(String name) {
    return Optional.ofNullable(renderers.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The renderer called {@code name} (any case), if it can run here.
   *
   * @throws RendererUnavailableException if it cannot, with the renderer's own reason; for an
   *     application known but not run here, the reason naming it; for any other name, the list of
   *     renderers that can run: {@code no worker has 'houdini': this farm renders with blender,
   *     noop, sample}
   */
  public Renderer require(String name) throws RendererUnavailableException {
    String key = name.toLowerCase(Locale.ROOT);
    Renderer renderer = renderers.get(key);
    if (renderer != null) {
      Optional<String> reason = renderer.unavailable();
      if (reason.isPresent()) {
        throw new RendererUnavailableException(name, reason.get());
      }
      return renderer;
    }
    String reason = notRunHere.get(key);
    if (reason == null) {
      List<String> available = available();
      reason =
          available.isEmpty()
              ? "no worker has '" + name + "': this farm has no renderer that can run"
              : "no worker has '"
                  + name
                  + "': this farm renders with "
                  + String.join(", ", available);
    }
    throw new RendererUnavailableException(name, reason);
  }
}
