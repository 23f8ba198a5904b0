package io.peninsula.app.bargaining;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Errors;
import io.peninsula.app.ModelSpec;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.analysis.Levers;
import io.peninsula.model.Issue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code levers}: for each actor on the issue, the smallest change that moves the forecast to the target. */
public final class LeversService {
  private final ScenarioSource scenarios;

  public LeversService() {
    this(new FileScenarioSource());
  }

  public LeversService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  public LeversOutcome run(LeversRequest request) {
    Stopwatch clock = new Stopwatch();
    ModelSpec.Resolved m = request.model().resolve();
    LoadedScenario loaded = scenarios.load(request.scenario());
    ForecastService.requireIssue(loaded, request.issue());
    Issue is = loaded.scenario().issue(request.issue()).orElseThrow();
    double target = request.target();
    if (target < is.min() || target > is.max())
      throw new BadRequestException("--target " + plain(target) + " is outside the scale of " + is.id() + " ["
          + plain(is.min()) + ", " + plain(is.max()) + "]");
    double now;
    List<Levers.Lever> levers;
    try {
      now = ForecastService.Models.forecast(m, loaded).issue(is.id()).orElseThrow().outcome();
      levers = Levers.find(loaded.scenario(), m.model(), m.config(), is.id(), target, request.tolerance());
    } catch (RuntimeException e) {
      if (!Errors.isBadInput(e) || e instanceof BadRequestException) throw e;
      throw ForecastService.Models.cannotRun(m, loaded, e);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("issue", is.id());
    options.put("target", target);
    options.put("tolerance", request.tolerance());
    return new LeversOutcome(clock.provenance("levers", loaded, request.model(), m, options, 1), request, loaded, is, now, levers);
  }

  private static String plain(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
