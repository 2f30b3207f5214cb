package dev.farmhand.farm.store;

import java.sql.SQLException;

/** The farm's database failed; the farm answers 500 and the request may be retried. */
public final class StoreException extends RuntimeException {
  public StoreException(SQLException cause) {
    super("the farm's database failed: " + cause.getMessage(), cause);
  }
}
