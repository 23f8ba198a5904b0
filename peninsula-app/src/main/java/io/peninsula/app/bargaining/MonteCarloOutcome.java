package io.peninsula.app.bargaining;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.PolicyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outcome distributions per option and issue, and each actor's odds of being better off, with provenance. */
public record MonteCarloOutcome(Provenance provenance, MonteCarloRequest request, LoadedScenario loaded, List<PolicyOption> options,
    ModelConfig modelConfig, MonteCarloConfig config, MonteCarloResult result) implements ServiceResult {
  public MonteCarloOutcome {
    options = List.copyOf(options);
  }

  @Override
  public Optional<LoadedScenario> scenario() {
    return Optional.of(loaded);
  }

  /** The sampling configuration as reported in the result. */
  public Map<String, Object> runConfig() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("samples", config.samples());
    m.put("seed", config.seed());
    m.put("threads", config.threads());
    m.put("bins", config.bins());
    m.put("block", io.peninsula.engine.analysis.MonteCarlo.BLOCK);
    m.put("options", options.stream().map(PolicyOption::id).toList());
    m.put("default_position_half_width", config.defaults().positionHalfWidth());
    m.put("default_salience_half_width", config.defaults().salienceHalfWidth());
    m.put("default_capability_relative", config.defaults().capabilityRelative());
    m.put("model_parameters", modelConfig.parameters());
    m.put("max_iterations", modelConfig.maxIterations());
    return m;
  }

  @Override
  public Map<String, Object> resultJson() {
    MonteCarloResult r = result;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("config", runConfig());
    root.put("requested", r.requested());
    root.put("completed", r.completed());
    root.put("cancelled", r.cancelled());
    root.put("issues", r.issues().stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("option", s.option());
      m.put("issue", s.issue());
      m.put("samples", s.n());
      m.put("mean", s.mean());
      m.put("sd", s.sd());
      m.put("p05", s.p05());
      m.put("p50", s.p50());
      m.put("p95", s.p95());
      m.put("min", s.min());
      m.put("max", s.max());
      m.put("mean_change", s.meanChange());
      if (!Double.isNaN(s.pChange())) m.put("p_change", s.pChange());
      return m;
    }).toList());
    root.put("actors", r.actors().stream().map(a -> io.peninsula.app.JsonFields.of("option", a.option(), "actor", a.actor(), "samples", a.n(),
        "better", a.better(), "p_better", a.probability())).toList());
    return root;
  }
}
