package io.peninsula.app.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peninsula.app.Json;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.store.RunStore;
import io.peninsula.store.RunWriter;
import io.peninsula.store.StoredRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The run store as the application sees it: every computing command's result is stored as one
 * row (read back as a {@link RunRecord}) whose {@code config} column holds the typed request and the provenance (so
 * {@code runs rerun} rebuilds the request without replaying a command line), whose scenario
 * columns hold the scenario text read, and whose result column holds the {@code result} half of
 * the command's JSON document.
 */
public final class RunLog {
  private final Path file;

  public RunLog(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** Where a stored run went: its id, the spool file if the store stayed locked, how many spooled runs this write merged. */
  public record Stored(String id, Optional<Path> spooledTo, int mergedFromSpool) {}

  /**
   * Stores the run (waiting for another writer's lock, else spooling it next to the store; see
   * {@link RunWriter}) and returns where it went. {@code args} is the command line as typed, kept for display.
   */
  public Stored store(ServiceResult run, List<String> args) {
    RunWriter.Written w = RunWriter.record(file, toStored(run, args));
    return new Stored(w.id(), w.spooledTo(), w.mergedFromSpool());
  }

  /** Stores the run and returns its id. */
  public String record(ServiceResult run, List<String> args) {
    return store(run, args).id();
  }

  /** The stored form of a run (id assigned by the store). */
  static StoredRun toStored(ServiceResult run, List<String> args) {
    ObjectNode config = Json.MAPPER.createObjectNode();
    config.put("request_type", run.request().getClass().getName());
    config.set("request", Json.MAPPER.valueToTree(run.request()));
    config.set("provenance", Json.MAPPER.valueToTree(run.provenance().toJson()));
    Optional<LoadedScenario> sc = run.scenario();
    var p = run.provenance();
    Instant ended = p.started().plusNanos((long) (p.seconds() * 1e9));
    return new StoredRun("", p.command(), Json.write(args), p.model().orElse(""), Json.write(config),
        sc.map(x -> x.scenario().metadata().id()).orElse(""), sc.map(LoadedScenario::origin).orElse(""),
        sc.map(LoadedScenario::format).orElse(""), sc.map(LoadedScenario::sha256).orElse(""), sc.map(LoadedScenario::content).orElse(""),
        p.seed(), p.appVersion(), p.javaVersion(), p.started(), ended, p.threads() > 1 ? "local:" + p.threads() + " threads" : "local",
        Json.write(run.resultJson()));
  }

  /** Every run, oldest first (read-only: does not wait behind writers for long, and shows spooled runs). */
  public List<RunRecord> list() {
    try (RunStore s = RunStore.openReadOnly(file)) {
      return s.list().stream().map(RunRecord::of).toList();
    }
  }

  public Optional<RunRecord> get(String id) {
    try (RunStore s = RunStore.openReadOnly(file)) {
      return s.get(id).map(RunRecord::of);
    }
  }

  /** The stored request of a run, when it was stored by a service (runs of older versions have none). */
  public static Optional<JsonNode> request(RunRecord run) {
    try {
      JsonNode config = Json.MAPPER.readTree(run.configJson());
      return config.has("request") ? Optional.of(config) : Optional.empty();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
