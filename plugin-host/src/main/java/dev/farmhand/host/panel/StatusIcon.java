package dev.farmhand.host.panel;

import dev.farmhand.core.status.JobStatus;
import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.Icon;

/**
 * A small drawn icon per job status, in its colour, so a status reads by shape as well as colour: a
 * hollow ring (Pending), arrows (Sync Pending), a play triangle (Running), pause bars (Holding), a
 * tick (Success), a down arrow (Downloaded), a cross (Failed), a diamond (Preempted), a star
 * (Reviewed), a square (Killed). Immutable.
 */
final class StatusIcon implements Icon {
  private static final int SIZE = 12;
  private final JobStatus status;

  StatusIcon(JobStatus status) {
    this.status = status;
  }

  @Override
  public int getIconWidth() {
    return SIZE;
  }

  @Override
  public int getIconHeight() {
    return SIZE;
  }

  @Override
  public void paintIcon(Component c, Graphics graphics, int x, int y) {
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.translate(x, y);
      g.setColor(StatusLook.colour(status));
      g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      paintShape(g);
    } finally {
      g.dispose();
    }
  }

  private void paintShape(Graphics2D g) {
    switch (status) {
      case PENDING:
        g.drawOval(2, 2, 8, 8);
        break;
      case SYNC_PENDING:
        g.drawArc(2, 2, 8, 8, 30, 240);
        g.fillPolygon(new int[] {9, 12, 7}, new int[] {1, 5, 6}, 3);
        break;
      case RUNNING:
        g.fillPolygon(new int[] {3, 11, 3}, new int[] {1, 6, 11}, 3);
        break;
      case HOLDING:
        g.fillRect(2, 1, 3, 10);
        g.fillRect(7, 1, 3, 10);
        break;
      case SUCCESS:
        g.draw(line(2, 6, 5, 9, 10, 2));
        break;
      case DOWNLOADED:
        g.draw(line(6, 1, 6, 10));
        g.draw(line(2, 6, 6, 10, 10, 6));
        break;
      case FAILED:
        g.draw(line(2, 2, 10, 10));
        g.draw(line(10, 2, 2, 10));
        break;
      case PREEMPTED:
        g.fillPolygon(new int[] {6, 11, 6, 1}, new int[] {1, 6, 11, 6}, 4);
        break;
      case REVIEWED:
        g.fillPolygon(
            new int[] {6, 7, 11, 8, 9, 6, 3, 4, 1, 5},
            new int[] {1, 4, 4, 7, 11, 9, 11, 7, 4, 4},
            10);
        break;
      case KILLED:
        g.fillRect(2, 2, 8, 8);
        break;
      default:
        throw new AssertionError(status);
    }
  }

  private static Path2D line(int... xy) {
    Path2D path = new Path2D.Float();
    path.moveTo(xy[0], xy[1]);
    for (int i = 2; i < xy.length; i += 2) {
      path.lineTo(xy[i], xy[i + 1]);
    }
    return path;
  }
}
