package dev.farmhand.it.bench;

import dev.farmhand.core.protocol.Event;
import dev.farmhand.core.protocol.EventType;
import dev.farmhand.core.status.TaskStatus;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * What the farm's notices say, by task: when each task succeeded on the farm (the event's own time)
 * and when this bench's subscriber was handed the notice of its output (this machine's clock, the
 * same the downloaders use). A {@link dev.farmhand.core.notices.NoticeListener}; thread-safe.
 */
final class FarmTimes {
  private final Map<String, Instant> succeeded = new ConcurrentHashMap<>();
  private final Map<String, Instant> outputNoticed = new ConcurrentHashMap<>();
  private final CountDownLatch successes;

  /** Counts down once for each of {@code tasks} successes. */
  FarmTimes(int tasks) {
    this.successes = new CountDownLatch(tasks);
  }

  void onEvent(Event event) {
    Instant now = Instant.now();
    if (event.taskId() == null) {
      return;
    }
    if (event.type() == EventType.TASK_STATUS && event.taskStatus() == TaskStatus.SUCCESS) {
      if (succeeded.putIfAbsent(event.taskId(), event.time()) == null) {
        successes.countDown();
      }
    } else if (event.type() == EventType.OUTPUT_ADDED) {
      outputNoticed.putIfAbsent(event.taskId(), now);
    }
  }

  /** When the task showed Success on the farm, or null if not (yet) seen. */
  Instant succeeded(String taskId) {
    return succeeded.get(taskId);
  }

  /** When this bench was handed the notice of the task's output, or null. */
  Instant outputNoticed(String taskId) {
    return outputNoticed.get(taskId);
  }

  /** Counts down once per task seen to succeed. */
  CountDownLatch successes() {
    return successes;
  }

  int seen() {
    return succeeded.size();
  }
}
