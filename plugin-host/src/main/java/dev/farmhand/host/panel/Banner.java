package dev.farmhand.host.panel;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The strip above the table that says the panel is not live, and why; hidden while live. */
final class Banner extends JPanel {
  private final JLabel text = new JLabel();

  Banner() {
    super(new BorderLayout());
    setName("banner");
    setBackground(new Color(0xfff3cd));
    setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
    text.setName("banner.text");
    text.setForeground(new Color(0x7a5200));
    add(text, BorderLayout.CENTER);
    setVisible(false);
  }

  void show(LinkState state) {
    boolean lost = !state.live();
    if (lost && !state.message().equals(text.getText())) {
      text.setText(state.message());
      text.setToolTipText(state.message());
    }
    if (isVisible() != lost) {
      setVisible(lost);
      revalidate();
    }
  }

  String message() {
    return text.getText();
  }
}
