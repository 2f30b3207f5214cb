package dev.farmhand.host.panel;

import dev.farmhand.core.status.JobStatus;
import java.awt.FlowLayout;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/** The filter: a status menu (none ticked shows all) and a text field over title, id and user. */
final class FilterBar extends JPanel {
  private final Map<JobStatus, JCheckBoxMenuItem> items = new EnumMap<>(JobStatus.class);
  private final JTextField text = new JTextField(18);
  private final JButton statuses = new JButton("All statuses ▾");
  private final Consumer<JobFilter> onChange;

  FilterBar(Consumer<JobFilter> onChange) {
    super(new FlowLayout(FlowLayout.LEFT, 6, 2));
    this.onChange = onChange;
    JPopupMenu menu = new JPopupMenu();
    for (JobStatus status : JobStatus.values()) {
      JCheckBoxMenuItem item = new JCheckBoxMenuItem(status.label(), new StatusIcon(status));
      item.setName("filter.status." + status.wireName());
      item.addActionListener(e -> changed());
      items.put(status, item);
      menu.add(item);
    }
    statuses.setName("filter.statuses");
    statuses.addActionListener(e -> menu.show(statuses, 0, statuses.getHeight()));
    text.setName("filter.text");
    text.putClientProperty("JTextField.placeholderText", "title, job or user");
    text.getDocument()
        .addDocumentListener(
            new DocumentListener() {
              @Override
              public void insertUpdate(DocumentEvent e) {
                changed();
              }

              @Override
              public void removeUpdate(DocumentEvent e) {
                changed();
              }

              @Override
              public void changedUpdate(DocumentEvent e) {
                changed();
              }
            });
    add(new JLabel("Show"));
    add(statuses);
    add(text);
  }

  /** Ticks exactly these statuses (none: all) and filters by this text. */
  void set(Set<JobStatus> wanted, String filterText) {
    items.forEach((status, item) -> item.setSelected(wanted.contains(status)));
    text.setText(filterText);
    changed();
  }

  private void changed() {
    Set<JobStatus> wanted = EnumSet.noneOf(JobStatus.class);
    items.forEach(
        (status, item) -> {
          if (item.isSelected()) {
            wanted.add(status);
          }
        });
    statuses.setText(
        wanted.isEmpty()
            ? "All statuses ▾"
            : wanted.size() == 1
                ? wanted.iterator().next().label() + " ▾"
                : wanted.size() + " statuses ▾");
    onChange.accept(new JobFilter(wanted, text.getText()));
  }
}
