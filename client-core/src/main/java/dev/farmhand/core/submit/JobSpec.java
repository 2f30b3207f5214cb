package dev.farmhand.core.submit;

import dev.farmhand.core.frames.FrameSpec;
import dev.farmhand.core.frames.ScoutSpec;
import dev.farmhand.core.paths.RelativePath;
import dev.farmhand.core.paths.UnsafePathException;
import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.protocol.JobCreateRequest;
import dev.farmhand.core.protocol.RetryPolicy;
import dev.farmhand.core.sync.LocalDependency;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a plugin or a script submits: the job as the user means it, with its files still on this
 * machine. Built with {@link #builder()}, which checks every field before anything is sent.
 * Immutable; thread-safe.
 */
public final class JobSpec {
  private final String title;
  private final RelativePath scene;
  private final String renderer;
  private final FrameSpec frames;
  private final int chunk;
  private final String scouts;
  private final int priority;
  private final boolean preemptible;
  private final RetryPolicy retries;
  private final String outputDir;
  private final String outputPattern;
  private final List<LocalDependency> files;
  private final Map<String, String> metadata;

  private JobSpec(Builder b, FrameSpec frames) {
    this.title = b.title.strip();
    this.scene = b.scene;
    this.renderer = b.renderer;
    this.frames = frames;
    this.chunk = b.chunk;
    this.scouts = b.scouts;
    this.priority = b.priority;
    this.preemptible = b.preemptible;
    this.retries = new RetryPolicy(b.retriesPreempted, b.retriesFailed);
    this.outputDir = b.outputDir;
    this.outputPattern = b.outputPattern;
    this.files = List.copyOf(b.files);
    this.metadata = Map.copyOf(b.metadata);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  public String title() {
    return title;
  }

  /** The scene's path in the workspace; one of the files. */
  public RelativePath scene() {
    return scene;
  }

  public String renderer() {
    return renderer;
  }

  public FrameSpec frames() {
    return frames;
  }

  public int chunk() {
    return chunk;
  }

  /** The scout spec, or null for none. */
  public String scouts() {
    return scouts;
  }

  public int priority() {
    return priority;
  }

  public boolean preemptible() {
    return preemptible;
  }

  public RetryPolicy retries() {
    return retries;
  }

  /** Where the outputs go on this machine, or null for the download root. */
  public String outputDir() {
    return outputDir;
  }

  /** The frames' names relative to the output folder, or null for the scene's own. */
  public String outputPattern() {
    return outputPattern;
  }

  /** The files the job needs, the scene among them. */
  public List<LocalDependency> files() {
    return files;
  }

  public Map<String, String> metadata() {
    return metadata;
  }

  /** The request that makes this job, once its files are on the farm as {@code synced}. */
  public JobCreateRequest toRequest(List<Dependency> synced) {
    return new JobCreateRequest(
        title,
        scene.toString(),
        renderer,
        frames.text(),
        chunk,
        scouts,
        priority,
        preemptible,
        retries,
        outputDir,
        outputPattern,
        synced,
        metadata);
  }

  /** Collects a job's fields; {@link #build()} checks them all. Not thread-safe. */
  public static final class Builder {
    private String title;
    private RelativePath scene;
    private String sceneText;
    private String renderer;
    private String frames;
    private int chunk = 1;
    private String scouts;
    private int priority = 50;
    private boolean preemptible;
    private int retriesPreempted = 2;
    private int retriesFailed = 1;
    private String outputDir;
    private String outputPattern;
    private final List<LocalDependency> files = new ArrayList<>();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private Builder() {}

    public Builder title(String value) {
      title = value;
      return this;
    }

    /** The scene's path in the workspace, e.g. {@code shots/sh010.blend}. */
    public Builder scene(String value) {
      sceneText = value;
      return this;
    }

    public Builder renderer(String value) {
      renderer = value;
      return this;
    }

    /** The frame spec, e.g. {@code 1-100x2}. */
    public Builder frames(String value) {
      frames = value;
      return this;
    }

    /** Frames per task; 1 by default. */
    public Builder chunk(int value) {
      chunk = value;
      return this;
    }

    /** The scout spec ({@code auto:3}, {@code 1,50,100}), or null for none. */
    public Builder scouts(String value) {
      scouts = value;
      return this;
    }

    /** 0 to 100, higher first; 50 by default. */
    public Builder priority(int value) {
      priority = value;
      return this;
    }

    public Builder preemptible(boolean value) {
      preemptible = value;
      return this;
    }

    /** How often a task runs again after losing its instance (2) or failing (1). */
    public Builder retries(int preempted, int failed) {
      retriesPreempted = preempted;
      retriesFailed = failed;
      return this;
    }

    public Builder outputDir(String value) {
      outputDir = value;
      return this;
    }

    public Builder outputPattern(String value) {
      outputPattern = value;
      return this;
    }

    /** A file the job needs; the scene is one of them. */
    public Builder file(LocalDependency value) {
      files.add(Objects.requireNonNull(value, "file"));
      return this;
    }

    public Builder metadata(String key, String value) {
      metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The spec, once every field is right.
     *
     * @throws InvalidJobSpecException listing every fault with its field
     */
    public JobSpec build() {
      Map<String, String> faults = new LinkedHashMap<>();
      if (title == null || title.isBlank()) {
        faults.put("title", "give the job a title");
      }
      if (renderer == null || renderer.isBlank()) {
        faults.put("renderer", "name the renderer, such as blender");
      }
      FrameSpec frameSpec = null;
      if (frames == null) {
        faults.put("frames", "give the frames, such as 1-100");
      } else {
        try {
          frameSpec = FrameSpec.parse(frames);
        } catch (IllegalArgumentException e) {
          faults.put("frames", e.getMessage());
        }
      }
      if (chunk < 1) {
        faults.put("chunk", chunk + " frames per task: give 1 or more");
      }
      if (scouts != null && frameSpec != null) {
        try {
          ScoutSpec.parse(scouts).resolve(frameSpec);
        } catch (IllegalArgumentException e) {
          faults.put("scouts", e.getMessage());
        }
      }
      if (priority < 0 || priority > 100) {
        faults.put("priority", priority + " is out of range: give 0 to 100 (higher runs first)");
      }
      if (retriesPreempted < 0 || retriesFailed < 0) {
        faults.put("retries", "retries cannot be negative: give 0 or more");
      }
      checkFiles(faults);
      if (!faults.isEmpty()) {
        throw new InvalidJobSpecException(faults);
      }
      return new JobSpec(this, frameSpec);
    }

    private void checkFiles(Map<String, String> faults) {
      Set<RelativePath> seen = new HashSet<>();
      for (LocalDependency file : files) {
        if (!seen.add(file.path())) {
          faults.put("files", "'" + file.path() + "' is given twice: give each path once");
        }
      }
      if (sceneText == null) {
        faults.put("scene", "give the scene's path in the workspace, such as shot.blend");
        return;
      }
      try {
        scene = RelativePath.of(sceneText);
      } catch (UnsafePathException e) {
        faults.put("scene", e.getMessage());
        return;
      }
      if (!seen.contains(scene)) {
        faults.put("scene", "'" + scene + "' is not among the job's files: add it as one");
      }
    }
  }
}
