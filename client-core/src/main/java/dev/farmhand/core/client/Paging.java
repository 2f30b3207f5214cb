package dev.farmhand.core.client;

import dev.farmhand.core.protocol.Nullable;
import dev.farmhand.core.protocol.Output;
import dev.farmhand.core.protocol.OutputPage;
import dev.farmhand.core.protocol.Task;
import dev.farmhand.core.protocol.TaskPage;
import dev.farmhand.core.status.JobStatus;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Paths, ids and cursors of the paged lists. */
final class Paging {
  static final int MAX_LIMIT = 1000;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private Paging() {}

  /** What reads one page: {@link FarmClient#get}. */
  @FunctionalInterface
  interface Getter {
    <T> T get(String path, Class<T> type) throws IOException;
  }

  /** The id, checked to be a protocol id so it stands in a URL as it is. */
  static String id(String value, String what) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " '"
              + value
              + "' is not a farm id: ids are 1 to 64 letters, digits, _ or -, as the farm lists"
              + " them");
    }
    return value;
  }

  /** Checks an {@code Idempotency-Key}: 1 to 255 printable ASCII characters. */
  static void idempotencyKey(String key) {
    if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException(
          "idempotency key must be 1 to 255 printable ASCII characters: use a random UUID");
    }
  }

  static String jobsPath(Set<JobStatus> statuses, @Nullable String cursor, int limit) {
    StringBuilder path = new StringBuilder("/api/v1/jobs?limit=").append(limit(limit));
    if (!statuses.isEmpty()) {
      path.append("&status=")
          .append(
              new TreeSet<>(statuses)
                  .stream().map(JobStatus::wireName).collect(Collectors.joining(",")));
    }
    return path.append(cursor(cursor)).toString();
  }

  static List<Task> tasks(Getter getter, String jobId) throws IOException {
    List<Task> all = new ArrayList<>();
    String cursor = null;
    do {
      TaskPage page =
          getter.get(
              "/api/v1/jobs/" + jobId + "/tasks?limit=" + MAX_LIMIT + cursor(cursor),
              TaskPage.class);
      all.addAll(page.tasks());
      cursor = next(cursor, page.nextCursor());
    } while (cursor != null);
    return all;
  }

  static List<Output> outputs(Getter getter, String jobId) throws IOException {
    List<Output> all = new ArrayList<>();
    String cursor = null;
    do {
      OutputPage page =
          getter.get(
              "/api/v1/jobs/" + jobId + "/outputs?limit=" + MAX_LIMIT + cursor(cursor),
              OutputPage.class);
      all.addAll(page.outputs());
      cursor = next(cursor, page.nextCursor());
    } while (cursor != null);
    return all;
  }

  /** The next cursor; refuses a farm that hands back the same cursor, which would loop forever. */
  static @Nullable String next(@Nullable String current, @Nullable String next) {
    if (next != null && next.equals(current)) {
      throw new IllegalStateException(
          "the farm answered the same next_cursor twice ('" + next + "'): it is not paging");
    }
    return next;
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("page limit must be 1 to " + MAX_LIMIT + ": " + limit);
    }
    return limit;
  }

  private static String cursor(@Nullable String cursor) {
    return cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
  }
}
