package dev.farmhand.core.status;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a job's files are on the way to the farm's shared disk. */
public enum SyncState {
  /** The client is still uploading the files the farm lacks. */
  UPLOADING,
  /** The farm is laying the files out in the job's workspace and verifying them. */
  SYNCING,
  /** Every file is in the workspace, verified; tasks may run. */
  SYNCED,
  /** A file could not be laid out or failed verification; Retry Sync tries again. */
  FAILED;

  /** The name on the wire: {@code "syncing"}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
