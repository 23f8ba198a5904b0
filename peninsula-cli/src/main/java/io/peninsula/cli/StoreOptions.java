package io.peninsula.cli;

import io.peninsula.app.runs.RunLog;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --store FILE} / {@code --no-store}: where computing commands keep their runs. Every run is
 * stored by default, in {@code $PENINSULA_STORE} or else {@code ~/.peninsula/runs.duckdb}.
 */
public final class StoreOptions {
  @Option(names = "--store", paramLabel = "FILE",
      description = "Run store (DuckDB file). Default: $PENINSULA_STORE or ~/.peninsula/runs.duckdb.")
  Path store;

  @Option(names = "--no-store", description = "Do not store this run.")
  boolean noStore;

  /** The store file this invocation uses. */
  public Path file() {
    return resolve(store);
  }

  static Path resolve(Path explicit) {
    if (explicit != null) return explicit;
    String env = System.getenv("PENINSULA_STORE");
    if (env != null && !env.isBlank()) return Path.of(env);
    return Path.of(System.getProperty("user.home"), ".peninsula", "runs.duckdb");
  }

  /** The run log of this invocation; empty with --no-store. */
  public Optional<RunLog> log() {
    return noStore ? Optional.empty() : Optional.of(new RunLog(file()));
  }
}
