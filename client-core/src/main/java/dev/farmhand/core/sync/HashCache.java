package dev.farmhand.core.sync;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What files hashed to, remembered between runs so an unchanged file is never hashed twice. An
 * entry is found only when the file's absolute path, size and modification time are all what they
 * were when it was hashed; one entry is kept per path.
 *
 * <p>The cache is one text file, {@value #FILE_NAME}, in a folder ({@link #defaultFolder()} unless
 * given). It is read once, when the cache is opened, and written whole by {@link #save()} to a
 * temporary file that is then renamed over it, so a crash never leaves half a cache. A damaged or
 * unreadable cache file is logged and the cache starts empty: it only costs hashing again. At most
 * {@code capacity} entries are kept; beyond that the least recently used go first.
 *
 * <p>Thread-safe: any number of threads may look up and add entries at once.
 */
public final class HashCache {
  /** The cache file's name in its folder. */
  public static final String FILE_NAME = "hashes-v1.txt";

  /** How many entries a cache keeps unless told otherwise. */
  public static final int DEFAULT_CAPACITY = 1_000_000;

  private static final Logger LOG = LoggerFactory.getLogger(HashCache.class);
  private static final String HEADER = "farmhand hash cache v1";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path file;
  private final int capacity;
  private final LinkedHashMap<String, Entry> entries;
  private boolean dirty;

  private record Entry(long size, long modifiedNanos, String sha256) {}

  private HashCache(Path folder, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity is " + capacity + ": keep at least 1 entry");
    }
    this.file = folder.resolve(FILE_NAME);
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > HashCache.this.capacity;
          }
        };
  }

  /** The cache in the user's cache folder ({@link #defaultFolder()}), read now. */
  public static HashCache open() {
    return open(defaultFolder(), DEFAULT_CAPACITY);
  }

  /**
   * The cache in this folder, read now. The folder need not exist yet: {@link #save()} creates it.
   *
   * @param capacity the most entries kept; the least recently used are dropped beyond it
   */
  public static HashCache open(Path folder, int capacity) {
    HashCache cache = new HashCache(folder.toAbsolutePath(), capacity);
    cache.load();
    return cache;
  }

  /**
   * Farmhand's folder in the user's cache folder: {@code $XDG_CACHE_HOME/farmhand}, or {@code
   * ~/.cache/farmhand} when that variable is unset or not absolute.
   */
  public static Path defaultFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "farmhand");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "farmhand");
  }

  /** The file the cache is read from and saved to. */
  public Path file() {
    return file;
  }

  /**
   * The SHA-256 the file had when it was hashed with this size and modification time, if known.
   *
   * @param file an absolute path
   */
  public Optional<String> get(Path file, long size, long modifiedNanos) {
    String key = key(file);
    synchronized (this) {
      Entry entry = entries.get(key);
      if (entry == null || entry.size != size || entry.modifiedNanos != modifiedNanos) {
        return Optional.empty();
      }
      return Optional.of(entry.sha256);
    }
  }

  /** Remembers what the file hashed to at this size and modification time. */
  public void put(Path file, long size, long modifiedNanos, String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("'" + sha256 + "' is not a SHA-256");
    }
    String key = key(file);
    synchronized (this) {
      entries.put(key, new Entry(size, modifiedNanos, sha256));
      dirty = true;
    }
  }

  /** Forgets the file, so it is hashed again next time. */
  public synchronized void remove(Path file) {
    if (entries.remove(key(file)) != null) {
      dirty = true;
    }
  }

  /** How many entries the cache holds. */
  public synchronized int size() {
    return entries.size();
  }

  /**
   * Writes the cache to its file if it changed since it was read or last saved: to a temporary file
   * beside it, then renamed over it.
   *
   * @throws IOException if the folder or file cannot be written; the old file is left as it was
   */
  public void save() throws IOException {
    StringBuilder text;
    synchronized (this) {
      if (!dirty) {
        return;
      }
      text = new StringBuilder(64 + entries.size() * 160).append(HEADER).append('\n');
      // eldest first, so reading the file back keeps the order of use
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        Entry entry = e.getValue();
        text.append(entry.sha256)
            .append('\t')
            .append(entry.size)
            .append('\t')
            .append(entry.modifiedNanos)
            .append('\t')
            .append(escape(e.getKey()))
            .append('\n');
      }
      dirty = false;
    }
    try {
      write(text);
    } catch (IOException | RuntimeException e) {
      synchronized (this) {
        dirty = true;
      }
      throw e;
    }
  }

  private void write(CharSequence text) throws IOException {
    Path folder = Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(folder, FILE_NAME, ".tmp");
    try {
      try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        out.append(text);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void load() {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (!HEADER.equals(header)) {
        throw new DamagedCacheException("its first line is not '" + HEADER + "'");
      }
      int number = 1;
      for (String line; (line = in.readLine()) != null; ) {
        number++;
        String[] fields = line.split("\t", 4);
        if (fields.length != 4 || !SHA256.matcher(fields[0]).matches()) {
          throw new DamagedCacheException("line " + number + " is not sha256, size, time, path");
        }
        try {
          Entry entry = new Entry(Long.parseLong(fields[1]), Long.parseLong(fields[2]), fields[0]);
          entries.put(unescape(fields[3]), entry);
        } catch (IllegalArgumentException e) {
          throw new DamagedCacheException("line " + number + " has a bad number or path");
        }
      }
    } catch (NoSuchFileException e) {
      // a first run: nothing was cached yet
    } catch (IOException | DamagedCacheException e) {
      entries.clear();
      LOG.warn(
          "The hash cache {} cannot be read ({}); starting with an empty cache: files will be"
              + " hashed again and the cache rewritten",
          file,
          e.getMessage());
    }
  }

  private static String key(Path file) {
    if (!file.isAbsolute()) {
      throw new IllegalArgumentException(file + " is not absolute: give the absolute path");
    }
    return file.normalize().toString();
  }

  /** Paths may hold tabs, newlines and backslashes; the file holds one entry per line. */
  private static String escape(String path) {
    StringBuilder out = new StringBuilder(path.length() + 8);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i == text.length()) {
        throw new IllegalArgumentException("a path ends in a lone backslash");
      }
      out.append(
          switch (text.charAt(i)) {
            case '\\' -> '\\';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> throw new IllegalArgumentException("unknown escape in a path");
          });
    }
    return out.toString();
  }

  /** A cache file that is not what this class writes. */
  private static final class DamagedCacheException extends RuntimeException {
    DamagedCacheException(String message) {
      super(message);
    }
  }
}
