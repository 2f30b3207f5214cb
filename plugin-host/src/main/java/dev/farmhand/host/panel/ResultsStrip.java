package dev.farmhand.host.panel;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/**
 * The last control's result per job, under the table: done and the status now, or refused and the
 * farm's reason. Used on the event thread only.
 */
final class ResultsStrip extends JPanel {
  private final JLabel heading = new JLabel(" ");
  private final DefaultListModel<ControlResult> results = new DefaultListModel<>();
  private final JList<ControlResult> list = new JList<>(results);

  ResultsStrip() {
    super(new BorderLayout());
    setName("results");
    heading.setName("results.heading");
    list.setName("results.list");
    list.setVisibleRowCount(3);
    list.setCellRenderer(
        new DefaultListCellRenderer() {
          @Override
          public Component getListCellRendererComponent(
              JList<?> l, Object value, int index, boolean selected, boolean focused) {
            super.getListCellRendererComponent(l, value, index, selected, focused);
            ControlResult result = (ControlResult) value;
            setText(result.line());
            if (!selected) {
              setForeground(result.done() ? new Color(0x1f6e3a) : new Color(0xb02a2a));
            }
            return this;
          }
        });
    setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    add(heading, BorderLayout.NORTH);
    add(new JScrollPane(list), BorderLayout.CENTER);
  }

  /** Shows what a control did to each job. */
  void show(String what, List<ControlResult> perJob) {
    long done = perJob.stream().filter(ControlResult::done).count();
    heading.setText(
        what
            + " on "
            + perJob.size()
            + (perJob.size() == 1 ? " job: " : " jobs: ")
            + done
            + " done"
            + (done < perJob.size() ? ", " + (perJob.size() - done) + " refused" : ""));
    results.clear();
    perJob.forEach(results::addElement);
  }

  /** Shows a failure of the whole request: the farm refused it, or could not be reached. */
  void showFailure(String what, String message) {
    heading.setText(what + " was not sent: " + message);
    results.clear();
  }

  /** Shows work under way. */
  void showBusy(String what) {
    heading.setText(what + "…");
  }

  String headingText() {
    return heading.getText();
  }

  List<ControlResult> shown() {
    return java.util.Collections.list(results.elements());
  }
}
