package dev.farmhand.farm.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The farm's SQLite database: one connection, every use of it serialized through {@link
 * #transaction}. Written ahead (WAL), so a farm killed at any moment finds every committed change
 * when it starts again. Thread-safe.
 */
public final class Database implements AutoCloseable {
  private static final int VERSION = 1;

  private final Connection connection;
  private boolean inTransaction;

  private Database(Connection connection) {
    this.connection = connection;
  }

  /** Opens (or creates) the database {@code farm.db} in {@code folder}, bringing its schema up. */
  public static Database open(Path folder) throws IOException {
    Files.createDirectories(folder);
    try {
      Connection connection =
          DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("farm.db").toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = NORMAL");
        statement.execute("PRAGMA foreign_keys = ON");
        statement.execute("PRAGMA busy_timeout = 5000");
      }
      Database database = new Database(connection);
      database.migrate();
      return database;
    } catch (SQLException e) {
      throw new IOException(
          "cannot open the farm's database in "
              + folder
              + ": "
              + e.getMessage()
              + "; check that the folder can be written and that no other farm uses it",
          e);
    }
  }

  /** What a transaction does with the connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
   *
   * @throws StoreException wrapping an SQL failure
   */
  public synchronized <T> T transaction(Work<T> work) {
    if (inTransaction) {
      throw new IllegalStateException(
          "a transaction was started inside another; the inner one would commit the outer");
    }
    inTransaction = true;
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    } finally {
      inTransaction = false;
    }
  }

  private void migrate() throws SQLException {
    int version;
    try (Statement statement = connection.createStatement();
        var rows = statement.executeQuery("PRAGMA user_version")) {
      version = rows.getInt(1);
    }
    if (version > VERSION) {
      throw new SQLException(
          "the database is version " + version + ", newer than this farm (" + VERSION + ")");
    }
    if (version < 1) {
      transaction(
          c -> {
            try (Statement statement = c.createStatement()) {
              for (String sql : script("schema-1.sql").split("\n;\n")) {
                if (!sql.isBlank()) {
                  statement.execute(sql);
                }
              }
              statement.execute("PRAGMA user_version = 1");
            }
            return null;
          });
    }
  }

  private static String script(String name) {
    try (InputStream in = Database.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the farm's jar; rebuild it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }
}
