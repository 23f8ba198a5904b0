package io.peninsula.app.bargaining;

import io.peninsula.app.Errors;
import io.peninsula.app.ModelSpec;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.analysis.PivotalActors;
import io.peninsula.engine.analysis.PivotalActors.Effect;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code pivotal}: re-forecasts without each actor and with its salience at 0 and 1. */
public final class PivotalService {
  private final ScenarioSource scenarios;

  public PivotalService() {
    this(new FileScenarioSource());
  }

  public PivotalService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  public PivotalOutcome run(PivotalRequest request) {
    Stopwatch clock = new Stopwatch();
    ModelSpec.Resolved m = request.model().resolve();
    LoadedScenario loaded = scenarios.load(request.scenario());
    request.issue().ifPresent(id -> ForecastService.requireIssue(loaded, id));
    List<Effect> effects;
    try {
      effects = PivotalActors.analyse(loaded.scenario(), m.model(), m.config(), request.issue());
    } catch (RuntimeException e) {
      if (!Errors.isBadInput(e)) throw e;
      throw ForecastService.Models.cannotRun(m, loaded, e);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("issue", request.issue().orElse(null));
    return new PivotalOutcome(clock.provenance("pivotal", loaded, request.model(), m, options, 1), request, loaded, effects);
  }
}
