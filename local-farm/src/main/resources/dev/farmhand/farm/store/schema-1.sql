-- The local farm's database, version 1. Statements are separated by lines holding only ';'.
CREATE TABLE api_keys (
  hash    TEXT PRIMARY KEY,
  account TEXT NOT NULL,
  user    TEXT NOT NULL,
  role    TEXT NOT NULL
)
;
CREATE TABLE jobs (
  id                TEXT PRIMARY KEY,
  number            INTEGER NOT NULL UNIQUE,
  account           TEXT NOT NULL,
  user              TEXT NOT NULL,
  title             TEXT NOT NULL,
  scene             TEXT NOT NULL,
  renderer          TEXT NOT NULL,
  frames            TEXT NOT NULL,
  chunk             INTEGER NOT NULL,
  scouts            TEXT,
  priority          INTEGER NOT NULL,
  preemptible       INTEGER NOT NULL,
  retries_preempted INTEGER NOT NULL,
  retries_failed    INTEGER NOT NULL,
  output_dir        TEXT,
  output_pattern    TEXT,
  metadata          TEXT NOT NULL,
  submitted_at      TEXT NOT NULL,
  started_at        TEXT,
  finished_at       TEXT,
  sync              TEXT NOT NULL,
  held              INTEGER NOT NULL,
  killed            INTEGER NOT NULL,
  completed         INTEGER NOT NULL,
  downloaded        INTEGER NOT NULL,
  reviewed          INTEGER NOT NULL,
  status            TEXT NOT NULL,
  idempotency_key   TEXT,
  request_sha256    TEXT,
  UNIQUE (account, idempotency_key)
)
;
CREATE INDEX jobs_by_account ON jobs (account, number)
;
CREATE TABLE tasks (
  id              TEXT PRIMARY KEY,
  job_id          TEXT NOT NULL REFERENCES jobs (id),
  idx             INTEGER NOT NULL,
  frames          TEXT NOT NULL,
  scout           INTEGER NOT NULL,
  status          TEXT NOT NULL,
  attempts        INTEGER NOT NULL,
  failed_count    INTEGER NOT NULL,
  preempted_count INTEGER NOT NULL,
  worker          TEXT,
  started_at      TEXT,
  finished_at     TEXT,
  render_seconds  REAL NOT NULL,
  failure         TEXT,
  UNIQUE (job_id, idx)
)
;
CREATE INDEX tasks_by_status ON tasks (status)
;
CREATE TABLE job_files (
  job_id TEXT NOT NULL REFERENCES jobs (id),
  path   TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size   INTEGER NOT NULL,
  PRIMARY KEY (job_id, path)
)
;
CREATE TABLE account_files (
  account TEXT NOT NULL,
  sha256  TEXT NOT NULL,
  PRIMARY KEY (account, sha256)
)
;
CREATE TABLE outputs (
  job_id     TEXT NOT NULL REFERENCES jobs (id),
  task_id    TEXT NOT NULL REFERENCES tasks (id),
  path       TEXT NOT NULL,
  frame      INTEGER,
  sha256     TEXT NOT NULL,
  size       INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (job_id, path)
)
;
CREATE TABLE events (
  account TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  body    TEXT NOT NULL,
  PRIMARY KEY (account, seq)
)
