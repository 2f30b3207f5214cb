package dev.farmhand.core.protocol;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of a control on one job. */
public enum ActionOutcome {
  /** The control applied; the job shows its new status. */
  DONE,
  /** Nothing changed; the result's error says why. */
  REFUSED;

  /** The name on the wire: {@code "refused"}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
