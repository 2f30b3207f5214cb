package dev.farmhand.core.sync;

/** The steps of a dependency sync, in the order they run. */
public enum SyncPhase {
  /** Checking that every file exists and can be read. */
  CHECKING,
  /** Hashing the files the cache does not know. */
  HASHING,
  /** Asking the farm which contents it lacks. */
  ASKING,
  /** Uploading what the farm lacks. */
  UPLOADING
}
