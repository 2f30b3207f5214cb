package dev.farmhand.host.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.farmhand.core.frames.FrameChunk;
import dev.farmhand.core.frames.FrameSpec;
import dev.farmhand.core.frames.ScoutSpec;
import dev.farmhand.core.frames.TaskPlan;
import dev.farmhand.core.protocol.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code farmhand frames SPEC [--scout SPEC] [--chunk N] [--json]}: how a job's frames run. */
@Command(
    name = "frames",
    mixinStandardHelpOptions = true,
    description = {
      "Expands a frame spec, shows which frames scout and how the frames fall into tasks.",
      "Specs: 1-100, 1-100x2 (every 2nd), 1,5,9, 10-1 (counts down), combined: 1-10x3,20.",
      "Scouts: a frame spec, or auto:N (N frames spread over the range, first and last included)."
    })
final class FramesCommand implements Callable<Integer> {
  /** Up to this many frames are listed one by one; more are written as a compact spec. */
  private static final int LISTED = 40;

  /** Up to this many tasks are listed one by one; more are summed up. */
  private static final int TASKS_LISTED = 20;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SPEC", description = "the job's frames, e.g. '1-100x2,150'")
  String frames;

  @Option(
      names = "--scout",
      paramLabel = "SPEC",
      description = "scout frames: a frame spec or auto:N")
  String scout;

  @Option(
      names = "--chunk",
      paramLabel = "N",
      defaultValue = "1",
      description = "frames per task (default: ${DEFAULT-VALUE}); each scout is a task of its own")
  int chunk;

  @Option(names = "--json", description = "print JSON only")
  boolean json;

  @Override
  public Integer call() throws Exception {
    FrameSpec job = FrameSpec.parse(frames);
    ScoutSpec scouts = scout == null ? null : ScoutSpec.parse(scout);
    List<Integer> scoutFrames = scouts == null ? List.of() : scouts.resolve(job);
    TaskPlan plan = TaskPlan.of(job, scouts, chunk);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(job, scouts, scoutFrames, plan));
    } else {
      out.printf("frames  %-4d %s%n", job.size(), list(job.frames()));
      if (scouts != null) {
        out.printf("scouts  %-4d %s%n", scoutFrames.size(), list(scoutFrames));
      }
      out.printf("tasks   %-4d %s%n", plan.chunks().size(), tasks(plan.chunks()));
    }
    out.flush();
    return ExitCode.OK;
  }

  private static String list(List<Integer> frames) {
    if (frames.size() > LISTED) {
      return FrameSpec.compact(frames);
    }
    return frames.stream().map(String::valueOf).collect(Collectors.joining(" "));
  }

  private String tasks(List<FrameChunk> chunks) {
    long scoutTasks = chunks.stream().filter(FrameChunk::scout).count();
    if (chunks.size() > TASKS_LISTED) {
      return (scoutTasks > 0 ? scoutTasks + " scouts first, then " : "")
          + (chunks.size() - scoutTasks)
          + " of up to "
          + chunk
          + (chunk == 1 ? " frame" : " frames");
    }
    return chunks.stream()
        .map(c -> FrameSpec.compact(c.frames()) + (c.scout() ? " (scout)" : ""))
        .collect(Collectors.joining(" | "));
  }

  private String json(FrameSpec job, ScoutSpec scouts, List<Integer> scoutFrames, TaskPlan plan)
      throws Exception {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("spec", job.text());
    document.put("canonical", job.toString());
    document.put("count", job.size());
    document.put("frames", job.frames());
    if (scouts != null) {
      document.put("scout_spec", scouts.text());
      document.put("scouts", scoutFrames);
    }
    document.put("chunk", chunk);
    document.put("tasks", plan.chunks().stream().map(FramesCommand::task).toList());
    return Json.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build()
        .writeValueAsString(document);
  }

  private static Map<String, Object> task(FrameChunk chunk) {
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("frames", chunk.frames());
    task.put("scout", chunk.scout());
    return task;
  }
}
