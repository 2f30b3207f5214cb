package dev.farmhand.host.panel;

import dev.farmhand.core.status.JobStatus;
import java.awt.Component;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;

/** A job status as its icon and label, the label in the status's colour. */
final class StatusCellRenderer extends DefaultTableCellRenderer {
  private final Map<JobStatus, StatusIcon> icons = new EnumMap<>(JobStatus.class);

  StatusCellRenderer() {
    for (JobStatus status : JobStatus.values()) {
      icons.put(status, new StatusIcon(status));
    }
  }

  @Override
  public Component getTableCellRendererComponent(
      JTable table, Object value, boolean selected, boolean focused, int row, int column) {
    super.getTableCellRendererComponent(table, value, selected, focused, row, column);
    JobStatus status = (JobStatus) value;
    setText(status.label());
    setIcon(icons.get(status));
    setIconTextGap(6);
    if (!selected) {
      setForeground(StatusLook.text(status));
    }
    return this;
  }
}
