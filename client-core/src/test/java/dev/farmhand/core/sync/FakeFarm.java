package dev.farmhand.core.sync;

import dev.farmhand.core.files.HashMismatchException;
import dev.farmhand.core.files.Sha256;
import dev.farmhand.core.protocol.FileRef;
import dev.farmhand.core.protocol.MissingFilesRequest;
import dev.farmhand.core.protocol.UploadStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory farm behind {@link FileTransport}, with the local farm's upload rules: a part may
 * start at or before what the farm holds (bytes it has are skipped), one past it is refused, and
 * when the last byte arrives the farm hashes the whole and keeps it only if it matches. It counts
 * requests and the bytes that reached it. A hook runs before each part, for tests that change a
 * file or block mid-upload. Thread-safe.
 */
class FakeFarm implements FileTransport {
  /** Runs before a part is read; {@code number} counts parts from 1 across all files. */
  interface PartHook {
    void beforePart(int number, String sha256, long offset) throws IOException;
  }

  final AtomicInteger missingCalls = new AtomicInteger();
  final AtomicInteger uploadCalls = new AtomicInteger();
  final AtomicLong bytesReceived = new AtomicLong();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger mostInFlight = new AtomicInteger();
  private final Map<String, ByteArrayOutputStream> partial = new HashMap<>();
  private final Set<String> complete = new HashSet<>();
  private volatile PartHook hook = (number, sha256, offset) -> {};

  void onPart(PartHook hook) {
    this.hook = hook;
  }

  synchronized boolean holds(String sha256) {
    return complete.contains(sha256);
  }

  synchronized long received(String sha256) {
    ByteArrayOutputStream bytes = partial.get(sha256);
    return bytes == null ? 0 : bytes.size();
  }

  @Override
  public List<UploadStatus> missing(List<FileRef> files) {
    if (files.size() > MissingFilesRequest.MAX_FILES) {
      throw new IllegalArgumentException("asked about " + files.size() + " files at once");
    }
    missingCalls.incrementAndGet();
    List<UploadStatus> result = new ArrayList<>();
    synchronized (this) {
      for (FileRef file : files) {
        if (!complete.contains(file.sha256())) {
          long held = Math.min(received(file.sha256()), file.size());
          result.add(new UploadStatus(file.sha256(), file.size(), held, false));
        }
      }
    }
    return result;
  }

  @Override
  public UploadStatus upload(String sha256, long size, long offset, InputStream part, long length)
      throws IOException {
    int number = uploadCalls.incrementAndGet();
    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      hook.beforePart(number, sha256, offset);
      byte[] bytes = part.readNBytes((int) length);
      bytesReceived.addAndGet(bytes.length);
      if (bytes.length != length) {
        throw new IOException("the part ended after " + bytes.length + " of " + length + " bytes");
      }
      return store(sha256, size, offset, bytes);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private synchronized UploadStatus store(String sha256, long size, long offset, byte[] bytes)
      throws IOException {
    if (complete.contains(sha256)) {
      return new UploadStatus(sha256, size, size, true);
    }
    ByteArrayOutputStream held = partial.computeIfAbsent(sha256, k -> new ByteArrayOutputStream());
    if (offset > held.size()) {
      throw new IOException(
          "409 upload_offset_mismatch: the part starts at " + offset + ", past " + held.size());
    }
    int skip = (int) Math.min(bytes.length, held.size() - offset);
    held.write(bytes, skip, bytes.length - skip);
    if (held.size() < size) {
      return new UploadStatus(sha256, size, held.size(), false);
    }
    partial.remove(sha256);
    String actual = Sha256.of(held.toByteArray());
    if (held.size() != size || !actual.equals(sha256)) {
      throw new HashMismatchException("upload of " + sha256, sha256, actual);
    }
    complete.add(sha256);
    return new UploadStatus(sha256, size, size, true);
  }
}
