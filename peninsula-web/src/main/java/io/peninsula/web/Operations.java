package io.peninsula.web;

import io.peninsula.web.ops.BacktestOperation;
import io.peninsula.web.ops.CompareOperation;
import io.peninsula.web.ops.ForecastOperation;
import io.peninsula.web.ops.GameBuildOperation;
import io.peninsula.web.ops.GameSolveOperation;
import io.peninsula.web.ops.JobControl;
import io.peninsula.web.ops.LeversOperation;
import io.peninsula.web.ops.MonteCarloOperation;
import io.peninsula.web.ops.Outcome;
import io.peninsula.web.ops.PivotalOperation;
import io.peninsula.web.ops.SensitivityOperation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every operation the API offers, by the command name it is stored under: the quick ones answer at
 * once, the long ones ({@link #JOB_KINDS}) are checked at once and run as jobs.
 */
public final class Operations {
  public static final List<String> JOB_KINDS = List.of("montecarlo", "sensitivity");

  private final ScenarioCatalog catalog;
  private final Map<String, Function<Request, Outcome>> quick = new LinkedHashMap<>();
  private final MonteCarloOperation montecarlo;
  private final SensitivityOperation sensitivity;

  public Operations(ScenarioCatalog catalog, int jobThreads) {
    this.catalog = catalog;
    quick.put("forecast", new ForecastOperation(catalog)::run);
    quick.put("compare", new CompareOperation(catalog)::run);
    quick.put("pivotal", new PivotalOperation(catalog)::run);
    quick.put("levers", new LeversOperation(catalog)::run);
    quick.put("backtest", new BacktestOperation()::run);
    quick.put("game build", new GameBuildOperation(catalog)::run);
    quick.put("game solve", new GameSolveOperation()::run);
    this.montecarlo = new MonteCarloOperation(catalog, jobThreads);
    this.sensitivity = new SensitivityOperation(catalog);
  }

  public ScenarioCatalog catalog() {
    return catalog;
  }

  public Optional<Function<Request, Outcome>> quick(String command) {
    return Optional.ofNullable(quick.get(command));
  }

  /** Checks a job request now and returns the work to queue; an unknown kind or a bad field is a 400. */
  public Function<JobControl, Outcome> job(String kind, Request r) {
    return switch (kind) {
      case "montecarlo" -> montecarlo.prepare(r)::run;
      case "sensitivity" -> sensitivity.prepare(r)::run;
      default -> throw ApiException.badField("kind", "unknown job kind \"" + kind + "\" (allowed: " + String.join(", ", JOB_KINDS) + ")");
    };
  }
}
