package io.peninsula.app.dynamics;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.dynamics.RichardsonSystem;
import io.peninsula.engine.dynamics.SimulationConfig;
import io.peninsula.engine.dynamics.SimulationResult;
import io.peninsula.model.Issue;
import io.peninsula.model.ScenarioEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Per year and issue the distribution over runs, per year and event its frequency, with provenance. */
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
   * The {@code result} object of {@code peninsula simulate --format json}: run configuration,
   * runs requested and completed, the year × issue rows and the event frequencies. (The workbench
   * reads {@link #resultJson()}, which adds each issue's scale and today's value.)
   */
  public Map<String, Object> commandResultJson() {
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

  /** This run as the command line stores it: its {@link #commandResultJson()}, re-runnable through {@link CommandRequest}. */
  public ServiceResult asCommand() {
    SimulateOutcome o = this;
    return new ServiceResult() {
      @Override
      public Provenance provenance() {
        return o.provenance;
      }

      @Override
      public Record request() {
        return new CommandRequest(o.request);
      }

      @Override
      public Object resultJson() {
        return o.commandResultJson();
      }

      @Override
      public Optional<LoadedScenario> scenario() {
        return Optional.of(o.loaded);
      }
    };
  }

  /** A simulation whose stored result is the command line's JSON ({@link #commandResultJson()}), not the workbench's. */
  public record CommandRequest(SimulateRequest simulate) {}

  /**
   * The result as the web workbench reads it: per issue its scale (min, max, the scale's anchor
   * labels) and today's value, the year × issue rows, and per event its frequencies.
   */
  @Override
  public Map<String, Object> resultJson() {
    SimulationResult r = result;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("config", runConfig());
    root.put("base_year", r.baseYear());
    root.put("requested", r.requested());
    root.put("completed", r.completed());
    root.put("cancelled", r.cancelled());
    double[] today = r.today();
    List<Map<String, Object>> issues = new ArrayList<>();
    for (int i = 0; i < r.issues().size(); i++) {
      String id = r.issues().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", id);
      m.put("today", today[i]);
      loaded.scenario().issue(id).ifPresent(is -> describe(is, m));
      issues.add(m);
    }
    root.put("issue_scales", issues);
    root.put("values", r.values().stream().map(SimulateOutcome::yearRow).toList());
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, Double> perYear = new LinkedHashMap<>();
    for (ScenarioEvent e : loaded.scenario().events()) {
      titles.put(e.id(), e.title());
      perYear.put(e.id(), e.probability());
    }
    root.put("events", r.events().stream().map(y -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("year", y.year());
      m.put("event", y.event());
      m.put("title", titles.getOrDefault(y.event(), ""));
      m.put("p_per_year", perYear.getOrDefault(y.event(), Double.NaN));
      m.put("p_this_year", y.pThisYear());
      m.put("p_by_this_year", y.pByThisYear());
      return m;
    }).toList());
    root.put("skipped_effects", r.skippedEffects());
    root.put("unconverged", r.unconverged());
    return root;
  }

  private static void describe(Issue issue, Map<String, Object> m) {
    m.put("title", issue.title());
    m.put("min", issue.min());
    m.put("max", issue.max());
    m.put("labels", issue.anchors().stream().map(a -> Map.<String, Object>of("value", a.value(), "label", a.label())).toList());
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
