package io.peninsula.app.runs;

import io.peninsula.store.StoredRun;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored run as front ends see it: what was run (command, arguments as JSON, model,
 * configuration as JSON), on what (scenario id, origin, input format, SHA-256 and text), with which
 * seed and versions, when and where, and the result as JSON. The application's view of the store's
 * row, so the command line and the web never depend on the store module.
 */
public record RunRecord(
    String id,
    String command,
    String argsJson,
    String model,
    String configJson,
    String scenarioId,
    String scenarioOrigin,
    String scenarioFormat,
    String scenarioSha256,
    String scenarioText,
    long seed,
    String appVersion,
    String javaVersion,
    Instant started,
    Instant ended,
    String executor,
    String resultJson) {
  public RunRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(argsJson, "argsJson");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(configJson, "configJson");
    Objects.requireNonNull(scenarioId, "scenarioId");
    Objects.requireNonNull(scenarioOrigin, "scenarioOrigin");
    Objects.requireNonNull(scenarioFormat, "scenarioFormat");
    Objects.requireNonNull(scenarioSha256, "scenarioSha256");
    Objects.requireNonNull(scenarioText, "scenarioText");
    Objects.requireNonNull(appVersion, "appVersion");
    Objects.requireNonNull(javaVersion, "javaVersion");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(resultJson, "resultJson");
  }

  /** Wall-clock seconds from start to end (millisecond resolution, as stored). */
  public double seconds() {
    return (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0;
  }

  static RunRecord of(StoredRun r) {
    return new RunRecord(r.id(), r.command(), r.argsJson(), r.model(), r.configJson(), r.scenarioId(), r.scenarioOrigin(),
        r.scenarioFormat(), r.scenarioSha256(), r.scenarioText(), r.seed(), r.appVersion(), r.javaVersion(), r.started(), r.ended(),
        r.executor(), r.resultJson());
  }
}
