package io.peninsula.cli;

import io.peninsula.store.StoredRun;

/**
 * Where analysis commands hand their finished runs. The run-store adapter implements it; commands
 * call {@link #record} once per run, after the result is complete, and print the returned run id.
 */
public interface RunRecorder {
  /** Stores the run transactionally and returns its id. */
  String record(StoredRun run);
}
