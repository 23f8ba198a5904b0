package io.peninsula.app.bargaining;

import io.peninsula.app.Errors;
import io.peninsula.app.ModelSpec;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.analysis.OptionComparison;
import io.peninsula.model.PolicyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code compare}: forecasts the scenario under each chosen policy option and compares with the baseline. */
public final class CompareService {
  private final ScenarioSource scenarios;

  public CompareService() {
    this(new FileScenarioSource());
  }

  public CompareService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  public CompareOutcome run(CompareRequest request) {
    Stopwatch clock = new Stopwatch();
    ModelSpec.Resolved m = request.model().resolve();
    LoadedScenario loaded = scenarios.load(request.scenario());
    List<PolicyOption> chosen = OptionSelection.select(request.options(), loaded.scenario(), loaded.origin());
    OptionComparison.Result r;
    try {
      r = OptionComparison.compare(loaded.scenario(), chosen, m.model(), m.config());
    } catch (RuntimeException e) {
      if (!Errors.isBadInput(e)) throw e;
      throw ForecastService.Models.cannotRun(m, loaded, e);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("options", chosen.stream().map(PolicyOption::id).toList());
    return new CompareOutcome(clock.provenance("compare", loaded, request.model(), m, options, 1), request, loaded, r);
  }
}
