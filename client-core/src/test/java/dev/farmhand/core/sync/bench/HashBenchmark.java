package dev.farmhand.core.sync.bench;

import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.FileHash;
import dev.farmhand.core.sync.Hasher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hashing throughput of {@link Hasher} on one and two threads against {@code openssl dgst -sha256}
 * over the same files, in the same run, page cache warm. Rounds alternate the three, and the best
 * of each is compared, since the machines are shared. Usage: {@code HashBenchmark [ROUNDS]
 * [BIG_FILES] [SMALL_FILES]}, by default 5 rounds of 64 × 16 MiB + 4000 × 8 KiB.
 */
public final class HashBenchmark {
  private static final int BIG = 16 << 20;
  private static final int SMALL = 8 << 10;
  private static final Pattern OPENSSL_LINE =
      Pattern.compile("^SHA2?-?256\\((.*)\\)= ([0-9a-f]{64})$");

  private HashBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int bigFiles = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int smallFiles = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
    Path folder = Files.createTempDirectory("farmhand-hash-bench");
    try {
      List<Path> files = generate(folder, bigFiles, smallFiles);
      long bytes = 0;
      for (Path file : files) {
        bytes += Files.size(file);
      }
      System.out.printf(
          "%d files, %.2f GiB (%d × 16 MiB + %d × 8 KiB), %d rounds, best of each%n",
          files.size(), bytes / (double) (1L << 30), bigFiles, smallFiles, rounds);
      Map<Path, String> expected = openssl(files);
      check(expected, new Hasher(2).hash(files, new Cancellation(), Hasher.Progress.NONE));
      long openssl = Long.MAX_VALUE;
      long one = Long.MAX_VALUE;
      long two = Long.MAX_VALUE;
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        openssl(files);
        openssl = Math.min(openssl, System.nanoTime() - start);
        one = Math.min(one, time(new Hasher(1), files, expected));
        two = Math.min(two, time(new Hasher(2), files, expected));
      }
      report("openssl dgst -sha256", bytes, openssl, openssl);
      report("Hasher, 1 thread", bytes, one, openssl);
      report("Hasher, 2 threads", bytes, two, openssl);
      System.out.printf(
          "targets: 1 thread >= 0.90 x openssl: %s; 2 threads >= 1.60 x openssl: %s%n",
          verdict((double) openssl / one >= 0.9), verdict((double) openssl / two >= 1.6));
    } finally {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static long time(Hasher hasher, List<Path> files, Map<Path, String> expected)
      throws IOException {
    long start = System.nanoTime();
    List<FileHash> hashes = hasher.hash(files, new Cancellation(), Hasher.Progress.NONE);
    long elapsed = System.nanoTime() - start;
    check(expected, hashes);
    return elapsed;
  }

  private static void report(String what, long bytes, long nanos, long reference) {
    System.out.printf(
        "%-22s %6.3f s  %5.2f GB/s  %4.2f x openssl%n",
        what, nanos / 1e9, bytes / (double) nanos, (double) reference / nanos);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }

  private static void check(Map<Path, String> expected, List<FileHash> hashes) {
    for (FileHash hash : hashes) {
      if (!hash.sha256().equals(expected.get(hash.file()))) {
        throw new IllegalStateException(
            hash.file()
                + " hashed to "
                + hash.sha256()
                + ", openssl says "
                + expected.get(hash.file()));
      }
    }
  }

  /** Runs openssl over every file in one process, as a user would, and reads its answers. */
  private static Map<Path, String> openssl(List<Path> files)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("openssl", "dgst", "-sha256"));
    files.forEach(file -> command.add(file.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (process.waitFor() != 0) {
      throw new IOException("openssl failed: " + out);
    }
    Map<Path, String> hashes = new HashMap<>();
    for (String line : out.split("\n")) {
      Matcher m = OPENSSL_LINE.matcher(line);
      if (m.matches()) {
        hashes.put(Path.of(m.group(1)), m.group(2));
      }
    }
    if (hashes.size() != files.size()) {
      throw new IOException(
          "openssl answered for " + hashes.size() + " of " + files.size() + " files");
    }
    return hashes;
  }

  private static List<Path> generate(Path folder, int bigFiles, int smallFiles) throws IOException {
    SplittableRandom random = new SplittableRandom(42);
    byte[] big = new byte[BIG];
    for (int i = 0; i < big.length; i += 8) {
      long value = random.nextLong();
      for (int j = 0; j < 8; j++) {
        big[i + j] = (byte) (value >>> (8 * j));
      }
    }
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < bigFiles; i++) {
      big[0] = (byte) i;
      big[1] = (byte) (i >> 8);
      files.add(Files.write(folder.resolve(String.format("big-%03d.bin", i)), big));
    }
    Path small = Files.createDirectories(folder.resolve("small"));
    byte[] bytes = new byte[SMALL];
    for (int i = 0; i < smallFiles; i++) {
      random.nextBytes(bytes);
      files.add(Files.write(small.resolve(String.format("s-%05d.bin", i)), bytes));
    }
    return files;
  }
}
