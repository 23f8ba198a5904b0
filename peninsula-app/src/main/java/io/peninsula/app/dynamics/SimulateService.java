package io.peninsula.app.dynamics;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Errors;
import io.peninsula.app.ModelSpec;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.dynamics.Simulation;
import io.peninsula.engine.dynamics.SimulationConfig;
import io.peninsula.engine.dynamics.SimulationResult;
import io.peninsula.error.InvalidInputException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/** {@code simulate}: the next N years, R times, with events, the status quo carried forward and (optionally) arms dynamics. */
public final class SimulateService {
  private final ScenarioSource scenarios;

  public SimulateService() {
    this(new FileScenarioSource());
  }

  public SimulateService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  /** Runs to the end. */
  public SimulateOutcome run(SimulateRequest request) {
    return run(request, new AtomicBoolean(), done -> { });
  }

  /** Runs until done or until {@code cancel} is set (the result then holds the runs completed); reports runs done. */
  public SimulateOutcome run(SimulateRequest request, AtomicBoolean cancel, LongConsumer progress) {
    Stopwatch clock = new Stopwatch();
    ModelSpec.Resolved m = request.model().resolve();
    SimulationConfig config;
    try {
      config = new SimulationConfig(request.years(), request.runs(), m.config().seed(), request.threads());
    } catch (InvalidInputException e) {
      throw new BadRequestException(e.getMessage().replace("years ", "--years ").replace("runs ", "--runs ").replace("threads ", "--threads "), e);
    }
    LoadedScenario loaded = scenarios.load(request.scenario());
    Optional<ArmsFitService.Dyad> arms = request.arms().map(d -> new ArmsFitService().dyad(d, loaded.scenario()));
    Simulation sim;
    try {
      sim = new Simulation(loaded.scenario(), m.model(), m.config(), arms.map(ArmsFitService.Dyad::dynamics), config);
    } catch (InvalidInputException e) {
      throw new BadRequestException("cannot simulate " + loaded.origin() + ": " + e.getMessage(), e);
    }
    SimulationResult r;
    try {
      r = sim.run(cancel, progress);
    } catch (RuntimeException e) {
      if (!Errors.isBadInput(e)) throw e;
      throw new BadRequestException("model " + m.model().name() + " cannot run on " + loaded.origin() + ": " + e.getMessage(), e);
    }
    var options = SimulateOutcome.runConfig(request, m.config(), config, arms);
    // with --arms the bundled expenditure file is an input besides the scenario: its hash goes into the provenance
    var provenance = clock.provenance("simulate", loaded, request.model(), m, options, request.threads())
        .withInputs(arms.map(a -> java.util.List.of(a.data().stamp())).orElse(java.util.List.of()));
    return new SimulateOutcome(provenance, request,
        loaded, m.config(), config, arms, r);
  }
}
