package io.peninsula.app.dynamics;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.dynamics.RichardsonSystem;
import io.peninsula.engine.dynamics.SimulationConfig;
import io.peninsula.engine.dynamics.SimulationResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Per year and issue the distribution over runs, per year and event its frequency, with provenance; one JSON rendering for every front end. */
public record SimulateOutcome(Provenance provenance, SimulateRequest request, LoadedScenario loaded, ModelConfig modelConfig,
    SimulationConfig config, Optional<ArmsFitService.Dyad> arms, SimulationResult result) implements ServiceResult {
  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  /** The run configuration as reported in the result and the provenance, with the fitted arms dyad if any. */
  public Map<String, Object> runConfig() {
    return runConfig(request, modelConfig, config, arms);
  }

  static Map<String, Object> runConfig(SimulateRequest request, ModelConfig modelConfig, SimulationConfig config,
      Optional<ArmsFitService.Dyad> arms) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("years", config.years());
    m.put("runs", config.runs());
    m.put("seed", config.seed());
    m.put("threads", config.threads());
    m.put("constraint", request.model().constraint());
    m.put("change_tolerance", SimulationConfig.CHANGE_TOLERANCE);
    m.put("model_parameters", modelConfig.parameters());
    m.put("max_iterations", modelConfig.maxIterations());
    arms.ifPresent(a -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("actors", List.of(a.firstActor(), a.secondActor()));
      x.put("states", List.of(a.firstState(), a.secondState()));
      x.put("data", a.data().name());
      x.put("citation", a.data().citation());
      x.put("from", a.from());
      x.put("to", a.to());
      RichardsonSystem s = a.dynamics().system();
      // a fixed key order (Map.of's order changes from one JVM to the next, and did in this output)
      x.put("coefficients", List.of(coefficients(s.first()), coefficients(s.second())));
      x.put("spectral_radius", s.spectralRadius());
      m.put("arms", x);
    });
    return m;
  }

  private static Map<String, Object> coefficients(io.peninsula.engine.dynamics.RichardsonCoefficients c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("grievance", c.grievance());
    m.put("reaction", c.defence());
    m.put("fatigue", c.fatigue());
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
    SimulationResult r = result;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("config", runConfig());
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
