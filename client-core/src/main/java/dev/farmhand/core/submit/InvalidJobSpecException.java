package dev.farmhand.core.submit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A job spec with faults, found before anything was sent. Every fault is listed with the field it
 * is in, so all of them can be fixed at once.
 */
public final class InvalidJobSpecException extends IllegalArgumentException {
  private final transient Map<String, String> faults;

  public InvalidJobSpecException(Map<String, String> faults) {
    super(
        "the job cannot be sent: "
            + faults.entrySet().stream()
                .map(f -> f.getKey() + ": " + f.getValue())
                .collect(Collectors.joining("; ")));
    this.faults = Collections.unmodifiableMap(new LinkedHashMap<>(faults));
  }

  /** Each fault by the field it is in ({@code frames}, {@code priority}…). */
  public Map<String, String> faults() {
    return faults;
  }

  /** The fields with faults, in the order they were found. */
  public List<String> fields() {
    return List.copyOf(faults.keySet());
  }
}
