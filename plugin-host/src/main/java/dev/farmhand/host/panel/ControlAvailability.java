package dev.farmhand.host.panel;

import dev.farmhand.core.client.ControlChoices;
import dev.farmhand.core.client.Controls;
import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.ControlTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether a control is offered on the selected jobs, and the tooltip that says why or why not, all
 * read from the shared status table through {@link Controls#applicable(Job, Role)}: nothing here
 * knows a rule of its own. A control is enabled when it applies to at least one selected job (the
 * farm answers for each job, and refuses the others with the same reason shown here); Set Priority
 * is not shown to a key that is not an admin's. Immutable.
 *
 * @param control the control
 * @param shown whether to show it at all
 * @param enabled whether it can be used on the selection
 * @param applies the selected jobs it applies to, in selection order
 * @param refused the selected jobs it does not apply to, each with the reason
 */
record ControlAvailability(
    Control control,
    boolean shown,
    boolean enabled,
    List<String> applies,
    Map<String, String> refused) {
  ControlAvailability {
    Objects.requireNonNull(control, "control");
    applies = List.copyOf(applies);
    refused = new LinkedHashMap<>(refused);
  }

  /** The control on these selected jobs, for a key of this role. */
  static ControlAvailability of(Control control, List<Job> selected, Role role) {
    return all(selected, role).get(control);
  }

  /**
   * Every control on these selected jobs, for a key of this role; each job's choices are read from
   * the shared table once.
   */
  static Map<Control, ControlAvailability> all(List<Job> selected, Role role) {
    Map<Control, List<String>> applies = new EnumMap<>(Control.class);
    Map<Control, Map<String, String>> refused = new EnumMap<>(Control.class);
    for (Control control : Control.values()) {
      applies.put(control, new ArrayList<>());
      refused.put(control, new LinkedHashMap<>());
    }
    for (Job job : selected) {
      ControlChoices choices = Controls.applicable(job, role);
      for (Control control : Control.values()) {
        if (choices.applies(control)) {
          applies.get(control).add(job.id());
        } else {
          refused.get(control).put(job.id(), choices.refused().get(control));
        }
      }
    }
    Map<Control, ControlAvailability> all = new EnumMap<>(Control.class);
    for (Control control : Control.values()) {
      boolean shown = !control.adminOnly() || role == Role.ADMIN;
      List<String> yes = applies.get(control);
      all.put(
          control,
          new ControlAvailability(control, shown, !yes.isEmpty(), yes, refused.get(control)));
    }
    return all;
  }

  /**
   * The tooltip: what the control does when it applies to every selected job; which jobs it leaves
   * and why when it applies to some; why not when it applies to none (one reason when every job
   * gives the same).
   */
  String tooltip() {
    if (applies.isEmpty() && refused.isEmpty()) {
      return "Select one or more jobs to " + control.label();
    }
    String effect = control.label() + ": " + ControlTable.jobEffect(control);
    if (refused.isEmpty()) {
      return effect;
    }
    List<String> lines = new ArrayList<>();
    if (!applies.isEmpty()) {
      lines.add(effect);
      lines.add("Not for " + String.join(", ", refused.keySet()) + ":");
    }
    LinkedHashSet<String> reasons = new LinkedHashSet<>(refused.values());
    if (reasons.size() == 1 && applies.isEmpty()) {
      lines.add(reasons.iterator().next());
    } else {
      refused.forEach((id, reason) -> lines.add(id + ": " + reason));
    }
    return String.join("\n", lines);
  }

  /** The tooltip as Swing shows several lines. */
  String tooltipHtml() {
    String escaped =
        tooltip()
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\n", "<br>");
    return "<html>" + escaped + "</html>";
  }
}
