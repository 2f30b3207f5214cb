package dev.farmhand.host.panel;

import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.JTable;

/**
 * A right click on a row that is not selected selects it alone before the menu opens, as file
 * managers do; on a selected row it keeps the selection, so the menu acts on every selected row.
 */
final class RightClickSelects extends MouseAdapter {
  private final JTable table;

  RightClickSelects(JTable table) {
    this.table = table;
  }

  @Override
  public void mousePressed(MouseEvent e) {
    if (e.isPopupTrigger() || javax.swing.SwingUtilities.isRightMouseButton(e)) {
      int row = table.rowAtPoint(e.getPoint());
      if (row >= 0 && !table.isRowSelected(row)) {
        table.setRowSelectionInterval(row, row);
      }
    }
  }
}
