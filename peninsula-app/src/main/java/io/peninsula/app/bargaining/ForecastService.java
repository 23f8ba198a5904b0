package io.peninsula.app.bargaining;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.ModelSpec;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.error.InvalidInputException;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code forecast}: runs one bargaining model over a scenario's issues. */
public final class ForecastService {
  private final ScenarioSource scenarios;

  public ForecastService() {
    this(new FileScenarioSource());
  }

  public ForecastService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  public ForecastOutcome run(ForecastRequest request) {
    Stopwatch clock = new Stopwatch();
    ModelSpec.Resolved m = request.model().resolve();
    LoadedScenario loaded = scenarios.load(request.scenario());
    Scenario s = loaded.scenario();
    request.issue().ifPresent(id -> requireIssue(loaded, id));
    ForecastResult result = Models.forecast(m, loaded);
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("issue", request.issue().orElse(null));
    return new ForecastOutcome(clock.provenance("forecast", loaded, request.model(), m, options, 1), request, loaded, result,
        m.base().fixedHorizon(m.config()));
  }

  /** An unknown issue id is a bad request naming the scenario's issues. */
  static void requireIssue(LoadedScenario loaded, String id) {
    Scenario s = loaded.scenario();
    if (s.issue(id).isEmpty())
      throw new BadRequestException("unknown issue \"" + id + "\" in " + loaded.origin() + " (issues: "
          + String.join(", ", s.issues().stream().map(Issue::id).toList()) + ")");
  }

  /** Runs the model; input the model cannot use becomes a bad request naming the model and scenario. */
  public static final class Models {
    private Models() {}

    public static ForecastResult forecast(ModelSpec.Resolved m, LoadedScenario loaded) {
      try {
        return m.model().forecast(loaded.scenario(), m.config());
      } catch (InvalidInputException e) {
        throw cannotRun(m, loaded, e);
      }
    }

    public static BadRequestException cannotRun(ModelSpec.Resolved m, LoadedScenario loaded, RuntimeException e) {
      return new BadRequestException("model " + m.model().name() + " cannot run on " + loaded.origin() + ": " + e.getMessage(), e);
    }
  }
}
