package dev.farmhand.core.autodownload;

import dev.farmhand.core.protocol.Json;
import dev.farmhand.core.protocol.MalformedPayloadException;
import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.protocol.Output;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the auto-downloader owes and has done, on disk: a file of JSON lines, one written (in one
 * append) per output wanted, verified or given up on, and per job marked Downloaded. A process
 * killed at any moment leaves at worst a torn last line, which the next open drops; the files on
 * disk are the final word anyway. A clean stop writes a last {@code closed} line; without it (a
 * kill, a crash, a power cut, when files written but not yet on the disk may be lost) the files the
 * ledger calls done are hashed again before they are trusted ({@link #cleanlyClosed()}). Opening
 * compacts it to the latest line per output. Thread-safe.
 */
final class Ledger implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

  /** An output of a job, by path: a re-rendered frame replaces the line of the one before. */
  record Key(String jobId, String path) {}

  /** The latest line about one output. */
  record Entry(String op, String sha256, long size, @Nullable String target) {
    boolean is(String wanted) {
      return op.equals(wanted);
    }
  }

  private final Path file;
  private final Map<Key, Entry> entries = new LinkedHashMap<>();
  private final Set<String> marked = new HashSet<>();
  private final FileChannel channel;
  private boolean cleanlyClosed;

  private Ledger(Path file) throws IOException {
    this.file = file;
    read();
    compact();
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** Opens (or starts) the ledger in this file, compacting it. */
  static Ledger open(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return new Ledger(file.toAbsolutePath());
  }

  private void read() throws IOException {
    if (!Files.exists(file)) {
      cleanlyClosed = true;
      return;
    }
    int number = 0;
    int dropped = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String text; (text = reader.readLine()) != null; ) {
        number++;
        if (text.isBlank()) {
          continue;
        }
        try {
          LedgerLine line = Json.read(text, LedgerLine.class);
          cleanlyClosed = line.op().equals(LedgerLine.CLOSED);
          if (!cleanlyClosed) {
            apply(line);
          }
        } catch (MalformedPayloadException | IllegalArgumentException e) {
          cleanlyClosed = false;
          dropped++;
          LOG.warn("{} line {} is not a ledger line, dropped: {}", file, number, e.getMessage());
        }
      }
    }
    if (dropped > 0) {
      LOG.warn(
          "{} had {} unreadable line(s) (a write cut short); the files on disk are re-checked",
          file,
          dropped);
    }
  }

  private void apply(LedgerLine line) {
    Objects.requireNonNull(line.job(), "job");
    if (line.op().equals(LedgerLine.MARKED)) {
      marked.add(line.job());
      return;
    }
    Objects.requireNonNull(line.path(), "path");
    Objects.requireNonNull(line.sha256(), "sha256");
    Objects.requireNonNull(line.size(), "size");
    if (!List.of(LedgerLine.WANT, LedgerLine.DONE, LedgerLine.FAILED).contains(line.op())) {
      throw new IllegalArgumentException("unknown op '" + line.op() + "'");
    }
    entries.put(
        new Key(line.job(), line.path()),
        new Entry(line.op(), line.sha256(), line.size(), line.target()));
  }

  /** Rewrites the file as its latest lines, beside it then renamed over it. */
  private void compact() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<Key, Entry> e : entries.entrySet()) {
      lines.add(Json.write(line(e.getValue().op(), e.getKey(), e.getValue())));
    }
    for (String job : marked) {
      lines.add(Json.write(new LedgerLine(LedgerLine.MARKED, job, null, null, null, null, null)));
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temp, lines, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static LedgerLine line(String op, Key key, Entry entry) {
    return new LedgerLine(
        op, key.jobId(), key.path(), entry.sha256(), entry.size(), entry.target(), null);
  }

  /**
   * Whether the auto-downloader that wrote this ledger last stopped cleanly (or there was none):
   * when not, files it wrote may not have reached the disk whole, so they are hashed again.
   */
  boolean cleanlyClosed() {
    return cleanlyClosed;
  }

  /** The latest line about this output, or null. */
  synchronized @Nullable Entry get(Key key) {
    return entries.get(key);
  }

  /** Every output with a line, and its latest. */
  synchronized Map<Key, Entry> entries() {
    return new LinkedHashMap<>(entries);
  }

  /** Whether the job was marked Downloaded by this auto-downloader. */
  synchronized boolean isMarked(String jobId) {
    return marked.contains(jobId);
  }

  synchronized void want(String jobId, Output output) throws IOException {
    write(
        new LedgerLine(
            LedgerLine.WANT, jobId, output.path(), output.sha256(), output.size(), null, null));
  }

  synchronized void done(String jobId, Output output, Path target) throws IOException {
    write(
        new LedgerLine(
            LedgerLine.DONE,
            jobId,
            output.path(),
            output.sha256(),
            output.size(),
            target.toString(),
            null));
  }

  synchronized void failed(String jobId, Output output, String reason) throws IOException {
    write(
        new LedgerLine(
            LedgerLine.FAILED, jobId, output.path(), output.sha256(), output.size(), null, reason));
  }

  synchronized void marked(String jobId) throws IOException {
    if (marked.add(jobId)) {
      write(new LedgerLine(LedgerLine.MARKED, jobId, null, null, null, null, null));
    }
  }

  private void write(LedgerLine line) throws IOException {
    if (!line.op().equals(LedgerLine.CLOSED)) {
      apply(line);
    }
    ByteBuffer bytes = ByteBuffer.wrap((Json.write(line) + "\n").getBytes(StandardCharsets.UTF_8));
    while (bytes.hasRemaining()) {
      channel.write(bytes);
    }
  }

  /** Writes the last line, {@code closed}, and closes the file. */
  @Override
  public synchronized void close() throws IOException {
    try {
      write(new LedgerLine(LedgerLine.CLOSED, "", null, null, null, null, null));
    } finally {
      channel.close();
    }
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
