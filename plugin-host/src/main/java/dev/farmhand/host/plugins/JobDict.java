package dev.farmhand.host.plugins;

import dev.farmhand.core.submit.JobSpec;
import dev.farmhand.core.sync.LocalDependency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.python.core.PyObject;

/**
 * A job as {@code validate(job)} receives it: a dict under the names the farm's protocol uses, its
 * files with both their place in the workspace and the file on this machine.
 */
final class JobDict {
  private JobDict() {}

  /** The job's fields as plain Java values, in the order the contract lists them. */
  static Map<String, Object> fields(JobSpec job) {
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("title", job.title());
    dict.put("scene", job.scene().toString());
    dict.put("renderer", job.renderer());
    dict.put("frames", job.frames().text());
    dict.put("chunk", job.chunk());
    dict.put("scouts", job.scouts());
    dict.put("priority", job.priority());
    dict.put("preemptible", job.preemptible());
    dict.put(
        "retries",
        Map.of("preempted", job.retries().preempted(), "failed", job.retries().failed()));
    dict.put("output_dir", job.outputDir());
    dict.put("output_pattern", job.outputPattern());
    List<Object> files = new ArrayList<>();
    for (LocalDependency file : job.files()) {
      files.add(Map.of("path", file.path().toString(), "local", file.file().toString()));
    }
    dict.put("files", files);
    dict.put("metadata", new TreeMap<>(job.metadata()));
    return dict;
  }

  /** The job as a Python dict. */
  static PyObject of(JobSpec job) {
    return PythonValues.toPython(fields(job));
  }
}
