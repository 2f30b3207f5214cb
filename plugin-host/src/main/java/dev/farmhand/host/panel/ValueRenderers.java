package dev.farmhand.host.panel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;

/** Renderers for the typed values of the jobs table that are shown as plain text. */
final class ValueRenderers {
  private static final DateTimeFormatter SUBMITTED =
      DateTimeFormatter.ofPattern("MMM d, HH:mm").withZone(ZoneId.systemDefault());

  private ValueRenderers() {}

  static void install(JTable table) {
    table.setDefaultRenderer(Instant.class, text(v -> SUBMITTED.format((Instant) v), false));
    table.setDefaultRenderer(Duration.class, text(v -> JobTimes.text((Duration) v), true));
    table.setDefaultRenderer(DownloadState.class, text(v -> ((DownloadState) v).text(), false));
  }

  private static DefaultTableCellRenderer text(
      java.util.function.Function<Object, String> format, boolean right) {
    DefaultTableCellRenderer renderer =
        new DefaultTableCellRenderer() {
          @Override
          protected void setValue(Object value) {
            setText(value == null ? "" : format.apply(value));
          }
        };
    if (right) {
      renderer.setHorizontalAlignment(SwingConstants.RIGHT);
    }
    return renderer;
  }
}
