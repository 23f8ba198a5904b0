package io.peninsula.app.bargaining;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Errors;
import io.peninsula.app.ModelSpec;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.analysis.MonteCarlo;
import io.peninsula.engine.analysis.MonteCarloConfig;
import io.peninsula.engine.analysis.MonteCarloResult;
import io.peninsula.engine.analysis.UncertaintyDefaults;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/** {@code montecarlo}: samples the uncertain inputs and forecasts every option on each draw. */
public final class MonteCarloService {
  private final ScenarioSource scenarios;

  public MonteCarloService() {
    this(new FileScenarioSource());
  }

  public MonteCarloService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  /** Runs to the end. */
  public MonteCarloOutcome run(MonteCarloRequest request) {
    return run(request, new AtomicBoolean(), done -> { });
  }

  /** Runs until done or until {@code cancel} is set (the result then holds the samples completed); reports progress. */
  public MonteCarloOutcome run(MonteCarloRequest request, AtomicBoolean cancel, LongConsumer progress) {
    Stopwatch clock = new Stopwatch();
    if (request.samples() < 1) throw new BadRequestException("--samples must be at least 1, got " + request.samples());
    if (request.threads() < 1) throw new BadRequestException("--threads must be at least 1, got " + request.threads());
    UncertaintyDefaults defaults;
    try {
      defaults = new UncertaintyDefaults(request.positionNoise(), request.salienceNoise(), request.capabilityNoise());
    } catch (RuntimeException e) {
      if (!Errors.isBadInput(e)) throw e;
      throw new BadRequestException("noise settings: " + e.getMessage(), e);
    }
    ModelSpec.Resolved m = request.model().resolve();
    LoadedScenario loaded = scenarios.load(request.scenario());
    Scenario s = loaded.scenario();
    List<PolicyOption> chosen = OptionSelection.select(request.options(), s, loaded.origin());
    for (PolicyOption o : chosen) {
      try {
        s.apply(o);
      } catch (RuntimeException e) {
        if (!Errors.isBadInput(e) && !(e instanceof IllegalArgumentException)) throw e;
        throw new BadRequestException("option " + o.id() + " does not apply to " + loaded.origin() + ": " + e.getMessage(), e);
      }
    }
    MonteCarloConfig config = new MonteCarloConfig(m.config().seed(), request.samples(), request.threads(), defaults,
        MonteCarloConfig.DEFAULT_BINS);
    MonteCarloResult r;
    try {
      r = new MonteCarlo(s, chosen, m.model(), m.config(), config).run(cancel, progress);
    } catch (RuntimeException e) {
      if (!Errors.isBadInput(e)) throw e;
      throw ForecastService.Models.cannotRun(m, loaded, e);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("options", chosen.stream().map(PolicyOption::id).toList());
    options.put("samples", request.samples());
    options.put("position_noise", request.positionNoise());
    options.put("salience_noise", request.salienceNoise());
    options.put("capability_noise", request.capabilityNoise());
    return new MonteCarloOutcome(clock.provenance("montecarlo", loaded, request.model(), m, options, request.threads()), request,
        loaded, chosen, m.config(), config, r);
  }
}
