-- Rate-limit counters shared by every Node instance on one database: fixed windows aligned to the clock,
-- so all instances count the same window. Rows older than a day are removed as the counters are used.
CREATE TABLE rate_limit_windows (
  key           text NOT NULL,
  window_start  timestamptz NOT NULL,
  count         integer NOT NULL,
  PRIMARY KEY (key, window_start)
);

-- down
DROP TABLE rate_limit_windows;
