package dev.farmhand.farm.web;

import dev.farmhand.core.status.Control;
import dev.farmhand.core.status.ControlRule;
import dev.farmhand.core.status.ControlTable;
import dev.farmhand.core.status.JobStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The control table as the web page reads it, made from {@link ControlTable} when it is asked for:
 * the page greys out what the table refuses, with the table's sentence, and codes no rule itself.
 * Pure; thread-safe.
 */
public final class PageControls {
  /** The order of the page's menu and toolbar. */
  static final List<Control> MENU =
      List.of(
          Control.RETRY,
          Control.COMPLETE,
          Control.REVIEWED,
          Control.KILL,
          Control.RETRY_ALL_FAILS,
          Control.SET_PRIORITY,
          Control.RETRY_SYNC,
          Control.UNHOLD,
          Control.HOLD);

  private PageControls() {}

  /**
   * One status.
   *
   * @param id the wire name, as jobs carry it
   * @param label what the page shows
   */
  public record StatusView(String id, String label) {}

  /**
   * One control.
   *
   * @param id the wire name, as {@code POST /jobs/actions} takes it
   * @param label what the menu shows
   * @param effect what it does to the job, for the menu's description
   * @param refused for each status it does not apply to, the sentence why (the farm's own)
   */
  public record ControlView(String id, String label, String effect, Map<String, String> refused) {}

  /** Every status, in the table's order. */
  public static List<StatusView> statuses() {
    List<StatusView> all = new ArrayList<>();
    for (JobStatus status : JobStatus.values()) {
      all.add(new StatusView(status.wireName(), status.label()));
    }
    return all;
  }

  /** The controls someone of this role may use, in the menu's order; admin-only ones for admins. */
  public static List<ControlView> forRole(boolean admin) {
    List<ControlView> controls = new ArrayList<>();
    for (Control control : MENU) {
      if (control.adminOnly() && !admin) {
        continue;
      }
      Map<String, String> refused = new LinkedHashMap<>();
      for (JobStatus status : JobStatus.values()) {
        ControlRule rule = ControlTable.rule(control, status);
        if (!rule.applies()) {
          refused.put(status.wireName(), rule.refusal());
        }
      }
      controls.add(
          new ControlView(
              control.wireName(), control.label(), ControlTable.jobEffect(control), refused));
    }
    return controls;
  }
}
