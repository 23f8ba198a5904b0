package io.peninsula.app.bargaining;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Errors;
import io.peninsula.app.ModelSpec;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.analysis.MorrisScreening;
import io.peninsula.engine.analysis.SensitivityInputs;
import io.peninsula.engine.analysis.SobolIndices;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@code sensitivity}: Morris elementary effects or Sobol indices of every position, salience and
 * capability on each issue's outcome, ranked per issue. Default samples: 10 Morris trajectories
 * (levels p = 4) or a Sobol base sample of 256.
 */
public final class SensitivityService {
  /** The methods, in the order help texts list them. */
  public static final List<String> METHODS = List.of("morris", "sobol");
  public static final int DEFAULT_MORRIS_TRAJECTORIES = 10;
  public static final int DEFAULT_SOBOL_N = 256;
  static final int MORRIS_LEVELS = 4;

  private final ScenarioSource scenarios;

  public SensitivityService() {
    this(new FileScenarioSource());
  }

  public SensitivityService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  public SensitivityOutcome run(SensitivityRequest request) {
    Stopwatch clock = new Stopwatch();
    String method = request.method();
    if (!METHODS.contains(method)) throw new BadRequestException("unknown --method \"" + method + "\" (allowed: morris, sobol)");
    int n = request.samples().orElse(method.equals("morris") ? DEFAULT_MORRIS_TRAJECTORIES : DEFAULT_SOBOL_N);
    if (n < 2) throw new BadRequestException("--samples must be at least 2, got " + n);
    ModelSpec.Resolved m = request.model().resolve();
    LoadedScenario loaded = scenarios.load(request.scenario());
    Scenario s = loaded.scenario();
    request.issue().ifPresent(id -> ForecastService.requireIssue(loaded, id));
    SensitivityInputs inputs = SensitivityInputs.standard(s);
    List<String> issueIds = s.issues().stream().map(Issue::id).toList();
    Function<double[], double[]> f = u -> {
      var r = m.model().forecastWithoutNotes(inputs.scenario(u), m.config());
      double[] y = new double[issueIds.size()];
      for (int k = 0; k < y.length; k++) y[k] = r.issue(issueIds.get(k)).orElseThrow().outcome();
      return y;
    };
    List<SensitivityOutcome.Row> rows = new ArrayList<>();
    int evaluations;
    try {
      if (method.equals("morris")) {
        var r = MorrisScreening.compute(inputs.size(), n, MORRIS_LEVELS, m.config().seed(), f);
        evaluations = r.evaluations();
        collect(rows, issueIds, inputs, r.muStar(), r.sigma(), request);
      } else {
        var r = SobolIndices.compute(inputs.size(), n, f);
        evaluations = r.evaluations();
        collect(rows, issueIds, inputs, r.total(), r.first(), request);
      }
    } catch (RuntimeException e) {
      if (!Errors.isBadInput(e)) throw e;
      throw ForecastService.Models.cannotRun(m, loaded, e);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("method", method);
    options.put("samples", n);
    options.put("inputs", inputs.size());
    options.put("issue", request.issue().orElse(null));
    return new SensitivityOutcome(clock.provenance("sensitivity", loaded, request.model(), m, options, 1), request, loaded, method, n,
        evaluations, rows);
  }

  /** Rows of each reported issue, sorted by the main index (largest first), ties by input label. */
  private static void collect(List<SensitivityOutcome.Row> rows, List<String> issueIds, SensitivityInputs inputs, double[][] main,
      double[][] second, SensitivityRequest request) {
    for (int o = 0; o < issueIds.size(); o++) {
      String id = issueIds.get(o);
      if (request.issue().isPresent() && !request.issue().get().equals(id)) continue;
      List<SensitivityOutcome.Row> part = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++)
        part.add(new SensitivityOutcome.Row(id, inputs.inputs().get(i).label(), main[o][i], second[o][i]));
      part.sort(Comparator.comparingDouble(SensitivityOutcome.Row::main).reversed().thenComparing(SensitivityOutcome.Row::input));
      rows.addAll(part);
    }
  }
}
