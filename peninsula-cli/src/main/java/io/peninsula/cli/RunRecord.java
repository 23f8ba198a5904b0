package io.peninsula.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One finished run of an analysis command with its full provenance, as handed to the run store:
 * the command and its arguments, the model, the full configuration, the scenario (its text and
 * SHA-256), the seed, versions, timing, executor, and the result as JSON.
 */
public record RunRecord(
    String command,
    List<String> args,
    String model,
    Map<String, Object> config,
    LoadedScenario scenario,
    long seed,
    String appVersion,
    String javaVersion,
    Instant started,
    Instant ended,
    String executor,
    String resultJson) {
  public RunRecord {
    Objects.requireNonNull(command, "command");
    args = List.copyOf(args);
    Objects.requireNonNull(model, "model");
    config = Map.copyOf(config);
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(resultJson, "resultJson");
  }
}
