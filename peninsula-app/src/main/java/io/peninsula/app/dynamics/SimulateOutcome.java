package io.peninsula.app.dynamics;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.dynamics.SimulationConfig;
import io.peninsula.engine.dynamics.SimulationResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Per year and issue the distribution over runs, per year and event its frequency, with provenance; one JSON rendering for every front end. */
public record SimulateOutcome(Provenance provenance, SimulateRequest request, LoadedScenario loaded, ModelConfig modelConfig,
    SimulationConfig config, SimulationResult result) implements ServiceResult {
  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  /** The run configuration as reported in the result (without the arms dyad, which the caller describes). */
  public Map<String, Object> runConfig() {
    return runConfig(request, modelConfig, config);
  }

  static Map<String, Object> runConfig(SimulateRequest request, ModelConfig modelConfig, SimulationConfig config) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("years", config.years());
    m.put("runs", config.runs());
    m.put("seed", config.seed());
    m.put("threads", config.threads());
    m.put("constraint", request.model().constraint());
    m.put("change_tolerance", SimulationConfig.CHANGE_TOLERANCE);
    m.put("model_parameters", modelConfig.parameters());
    m.put("max_iterations", modelConfig.maxIterations());
    return m;
  }

  /**
   * The {@code result} object of {@code simulate --format json}, the web job's and the stored run's:
   * the run configuration, the runs requested and completed, whether it was cancelled, the
   * skipped event effects, the unconverged forecasts, the year × issue rows ({@code issues}; the
   * first year of each issue is today, as the scenario states it) and the year × event frequencies.
   * Scales, titles and per-year event probabilities are the scenario's, not repeated here.
   */
  @Override
  public Map<String, Object> resultJson() {
    return resultJson(runConfig());
  }

  /** As {@link #resultJson()}, with the caller's run configuration (the CLI adds the arms dyad it describes). */
  public Map<String, Object> resultJson(Map<String, Object> runConfig) {
    SimulationResult r = result;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("config", runConfig);
    root.put("requested", r.requested());
    root.put("completed", r.completed());
    root.put("cancelled", r.cancelled());
    root.put("skipped_effects", r.skippedEffects());
    root.put("unconverged_forecasts", r.unconverged());
    root.put("issues", r.values().stream().map(SimulateOutcome::yearRow).toList());
    root.put("events", r.events().stream().map(y -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("year", y.year());
      m.put("event", y.event());
      m.put("p_this_year", y.pThisYear());
      m.put("p_by_this_year", y.pByThisYear());
      return m;
    }).toList());
    return root;
  }

  /** One year × issue row of the JSON results (the CLI's and the web's): quantiles and P(changed). */
  public static Map<String, Object> yearRow(io.peninsula.engine.dynamics.SimulationResult.YearIssue y) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("year", y.year());
    m.put("issue", y.issue());
    m.put("mean", y.mean());
    m.put("sd", y.sd());
    m.put("p05", y.p05());
    m.put("p50", y.p50());
    m.put("p95", y.p95());
    m.put("p_changed", y.pChanged());
    return m;
  }
}
