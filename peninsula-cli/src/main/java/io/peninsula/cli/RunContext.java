package io.peninsula.cli;

import io.peninsula.app.scenario.LoadedScenario;
import java.util.Optional;

/**
 * Per-thread overrides used by {@code runs rerun}: the stored scenario to use instead of reading
 * the file again, and a recorder that captures the new run instead of storing it. Empty in normal
 * use.
 */
final class RunContext {
  private static final ThreadLocal<LoadedScenario> SCENARIO = new ThreadLocal<>();
  private static final ThreadLocal<RunRecorder> RECORDER = new ThreadLocal<>();

  private RunContext() {}

  static Optional<LoadedScenario> scenarioOverride() {
    return Optional.ofNullable(SCENARIO.get());
  }

  static Optional<RunRecorder> recorderOverride() {
    return Optional.ofNullable(RECORDER.get());
  }

  /** Runs {@code body} with the overrides in place, removing them afterwards. */
  static <T> T with(LoadedScenario scenario, RunRecorder recorder, java.util.function.Supplier<T> body) {
    SCENARIO.set(scenario);
    RECORDER.set(recorder);
    try {
      return body.get();
    } finally {
      SCENARIO.remove();
      RECORDER.remove();
    }
  }
}
