package dev.farmhand.farm.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reading and writing the column types the farm's tables share. */
final class Rows {
  private Rows() {}

  static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (value instanceof Instant instant) {
        statement.setString(i + 1, instant.toString());
      } else if (value instanceof Boolean flag) {
        statement.setInt(i + 1, flag ? 1 : 0);
      } else {
        statement.setObject(i + 1, value);
      }
    }
  }

  static Instant instant(ResultSet rows, String column) throws SQLException {
    String text = rows.getString(column);
    return text == null ? null : Instant.parse(text);
  }

  static boolean flag(ResultSet rows, String column) throws SQLException {
    return rows.getInt(column) != 0;
  }

  static String frames(List<Integer> frames) {
    StringBuilder text = new StringBuilder();
    for (int frame : frames) {
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(frame);
    }
    return text.toString();
  }

  static List<Integer> frames(String text) {
    List<Integer> frames = new ArrayList<>();
    for (String frame : text.split(",")) {
      frames.add(Integer.parseInt(frame));
    }
    return frames;
  }
}
