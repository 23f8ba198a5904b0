package io.peninsula.app.bargaining;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Errors;
import io.peninsula.app.ModelSpec;
import io.peninsula.app.Stopwatch;
import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.engine.analysis.SensitivityAnalysis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

/**
 * {@code sensitivity}: Morris elementary effects or Sobol indices of every position, salience and
 * capability on each issue's outcome ({@link SensitivityAnalysis}); the defaults are the method's
 * (10 Morris trajectories, Sobol N = 4096). Sobol with {@code replicates} R runs R shifted replicates
 * of the design one after another (R·N(k + 2) forecasts) and reports their mean and t-interval.
 */
public final class SensitivityService {
  /** The methods, in the order help texts list them. */
  public static final List<String> METHODS = List.of("morris", "sobol");

  private final ScenarioSource scenarios;

  public SensitivityService() {
    this(new FileScenarioSource());
  }

  public SensitivityService(ScenarioSource scenarios) {
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
  }

  /** Runs to the end. */
  public SensitivityOutcome run(SensitivityRequest request) {
    return run(request, new AtomicBoolean(), done -> { });
  }

  /**
   * Forecasts the request will make on {@code loaded} ({@link SensitivityAnalysis#evaluations}):
   * the total that {@link #run(SensitivityRequest, AtomicBoolean, LongConsumer)}'s progress counts to.
   */
  public static long evaluations(SensitivityRequest request, LoadedScenario loaded) {
    SensitivityAnalysis.Method method = method(request);
    return SensitivityAnalysis.evaluations(method, io.peninsula.engine.analysis.SensitivityInputs.standard(loaded.scenario()).size(),
        samples(request, method), replicates(request, method));
  }

  /**
   * R of {@code --replicates} (0 when not given); refused below 2 and with Morris, whose
   * trajectories are already independent random draws, so resampling them (its bootstrap) is sound.
   */
  private static int replicates(SensitivityRequest request, SensitivityAnalysis.Method method) {
    if (request.replicates().isEmpty()) return 0;
    int r = request.replicates().get();
    if (method != SensitivityAnalysis.Method.SOBOL)
      throw new BadRequestException("--replicates applies to --method sobol only: Morris' trajectories are independent random draws,"
          + " so its bootstrap intervals already measure their error");
    if (r < 2) throw new BadRequestException("--replicates must be at least 2 (a spread needs two replicates), got " + r);
    return r;
  }

  private static SensitivityAnalysis.Method method(SensitivityRequest request) {
    return SensitivityAnalysis.Method.byName(request.method()).orElseThrow(() ->
        new BadRequestException("unknown --method \"" + request.method() + "\" (allowed: morris, sobol)"));
  }

  private static int samples(SensitivityRequest request, SensitivityAnalysis.Method method) {
    return request.samples().orElse(method == SensitivityAnalysis.Method.MORRIS ? SensitivityAnalysis.DEFAULT_TRAJECTORIES
        : SensitivityAnalysis.DEFAULT_SOBOL_N);
  }

  /**
   * Runs until done, reporting the forecasts made to {@code progress} (from worker threads); when
   * {@code cancel} is set it stops at the next forecast and throws
   * {@link java.util.concurrent.CancellationException}: a cancelled analysis has no result.
   */
  public SensitivityOutcome run(SensitivityRequest request, AtomicBoolean cancel, LongConsumer progress) {
    Stopwatch clock = new Stopwatch();
    SensitivityAnalysis.Method method = method(request);
    int n = samples(request, method);
    if (n < 2) throw new BadRequestException("--samples must be at least 2, got " + n);
    if (request.top() < 1) throw new BadRequestException("--top must be at least 1, got " + request.top());
    int replicates = replicates(request, method);
    ModelSpec.Resolved m = request.model().resolve();
    LoadedScenario loaded = scenarios.load(request.scenario());
    request.issue().ifPresent(id -> ForecastService.requireIssue(loaded, id));
    int k = io.peninsula.engine.analysis.SensitivityInputs.standard(loaded.scenario()).size();
    int outputs = loaded.scenario().issues().size();
    // replicates run one after another: one design's evaluations at a time, plus each replicate's kept result (4 arrays of outputs·k)
    io.peninsula.app.MemoryEstimate.refuseIfTooLarge("sensitivity",
        8L * n * (k + 1) * (method == SensitivityAnalysis.Method.MORRIS ? k + outputs : 2 + 2 * outputs) + 32L * replicates * outputs * k,
        n + " samples × " + k + " inputs", "lower --samples");
    long evaluations = SensitivityAnalysis.evaluations(method, k, n, replicates);
    if (replicates > 0 && evaluations > Integer.MAX_VALUE)
      throw new BadRequestException("--replicates " + replicates + " × --samples " + n + " would make " + evaluations
          + " forecasts, more than " + Integer.MAX_VALUE + "; lower --replicates or --samples");
    SensitivityAnalysis.Report report;
    try {
      report = SensitivityAnalysis.run(loaded.scenario(), m.model(), m.config(), method, n, request.issue(), replicates, cancel, progress);
    } catch (RuntimeException e) {
      if (!Errors.isBadInput(e)) throw e;
      throw ForecastService.Models.cannotRun(m, loaded, e);
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("method", request.method());
    options.put("samples", n);
    options.put("inputs", report.inputs());
    options.put("issue", request.issue().orElse(null));
    options.put("top", request.top());
    if (replicates > 0) options.put("replicates", replicates);
    return new SensitivityOutcome(clock.provenance("sensitivity", loaded, request.model(), m, options, 1), request, loaded, report);
  }
}
