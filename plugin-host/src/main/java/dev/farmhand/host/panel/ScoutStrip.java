package dev.farmhand.host.panel;

import dev.farmhand.core.protocol.Job;
import dev.farmhand.core.protocol.Role;
import dev.farmhand.core.status.Control;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/**
 * The job's scout frames as thumbnails, with Approve (Un-Hold: render the rest) and Reject (Kill)
 * beside them, each enabled and explained by the shared status table. Used on the event thread.
 */
final class ScoutStrip extends JPanel {
  private final JPanel frames = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
  private final JLabel note = new JLabel(" ");
  private final JButton approve = new JButton("Approve (Un-Hold)");
  private final JButton reject = new JButton("Reject (Kill)");
  private Job job;

  /**
   * @param send sends a control to a job
   */
  ScoutStrip(BiConsumer<Control, List<String>> send) {
    super(new BorderLayout());
    setName("detail.scouts");
    setBorder(BorderFactory.createTitledBorder("Scout frames"));
    frames.setName("detail.scouts.frames");
    note.setName("detail.scouts.note");
    approve.setName("detail.approve");
    reject.setName("detail.reject");
    approve.addActionListener(e -> send.accept(Control.UNHOLD, List.of(job.id())));
    reject.addActionListener(e -> send.accept(Control.KILL, List.of(job.id())));
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    buttons.add(approve);
    buttons.add(reject);
    JPanel bottom = new JPanel(new BorderLayout());
    bottom.add(note, BorderLayout.CENTER);
    bottom.add(buttons, BorderLayout.EAST);
    add(frames, BorderLayout.CENTER);
    add(bottom, BorderLayout.SOUTH);
    show(null, List.of(), "", Role.USER);
  }

  void show(Job shown, List<ScoutFrame> scouts, String text, Role role) {
    this.job = shown;
    frames.removeAll();
    for (ScoutFrame scout : scouts) {
      JLabel frame =
          new JLabel(
              "frame " + scout.frame(), new ImageIcon(scout.thumbnail()), SwingConstants.CENTER);
      frame.setName("detail.scout." + scout.frame());
      frame.setVerticalTextPosition(SwingConstants.BOTTOM);
      frame.setHorizontalTextPosition(SwingConstants.CENTER);
      frame.setToolTipText(scout.file().toString());
      frames.add(frame);
    }
    note.setText(text);
    enable(approve, Control.UNHOLD, role);
    enable(reject, Control.KILL, role);
    frames.revalidate();
    frames.repaint();
  }

  private void enable(JButton button, Control control, Role role) {
    if (job == null) {
      button.setEnabled(false);
      button.setToolTipText("Select a job");
      return;
    }
    ControlAvailability availability = ControlAvailability.of(control, List.of(job), role);
    button.setEnabled(availability.enabled());
    button.setToolTipText(availability.tooltipHtml());
  }

  int thumbnailCount() {
    return frames.getComponentCount();
  }
}
