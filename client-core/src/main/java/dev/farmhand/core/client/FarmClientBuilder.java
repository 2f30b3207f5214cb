package dev.farmhand.core.client;

import dev.farmhand.core.client.internal.Pool;
import dev.farmhand.core.protocol.Nullable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Builds a {@link FarmClient}. Each setter checks its value at once and throws {@link
 * IllegalArgumentException} with a message that says how to fix it. A builder from {@link
 * FarmClient#newBuilder()} shares its client's connection pool while the pool settings stay the
 * same. Not thread-safe; the clients it builds are.
 */
public final class FarmClientBuilder {
  private @Nullable URI farm;
  private @Nullable String key;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration responseTimeout = Duration.ofSeconds(60);
  private Duration leaseTimeout = Duration.ofSeconds(30);
  private int maxConnections = 32;
  private int maxConnectionsPerRoute = 16;
  private RetrySettings retries = RetrySettings.DEFAULT;
  private Sleeper sleeper = Sleeper.THREAD;
  private RandomGenerator random = RandomGenerator.getDefault();
  private Clock clock = Clock.systemUTC();
  private @Nullable Pool shared;

  FarmClientBuilder() {}

  /** A copy of these settings that shares {@code pool} (when its settings still fit). */
  FarmClientBuilder copy(@Nullable Pool pool) {
    FarmClientBuilder copy = new FarmClientBuilder();
    copy.farm = farm;
    copy.key = key;
    copy.connectTimeout = connectTimeout;
    copy.responseTimeout = responseTimeout;
    copy.leaseTimeout = leaseTimeout;
    copy.maxConnections = maxConnections;
    copy.maxConnectionsPerRoute = maxConnectionsPerRoute;
    copy.retries = retries;
    copy.sleeper = sleeper;
    copy.random = random;
    copy.clock = clock;
    copy.shared = pool;
    return copy;
  }

  /**
   * The farm's base URL, {@code http} or {@code https}, e.g. {@code http://127.0.0.1:8080}. A path
   * is kept (a farm behind a prefix); a trailing {@code /} is dropped.
   */
  public FarmClientBuilder farm(URI url) {
    Objects.requireNonNull(url, "farm URL");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("farm URL must be http or https: " + url);
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      throw new IllegalArgumentException(
          "farm URL has no host: " + url + "; write it as " + scheme + "://HOST:PORT");
    }
    if (url.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "farm URL must not hold a user or password: give the key with key(…), --key or"
              + " FARMHAND_KEY");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "farm URL must not have a query or fragment: " + url + "; give only scheme, host, port");
    }
    String text = url.toString();
    this.farm = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    return this;
  }

  /** The farm's base URL as text; see {@link #farm(URI)}. */
  public FarmClientBuilder farm(String url) {
    Objects.requireNonNull(url, "farm URL");
    try {
      return farm(URI.create(url.strip()));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("farm URL")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "farm URL is not a URL: " + url + "; write it as http://HOST:PORT", e);
    }
  }

  /** The API key, sent as {@code Authorization: Bearer KEY}. Never logged nor shown. */
  public FarmClientBuilder key(String apiKey) {
    Objects.requireNonNull(apiKey, "key");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException(
          "the key is empty: pass --key, set FARMHAND_KEY, or run farmhand login");
    }
    for (int i = 0; i < apiKey.length(); i++) {
      char c = apiKey.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        throw new IllegalArgumentException(
            "the key has a space, line break or non-ASCII character at position "
                + (i + 1)
                + ": paste it exactly as the farm issued it");
      }
    }
    this.key = apiKey;
    return this;
  }

  /** How long to wait for a connection to the farm; default 10 s. */
  public FarmClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connect timeout");
    return this;
  }

  /** How long to wait for the farm's answer once a request is sent; default 60 s. */
  public FarmClientBuilder responseTimeout(Duration timeout) {
    this.responseTimeout = positive(timeout, "response timeout");
    return this;
  }

  /** How long to wait for a free connection from the pool; default 30 s. */
  public FarmClientBuilder leaseTimeout(Duration timeout) {
    this.leaseTimeout = positive(timeout, "lease timeout");
    return this;
  }

  /** Connections in the pool, in all; default 32. */
  public FarmClientBuilder maxConnections(int total) {
    if (total < 1 || total > 1024) {
      throw new IllegalArgumentException("maxConnections must be 1 to 1024: " + total);
    }
    this.maxConnections = total;
    return this;
  }

  /** Connections to the farm at once (one route); default 16, at most {@code maxConnections}. */
  public FarmClientBuilder maxConnectionsPerRoute(int perRoute) {
    if (perRoute < 1 || perRoute > 1024) {
      throw new IllegalArgumentException("maxConnectionsPerRoute must be 1 to 1024: " + perRoute);
    }
    this.maxConnectionsPerRoute = perRoute;
    return this;
  }

  /** How requests that are safe to retry are retried; default {@link RetrySettings#DEFAULT}. */
  public FarmClientBuilder retries(RetrySettings settings) {
    this.retries = Objects.requireNonNull(settings, "retries");
    return this;
  }

  /** What waits between retries; tests inject one that records. */
  public FarmClientBuilder sleeper(Sleeper waits) {
    this.sleeper = Objects.requireNonNull(waits, "sleeper");
    return this;
  }

  /** The randomness of the retry jitter; tests inject a fixed one. */
  public FarmClientBuilder random(RandomGenerator generator) {
    this.random = Objects.requireNonNull(generator, "random");
    return this;
  }

  /** The clock that dates {@code Retry-After}; tests inject a fixed one. */
  public FarmClientBuilder clock(Clock time) {
    this.clock = Objects.requireNonNull(time, "clock");
    return this;
  }

  /**
   * The client.
   *
   * @throws IllegalStateException if the farm or the key is missing, or the pool sizes disagree
   */
  public FarmClient build() {
    if (farm == null) {
      throw new IllegalStateException(
          "no farm given: pass --farm URL, set FARMHAND_FARM, or run farmhand login");
    }
    if (key == null) {
      throw new IllegalStateException(
          "no key given for the farm at "
              + farm
              + ": pass --key KEY, set FARMHAND_KEY, or run farmhand login");
    }
    if (maxConnectionsPerRoute > maxConnections) {
      throw new IllegalStateException(
          "maxConnectionsPerRoute ("
              + maxConnectionsPerRoute
              + ") is more than maxConnections ("
              + maxConnections
              + "): raise maxConnections or lower the other");
    }
    Pool.Settings wanted =
        new Pool.Settings(connectTimeout, maxConnections, maxConnectionsPerRoute);
    Pool pool =
        shared != null && shared.settings().equals(wanted) && shared.acquire()
            ? shared
            : new Pool(wanted);
    return new FarmClient(this, farm, key, pool);
  }

  /** The farm URL as set (normalized), or null. */
  @Nullable
  URI farmUrl() {
    return farm;
  }

  Duration responseTimeout() {
    return responseTimeout;
  }

  Duration leaseTimeout() {
    return leaseTimeout;
  }

  RetrySettings retries() {
    return retries;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  RandomGenerator random() {
    return random;
  }

  Clock clock() {
    return clock;
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "FarmClientBuilder[farm=" + farm + ", key=" + (key == null ? "none" : "hidden") + "]";
  }
}
