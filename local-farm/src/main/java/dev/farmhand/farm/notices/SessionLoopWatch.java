package dev.farmhand.farm.notices;

import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptExceptionMessage;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Tells when one of Moquette's session event loops dies. Moquette runs every session's work on a
 * few loop threads; a command that throws ends its loop for good, and from then on every session on
 * that loop is stuck while its clients' connections stay up (pings are answered elsewhere). The
 * broker calls this on the dying loop's thread, so {@code onFailure} must hand the work on and
 * return at once. Thread-safe.
 */
final class SessionLoopWatch extends AbstractInterceptHandler {
  private final Consumer<Throwable> onFailure;

  SessionLoopWatch(Consumer<Throwable> onFailure) {
    this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
  }

  @Override
  public String getID() {
    return "farmhand-session-loop-watch";
  }

  /** Only loop failures: no packet passes through it. */
  @Override
  public Class<?>[] getInterceptedMessageTypes() {
    return new Class<?>[] {InterceptExceptionMessage.class};
  }

  @Override
  public void onSessionLoopError(Throwable error) {
    onFailure.accept(error);
  }
}
