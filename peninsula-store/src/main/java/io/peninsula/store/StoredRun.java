package io.peninsula.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One run as kept in the store: what was run (command, arguments as JSON, model, configuration as
 * JSON), on what (scenario id, origin, input format, text and SHA-256), with which seed and
 * versions, when and where, and the result as JSON. {@code id} is assigned by the store.
 */
public record StoredRun(
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
  public StoredRun {
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

  public double seconds() {
    return (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0;
  }

  public StoredRun withId(String newId) {
    return new StoredRun(newId, command, argsJson, model, configJson, scenarioId, scenarioOrigin, scenarioFormat,
        scenarioSha256, scenarioText, seed, appVersion, javaVersion, started, ended, executor, resultJson);
  }
}
