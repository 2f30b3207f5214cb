package dev.farmhand.it.bench;

import dev.farmhand.core.protocol.Output;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference download: one {@code curl} process fetching every output of a job from {@code GET
 * /api/v1/jobs/{job}/outputs/{sha256}} into files, {@code parallel} at once ({@code --parallel
 * --parallel-max}), so it reuses its connections as a client library would. It neither verifies the
 * bytes nor flushes them to the disk.
 */
final class CurlDownloads {
  private final Path curl;
  private final int parallel;

  CurlDownloads(Path curl, int parallel) {
    this.curl = curl;
    this.parallel = parallel;
  }

  /** Whether this curl can fetch in parallel (7.66 and later); false if it cannot even be run. */
  boolean supportsParallel() {
    try {
      Process process =
          new ProcessBuilder(curl.toString(), "--help", "all").redirectErrorStream(true).start();
      String help;
      try (InputStream in = process.getInputStream()) {
        help = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return process.waitFor() == 0 && help.contains("--parallel-max");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Fetches every output into each folder, named by its SHA-256, and returns the wall time in
   * nanoseconds, the process's start included; throws if curl fails or a file is short.
   */
  long download(String farm, String key, String jobId, List<Output> outputs, List<Path> folders)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            curl.toString(),
            "-sS",
            "--fail",
            "--create-dirs",
            "--parallel",
            "--parallel-immediate",
            "--parallel-max",
            Integer.toString(parallel),
            "-H",
            "Authorization: Bearer " + key));
    for (Path folder : folders) {
      for (Output output : outputs) {
        command.add("-o");
        command.add(folder.resolve(output.sha256()).toString());
        command.add(farm + "/api/v1/jobs/" + jobId + "/outputs/" + output.sha256());
      }
    }
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    int exit = process.waitFor();
    long nanos = System.nanoTime() - start;
    if (exit != 0) {
      throw new IOException(
          "curl fetching the outputs of " + jobId + " exited " + exit + ": " + out);
    }
    for (Path folder : folders) {
      for (Output output : outputs) {
        long size = Files.size(folder.resolve(output.sha256()));
        if (size != output.size()) {
          throw new IOException(
              "curl wrote " + size + " bytes of " + output.path() + ", not " + output.size());
        }
      }
    }
    return nanos;
  }
}
