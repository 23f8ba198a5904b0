package io.peninsula.app;

import io.peninsula.app.scenario.LoadedScenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Started when a service begins; builds the run's {@link Provenance} when it ends. */
public final class Stopwatch {
  private final Instant started = Instant.now();
  private final long startNanos = System.nanoTime();

  public Instant started() {
    return started;
  }

  private double seconds() {
    return Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e9;
  }

  /** Provenance of a run of a bargaining model on a scenario. */
  public Provenance provenance(String command, LoadedScenario scenario, ModelSpec spec, ModelSpec.Resolved resolved,
      Map<String, Object> options, int threads) {
    return new Provenance(command, AppVersion.get(), AppVersion.java(), Optional.of(scenario.stamp()), Optional.of(resolved.model().name()),
        resolved.config().parameter("variant"), ModelSpec.provenanceParameters(resolved, spec.constraint()), options,
        spec.seed(), threads, List.of(), started, seconds());
  }

  /** Provenance of a run on a scenario without a bargaining model (e.g. a game built from it). */
  public Provenance provenance(String command, LoadedScenario scenario, Map<String, Object> options) {
    return new Provenance(command, AppVersion.get(), AppVersion.java(), Optional.of(scenario.stamp()), Optional.empty(),
        Optional.empty(), Map.of(), options, 0L, 1, List.of(), started, seconds());
  }

  /** Provenance of a run on input files only (a game file). */
  public Provenance provenance(String command, List<Provenance.InputFile> inputs, Map<String, Object> options) {
    return provenance(command, inputs, options, 0L);
  }

  /** Provenance of a seeded run on input files only (a fit to a bundled data set). */
  public Provenance provenance(String command, List<Provenance.InputFile> inputs, Map<String, Object> options, long seed) {
    return new Provenance(command, AppVersion.get(), AppVersion.java(), Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of(), options, seed, 1, inputs, started, seconds());
  }
}
