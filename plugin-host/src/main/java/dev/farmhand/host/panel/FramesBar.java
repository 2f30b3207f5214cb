package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.JobStats;
import dev.farmhand.core.status.JobStatus;
import java.awt.Color;
import java.awt.Component;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;
import javax.swing.JTable;
import javax.swing.table.TableCellRenderer;

/**
 * A job's frames as a bar: done, running, holding and failed as coloured parts of the whole
 * (pending is what is left), with {@code done/total} written over it. The table's renderer.
 */
final class FramesBar extends JComponent implements TableCellRenderer {
  private static final Color TRACK = new Color(0xe3e6ea);
  private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 170);
  private static final JobStatus[] PARTS = {
    JobStatus.SUCCESS, JobStatus.RUNNING, JobStatus.HOLDING, JobStatus.FAILED
  };

  private JobStats stats = JobStats.notStarted(0);

  @Override
  public Component getTableCellRendererComponent(
      JTable table, Object value, boolean selected, boolean focused, int row, int column) {
    stats = (JobStats) value;
    setFont(table.getFont());
    setBackground(selected ? table.getSelectionBackground() : table.getBackground());
    setForeground(selected ? table.getSelectionForeground() : table.getForeground());
    return this;
  }

  /** The bar's text: {@code 12/40}. */
  static String text(JobStats stats) {
    return stats.framesDone() + "/" + stats.framesTotal();
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      g.setColor(getBackground());
      g.fillRect(0, 0, getWidth(), getHeight());
      int x = 3;
      int y = 3;
      int width = Math.max(0, getWidth() - 6);
      int height = Math.max(0, getHeight() - 6);
      g.setColor(TRACK);
      g.fillRect(x, y, width, height);
      int total = Math.max(1, stats.framesTotal());
      int[] parts = {
        stats.framesDone(), stats.framesRunning(), stats.framesHolding(), stats.framesFailed()
      };
      int done = 0;
      for (int i = 0; i < parts.length; i++) {
        int from = x + (int) ((long) width * done / total);
        done += parts[i];
        int to = x + (int) ((long) width * done / total);
        g.setColor(StatusLook.colour(PARTS[i]));
        g.fillRect(from, y, to - from, height);
      }
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(getFont());
      FontMetrics metrics = g.getFontMetrics();
      String text = text(stats);
      int textX = x + (width - metrics.stringWidth(text)) / 2;
      int textY = y + (height + metrics.getAscent() - metrics.getDescent()) / 2;
      g.setColor(LABEL_BACKGROUND);
      g.fillRect(textX - 3, y + 1, metrics.stringWidth(text) + 6, Math.max(0, height - 2));
      g.setColor(Color.DARK_GRAY);
      g.drawString(text, textX, textY);
    } finally {
      g.dispose();
    }
  }
}
