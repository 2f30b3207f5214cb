package dev.farmhand.host.panel;

import dev.farmhand.core.download.DownloaderBuilder;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.host.scenes.SceneJobs;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a {@link RenderPanel} is set up, beyond its farm and key. By default: scenes read through the
 * plugins of this process, no scene chosen for Submit, downloads (scout frames, and everything with
 * the auto-downloader) under {@link DownloaderBuilder#defaultRoot()}, no auto-downloader.
 * Immutable; each {@code with} method answers a copy.
 */
public final class PanelOptions {
  private final Supplier<SceneJobs> scenes;
  private final @Nullable Path scene;
  private final Path downloadRoot;
  private final boolean autoDownload;

  private PanelOptions(
      Supplier<SceneJobs> scenes, @Nullable Path scene, Path downloadRoot, boolean autoDownload) {
    this.scenes = Objects.requireNonNull(scenes, "scenes");
    this.scene = scene;
    this.downloadRoot = Objects.requireNonNull(downloadRoot, "downloadRoot");
    this.autoDownload = autoDownload;
  }

  /** The defaults. */
  public static PanelOptions defaults() {
    return new PanelOptions(
        () -> SceneJobs.fromEnvironment(notice -> {}),
        null,
        DownloaderBuilder.defaultRoot(),
        false);
  }

  /** Where Submit reads scenes; the panel closes what it supplies when it closes. */
  public PanelOptions withSceneJobs(Supplier<SceneJobs> sceneJobs) {
    return new PanelOptions(sceneJobs, scene, downloadRoot, autoDownload);
  }

  /** The scene Submit starts with: the application's current scene. */
  public PanelOptions withScene(@Nullable Path currentScene) {
    return new PanelOptions(scenes, currentScene, downloadRoot, autoDownload);
  }

  /** Where outputs land when a job's own output folder is not usable here. */
  public PanelOptions withDownloadRoot(Path root) {
    return new PanelOptions(scenes, scene, root.toAbsolutePath(), autoDownload);
  }

  /** Whether the panel runs an auto-downloader into the download root while it is open. */
  public PanelOptions withAutoDownload(boolean on) {
    return new PanelOptions(scenes, scene, downloadRoot, on);
  }

  Supplier<SceneJobs> scenes() {
    return scenes;
  }

  @Nullable
  Path scene() {
    return scene;
  }

  Path downloadRoot() {
    return downloadRoot;
  }

  boolean autoDownload() {
    return autoDownload;
  }
}
