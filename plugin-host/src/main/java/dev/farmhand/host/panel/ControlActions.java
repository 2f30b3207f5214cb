package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.status.Control;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPopupMenu;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;

/**
 * One Swing action per control, shared by the toolbar and the right-click menu, on every selected
 * job: enabled and explained by {@link ControlAvailability} whenever the selection or its rows
 * change; Set Priority shown to admins only; Kill asks whether to hold first. Requests run on a
 * background executor; the result per job goes to the {@link ResultsStrip}. Used on the event
 * thread only.
 */
final class ControlActions {
  private final Supplier<List<Job>> selection;
  private final JobControls controls;
  private final Executor background;
  private final ResultsStrip results;
  private final Consumer<List<String>> changed;
  private final Map<Control, ControlAction> actions = new EnumMap<>(Control.class);
  private final List<Component> priorityItems = new ArrayList<>();
  private Role role = Role.USER;

  /**
   * @param changed told the jobs a control was sent for, so they are read again
   */
  ControlActions(
      Supplier<List<Job>> selection,
      JobControls controls,
      Executor background,
      ResultsStrip results,
      Consumer<List<String>> changed) {
    this.selection = selection;
    this.controls = controls;
    this.background = background;
    this.results = results;
    this.changed = changed;
    for (Control control : Control.values()) {
      actions.put(control, new ControlAction(control));
    }
    update();
  }

  Action action(Control control) {
    return actions.get(control);
  }

  /** The key's role: Set Priority shows for admins only. */
  void role(Role keyRole) {
    this.role = keyRole;
    priorityItems.forEach(item -> item.setVisible(keyRole == Role.ADMIN));
    update();
  }

  /** Reads the selection again: enables and explains each control. */
  void update() {
    Map<Control, ControlAvailability> all = ControlAvailability.all(selection.get(), role);
    actions.forEach(
        (control, action) -> {
          ControlAvailability availability = all.get(control);
          action.setEnabled(availability.enabled());
          action.putValue(Action.SHORT_DESCRIPTION, availability.tooltipHtml());
        });
  }

  JToolBar toolbar() {
    JToolBar bar = new JToolBar();
    bar.setName("controls");
    bar.setFloatable(false);
    for (Control control : Control.values()) {
      JButton button = bar.add(actions.get(control));
      button.setName("control." + control.command());
      button.setHideActionText(false);
      if (control.adminOnly()) {
        button.setVisible(role == Role.ADMIN);
        priorityItems.add(button);
      }
    }
    return bar;
  }

  JPopupMenu menu() {
    JPopupMenu menu = new JPopupMenu();
    menu.setName("controls.menu");
    for (Control control : Control.values()) {
      JMenuItem item = menu.add(actions.get(control));
      item.setName("menu." + control.command());
      if (control.adminOnly()) {
        item.setVisible(role == Role.ADMIN);
        priorityItems.add(item);
      }
    }
    return menu;
  }

  private final class ControlAction extends AbstractAction {
    private final Control control;

    ControlAction(Control control) {
      super(control.label());
      this.control = control;
    }

    @Override
    public void actionPerformed(ActionEvent event) {
      List<String> ids = selection.get().stream().map(Job::id).toList();
      if (ids.isEmpty()) {
        return;
      }
      // Centred on the panel's window, not on the strip at its foot, which it would run past.
      Component window = SwingUtilities.getWindowAncestor(results);
      Component parent = window != null ? window : results;
      if (control == Control.KILL) {
        Object[] options = {"Hold and Kill", "Kill only", "Cancel"};
        int choice =
            JOptionPane.showOptionDialog(
                parent,
                "Kill "
                    + ids.size()
                    + (ids.size() == 1 ? " job" : " jobs")
                    + "? Kill stops what is rendering; queued tasks still run unless the job is"
                    + " held first.",
                "Kill",
                JOptionPane.YES_NO_CANCEL_OPTION,
                JOptionPane.QUESTION_MESSAGE,
                null,
                options,
                options[0]);
        if (choice == 0) {
          run("Hold and Kill", ids, () -> controls.holdAndKill(ids));
        } else if (choice == 1) {
          run("Kill", ids, () -> controls.apply(Control.KILL, ids, null));
        }
        return;
      }
      Integer priority = null;
      if (control == Control.SET_PRIORITY) {
        List<Job> jobs = selection.get();
        String what = jobs.size() == 1 ? jobs.get(0).id() : jobs.size() + " jobs";
        Optional<String> typed = new PriorityInput(jobs.get(0).priority(), what).ask(parent);
        if (typed.isEmpty()) {
          return;
        }
        try {
          priority = PriorityInput.parse(typed.get());
        } catch (IllegalArgumentException e) {
          results.showFailure(control.label(), e.getMessage());
          return;
        }
      }
      Integer chosen = priority;
      run(control.label(), ids, () -> controls.apply(control, ids, chosen));
    }
  }

  /** Sends a control to these jobs without asking anything (Approve and Reject of scouts). */
  void send(Control control, List<String> ids) {
    run(control.label(), ids, () -> controls.apply(control, ids, null));
  }

  /** What a background request answers. */
  @FunctionalInterface
  interface Request {
    List<ControlResult> send() throws Exception;
  }

  private void run(String what, List<String> ids, Request request) {
    results.showBusy(what);
    background.execute(
        () -> {
          try {
            List<ControlResult> perJob = request.send();
            SwingUtilities.invokeLater(() -> results.show(what, perJob));
          } catch (Exception e) {
            String message = e.getMessage() != null ? e.getMessage() : e.toString();
            SwingUtilities.invokeLater(() -> results.showFailure(what, message));
          } finally {
            changed.accept(ids);
          }
        });
  }
}
