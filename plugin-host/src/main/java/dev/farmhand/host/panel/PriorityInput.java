package dev.farmhand.host.panel;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.Optional;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * Asks for a job priority, 0 to 100. What was typed is read as typed: a value out of range or not a
 * number is refused with a message that says so, never replaced by the spinner's last valid value.
 * Used on the event thread only.
 */
final class PriorityInput {
  static final int MIN = 0;
  static final int MAX = 100;
  static final String TITLE = "Priority (0 to 100, higher runs first)";

  private final JSpinner spinner;
  private final JFormattedTextField field;
  private final JPanel panel = new JPanel(new BorderLayout(0, 6));

  PriorityInput(int current, String what) {
    spinner = new JSpinner(new SpinnerNumberModel(clamp(current), MIN, MAX, 5));
    spinner.setName("priority.spinner");
    field = ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField();
    // Keep an invalid text as typed, so OK reads it instead of the last valid value.
    field.setFocusLostBehavior(JFormattedTextField.COMMIT);
    panel.add(
        new JLabel("New priority for " + what + ", 0 to 100; higher runs first:"),
        BorderLayout.NORTH);
    panel.add(spinner, BorderLayout.CENTER);
  }

  /** Shows the dialog; empty when cancelled. */
  Optional<String> ask(Component parent) {
    int ok = JOptionPane.showConfirmDialog(parent, panel, TITLE, JOptionPane.OK_CANCEL_OPTION);
    return ok == JOptionPane.OK_OPTION ? Optional.of(field.getText()) : Optional.empty();
  }

  /**
   * The priority this text gives.
   *
   * @throws IllegalArgumentException naming the value and the range when it is not a whole number
   *     from 0 to 100
   */
  static int parse(String typed) {
    String text = typed.strip();
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a whole number: give 0 to 100 (higher runs first)", e);
    }
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException(
          value + " is out of range: give 0 to 100 (higher runs first)");
    }
    return value;
  }

  private static int clamp(int priority) {
    return Math.max(MIN, Math.min(MAX, priority));
  }
}
