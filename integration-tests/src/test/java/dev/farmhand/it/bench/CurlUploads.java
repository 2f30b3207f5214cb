package dev.farmhand.it.bench;

import dev.farmhand.core.sync.FileHash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The reference upload: one {@code curl} process per file, each PUTting the whole file to {@code
 * /api/v1/files/{sha256}}, at most {@code parallel} at once. With {@code --data-binary @file} curl
 * reads the whole file into memory before sending it; with {@code -T file} it streams it.
 */
final class CurlUploads {
  /** How curl is given the file. */
  enum Body {
    DATA_BINARY("--data-binary", "@"),
    STREAMED("-T", "");

    private final String option;
    private final String prefix;

    Body(String option, String prefix) {
      this.option = option;
      this.prefix = prefix;
    }

    @Override
    public String toString() {
      return option + " " + prefix + "file";
    }
  }

  private final Path curl;
  private final int parallel;
  private final Body body;

  CurlUploads(Path curl, int parallel, Body body) {
    this.curl = curl;
    this.parallel = parallel;
    this.body = body;
  }

  /** Uploads every file and returns the wall time in nanoseconds; throws if any is not taken. */
  long upload(String farm, String key, List<FileHash> files) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (FileHash file : files) {
        running.add(
            pool.submit(
                () -> {
                  put(farm, key, file);
                  return null;
                }));
      }
      for (Future<?> future : running) {
        try {
          future.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("a curl upload failed", e.getCause());
        }
      }
      return System.nanoTime() - start;
    } finally {
      pool.shutdownNow();
    }
  }

  private void put(String farm, String key, FileHash file)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                curl.toString(),
                "-sS",
                "-X",
                "PUT",
                "-H",
                "Authorization: Bearer " + key,
                "-H",
                "Content-Type: application/octet-stream",
                body.option,
                body.prefix + file.file(),
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                farm + "/api/v1/files/" + file.sha256())
            .redirectErrorStream(true)
            .start();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    if (process.waitFor() != 0 || !out.equals("201")) {
      throw new IOException("curl uploading " + file.file() + " answered: " + out);
    }
  }
}
