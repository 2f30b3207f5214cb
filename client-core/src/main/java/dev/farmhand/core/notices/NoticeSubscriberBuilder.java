package dev.farmhand.core.notices;

import dev.farmhand.core.client.FarmClient;
import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.Nullable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Settings of a {@link NoticeSubscriber}, each checked as it is set. By default: a random name and
 * a clean session (right for short-lived subscribers), starting after the farm's latest event,
 * polling REST every 2 s while MQTT is down, reconnecting after 200 ms doubling up to 30 s. Not
 * thread-safe; build on one thread.
 */
public final class NoticeSubscriberBuilder {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  final FarmClient client;
  final String key;
  String name = "sub-" + UUID.randomUUID().toString().substring(0, 8);
  boolean persistentSession;
  @Nullable Path seqFile;
  @Nullable Long after;
  @Nullable String jobId;
  Duration pollInterval = Duration.ofSeconds(2);
  Duration minBackoff = Duration.ofMillis(200);
  Duration maxBackoff = Duration.ofSeconds(30);
  @Nullable Function<Event, List<Event>> arrivalHook;

  NoticeSubscriberBuilder(FarmClient client, String key) {
    this.client = Objects.requireNonNull(client, "client");
    this.key = Objects.requireNonNull(key, "key");
  }

  /**
   * The MQTT client id's name, after the account's prefix {@code fh-{account}-}: stable per
   * installation and purpose for a persistent session ({@code autodownload-3f2a9c}).
   */
  public NoticeSubscriberBuilder name(String clientName) {
    if (!NAME.matcher(clientName).matches()) {
      throw new IllegalArgumentException(
          "the subscriber name '"
              + clientName
              + "' must be 1 to 40 letters, digits, '_' or '-', so the client id stays within the"
              + " broker's 64 characters");
    }
    this.name = clientName;
    return this;
  }

  /**
   * Clean session off, so the broker queues events while this client (same name) is away: for
   * long-lived subscribers. Give a stable {@link #name}.
   */
  public NoticeSubscriberBuilder persistentSession(boolean persistent) {
    this.persistentSession = persistent;
    return this;
  }

  /**
   * Keeps the last sequence number handed on in this file (written atomically after each event),
   * and starts after the number in it when it exists: for daemons, so a restart misses nothing.
   */
  public NoticeSubscriberBuilder seqFile(Path file) {
    this.seqFile = Objects.requireNonNull(file, "seqFile");
    return this;
  }

  /** Starts after this sequence number (0: every event kept), unless the seq file has one. */
  public NoticeSubscriberBuilder after(long seq) {
    if (seq < 0) {
      throw new IllegalArgumentException("after " + seq + ": sequence numbers are 0 or more");
    }
    this.after = seq;
    return this;
  }

  /** Hands on only this job's events (the sequence is still followed account-wide). */
  public NoticeSubscriberBuilder job(String id) {
    this.jobId = Objects.requireNonNull(id, "job");
    return this;
  }

  /** How often to read REST while MQTT is down or a catch-up failed. */
  public NoticeSubscriberBuilder pollInterval(Duration interval) {
    this.pollInterval = positive(interval, "poll interval");
    return this;
  }

  /** The first wait before reconnecting, doubled after each failure up to {@code max}. */
  public NoticeSubscriberBuilder backoff(Duration min, Duration max) {
    positive(min, "minimum backoff");
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException(
          "the maximum backoff " + max + " is below the minimum " + min);
    }
    this.minBackoff = min;
    this.maxBackoff = max;
    return this;
  }

  /**
   * For tests: rewrites each event as MQTT delivered it before sequencing. Answer the event, none
   * (a lost message), or it twice (a duplicate). Runs on an MQTT thread.
   */
  public NoticeSubscriberBuilder arrivalHook(Function<Event, List<Event>> hook) {
    this.arrivalHook = Objects.requireNonNull(hook, "hook");
    return this;
  }

  /**
   * Starts following the account's events: reads the broker's address from the farm, then connects
   * in the background (it returns before MQTT is up).
   *
   * @throws IOException if the farm cannot tell where its broker is: the client's typed exceptions
   *     ({@link dev.farmhand.core.client.NotAuthenticatedException} for an unknown key…), or the
   *     seq file cannot be read
   */
  public NoticeSubscriber start(NoticeListener listener) throws IOException {
    return NoticeSubscriber.start(this, Objects.requireNonNull(listener, "listener"));
  }

  private static Duration positive(Duration duration, String what) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the " + what + " is " + duration + ": make it positive");
    }
    return duration;
  }
}
