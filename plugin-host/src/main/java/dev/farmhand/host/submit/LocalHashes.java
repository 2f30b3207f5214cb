package dev.farmhand.host.submit;

import dev.farmhand.core.protocol.Dependency;
import dev.farmhand.core.sync.Cancellation;
import dev.farmhand.core.sync.FileHash;
import dev.farmhand.core.sync.HashCache;
import dev.farmhand.core.sync.Hasher;
import dev.farmhand.core.sync.LocalDependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A job's files as the farm would be told of them (workspace path, SHA-256, size), computed on this
 * machine through the {@link HashCache}, so a dry run shows the real request and the submit that
 * follows hashes nothing again. Sends nothing. Thread-safe if the cache is.
 */
public final class LocalHashes {
  private final HashCache cache;

  public LocalHashes(HashCache cache) {
    this.cache = cache;
  }

  /**
   * The files' dependencies, in the order given.
   *
   * @throws IOException if a file cannot be read; the cache keeps what was hashed before it
   */
  public List<Dependency> of(List<LocalDependency> files) throws IOException {
    Map<Path, String> hashes = new HashMap<>();
    Set<Path> toHash = new LinkedHashSet<>();
    for (LocalDependency file : files) {
      Optional<String> known = cache.get(file.file(), size(file.file()), modified(file.file()));
      known.ifPresentOrElse(sha -> hashes.put(file.file(), sha), () -> toHash.add(file.file()));
    }
    try {
      for (FileHash hash :
          Hasher.perCore()
              .hash(new ArrayList<>(toHash), new Cancellation(), Hasher.Progress.NONE)) {
        cache.put(hash.file(), hash.size(), hash.modifiedNanos(), hash.sha256());
        hashes.put(hash.file(), hash.sha256());
      }
    } finally {
      cache.save();
    }
    List<Dependency> result = new ArrayList<>();
    for (LocalDependency file : files) {
      result.add(
          new Dependency(file.path().toString(), hashes.get(file.file()), size(file.file())));
    }
    return result;
  }

  private static long size(Path file) throws IOException {
    return Files.size(file);
  }

  private static long modified(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class)
        .lastModifiedTime()
        .to(TimeUnit.NANOSECONDS);
  }
}
