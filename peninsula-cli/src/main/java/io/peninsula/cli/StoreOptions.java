package io.peninsula.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peninsula.store.RunWriter;
import io.peninsula.store.StoredRun;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --store FILE} / {@code --no-store}: where analysis commands keep their runs. Every run is
 * stored by default, in {@code $PENINSULA_STORE} or else {@code ~/.peninsula/runs.duckdb}.
 */
public final class StoreOptions {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /** The recorder for this invocation: rerun's capture, none with --no-store, else the DuckDB store. */
  public Optional<RunRecorder> recorder() {
    Optional<RunRecorder> override = RunContext.recorderOverride();
    if (override.isPresent()) return override;
    if (noStore) return Optional.empty();
    Path file = file();
    return Optional.of(run -> {
      RunWriter.Written w = RunWriter.record(file, toStored(run));
      spooledTo = w.spooledTo();
      mergedFromSpool = w.mergedFromSpool();
      return w.id();
    });
  }

  /** Set by the store recorder: the spool file when the store stayed locked past the wait. */
  Optional<Path> spooledTo = Optional.empty();

  /** Set by the store recorder: how many earlier spooled runs the write merged. */
  int mergedFromSpool;

  static StoredRun toStored(RunRecord r) {
    try {
      LoadedScenario sc = r.scenario();
      return new StoredRun("", r.command(), JSON.writeValueAsString(r.args()), r.model(),
          JSON.writeValueAsString(new java.util.TreeMap<>(r.config())), sc.scenario().metadata().id(), sc.origin(), sc.format(),
          sc.sha256(), sc.content(), r.seed(), r.appVersion(), r.javaVersion(), r.started(), r.ended(), r.executor(),
          r.resultJson());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
