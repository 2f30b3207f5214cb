package dev.farmhand.core.client;

import dev.farmhand.core.status.Control;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which controls apply to a job and why the others do not, as the shared status table says: what a
 * menu enables, and the tooltip of each greyed-out item. Immutable.
 *
 * @param applicable the controls that apply, in menu order
 * @param refused the others, each with the sentence a person reads ("Retry does not apply to a
 *     Running job: its tasks are still rendering; Hold and Kill it, then Retry")
 */
public record ControlChoices(Set<Control> applicable, Map<Control, String> refused) {
  public ControlChoices {
    applicable = Set.copyOf(Objects.requireNonNull(applicable, "applicable"));
    refused = Map.copyOf(Objects.requireNonNull(refused, "refused"));
  }

  /** True when the control applies. */
  public boolean applies(Control control) {
    return applicable.contains(control);
  }
}
