package io.peninsula.engine.analysis;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Which inputs move each issue's outcome: {@link MorrisScreening} or {@link SobolIndices} over the
 * scenario's {@link SensitivityInputs} (every position, salience and capability, each sampled from
 * its declared law), with the model's forecast outcome of every issue as the outputs. Rows are
 * sorted per issue by the ranking measure (μ* or the total index), each with its bootstrap 95 %
 * interval (Sobol with R replicates: the mean of R shifted replicates and its Student t interval,
 * {@link SobolIndices#replicated}), and {@link Report#warnings} names the issues whose ranking the
 * intervals do not resolve.
 *
 * <p>Default sizes: Morris r = 10 trajectories with p = 4 levels; Sobol N = {@value #DEFAULT_SOBOL_N}
 * base points: on the bundled korea-2025 scenario the real first-order error (the spread over 20
 * independently shifted replicates of the design, {@link SobolIndices#computeShifted}) is then under
 * 0.01 for 1,499 of its 1,500 indices, the exception 0.013 (an issue whose outcome moves in 5 % of
 * samples); docs/analysis.md gives the measurements and why N was not raised to the 16,384 that
 * brings that one under 0.01 too. Cost: r(k + 1) or
 * N(k + 2) forecasts for k inputs.
 */
public final class SensitivityAnalysis {
  /** The screening or variance-based method. */
  public enum Method {
    MORRIS("mu_star", "sigma"),
    SOBOL("total", "first");

    private final String main;
    private final String second;

    Method(String main, String second) {
      this.main = main;
      this.second = second;
    }

    /** Name of the ranking measure (μ* or the total index). */
    public String mainName() {
      return main;
    }

    /** Name of the second measure (σ or the first-order index). */
    public String secondName() {
      return second;
    }

    public static Optional<Method> byName(String name) {
      for (Method m : values()) if (m.name().equalsIgnoreCase(name)) return Optional.of(m);
      return Optional.empty();
    }
  }

  /** Morris trajectories r by default. */
  public static final int DEFAULT_TRAJECTORIES = 10;
  /** Sobol base sample N by default (see the class comment). */
  public static final int DEFAULT_SOBOL_N = 4096;
  /** Morris grid levels p. */
  public static final int MORRIS_LEVELS = 4;
  /** Bootstrap resamples for the intervals. */
  public static final int RESAMPLES = 200;

  /**
   * One input's measures on one issue. {@code mainHalfWidth} is the half-width of the 95 % interval
   * of the main measure; {@code secondHalfWidth} that of the second (NaN for Morris' σ, which has
   * none).
   */
  public record Row(String issue, String input, double main, double mainHalfWidth, double second, double secondHalfWidth) {
    public double mainLow() {
      return main - mainHalfWidth;
    }

    public double mainHigh() {
      return main + mainHalfWidth;
    }

    public double secondLow() {
      return second - secondHalfWidth;
    }

    public double secondHigh() {
      return second + secondHalfWidth;
    }
  }

  /**
   * How concentrated an issue's outcome was: its most common value over the evaluations that
   * estimate the variance (Sobol: f(A) and f(B); Morris: every point of the trajectories) and
   * whether that value is the issue's status quo.
   */
  public record Concentration(String issue, OutputMode mode, boolean statusQuo) {
    public Concentration {
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(mode, "mode");
    }
  }

  /**
   * Share of the evaluations above which an outcome counts as stuck at one value (a rare-event
   * output): its indices rest on the remaining rows, a note says so.
   */
  public static final double CONCENTRATED = 0.9;

  /**
   * Rows sorted per issue (issues in scenario order), the sizes used and the ranking warnings.
   * {@code replicates} is 0 when the intervals are bootstrap intervals, else the number R of shifted
   * replicates whose mean and t-interval the rows give (Sobol only; see {@link SobolIndices#replicated}).
   * {@code concentrations}: per issue, how concentrated its outcome was (empty: not measured).
   */
  public record Report(Method method, int samples, int inputs, int evaluations, List<Row> rows, int replicates,
      List<Concentration> concentrations) {
    public Report {
      Objects.requireNonNull(method, "method");
      rows = List.copyOf(rows);
      concentrations = List.copyOf(concentrations);
      if (replicates < 0 || replicates == 1) throw new IllegalArgumentException("replicates must be 0 or >= 2, got " + replicates);
      if (replicates > 0 && method != Method.SOBOL) throw new IllegalArgumentException("replicates apply to Sobol only");
    }

    /** With bootstrap intervals and no concentrations measured. */
    public Report(Method method, int samples, int inputs, int evaluations, List<Row> rows) {
      this(method, samples, inputs, evaluations, rows, 0, List.of());
    }

    /**
     * The multiplier of the standard error in the 95 % half-widths: Student's t_{R−1, 0.975} with
     * replicates ({@link SobolIndices#tQuantile95}), z = {@link SobolIndices#Z95} for the bootstrap.
     */
    public double critical() {
      return replicated() ? SobolIndices.tQuantile95(replicates - 1) : SobolIndices.Z95;
    }

    /** Whether the intervals come from shifted replicates (else from the bootstrap). */
    public boolean replicated() {
      return replicates > 0;
    }

    /** The first {@code k} rows of every issue. */
    public List<Row> top(int k) {
      List<Row> out = new ArrayList<>();
      String current = null;
      int shown = 0;
      for (Row r : rows) {
        if (!r.issue().equals(current)) {
          current = r.issue();
          shown = 0;
        }
        if (shown++ < k) out.add(r);
      }
      return out;
    }

    /**
     * Notes on the issues shown, in their order: an outcome that sat at one value in more than
     * {@link #CONCENTRATED} of the evaluations (its indices rest on the few rows where it moved, or
     * it never moved and every index is 0); and one sentence per issue whose ranking among its first
     * {@code k} rows is not resolved: two neighbours whose 95 % intervals of the main measure
     * overlap, where the upper one's interval excludes 0 (pairs of negligible inputs, whose order
     * does not matter, are not counted).
     */
    public List<String> warnings(int k) {
      List<String> out = new ArrayList<>();
      List<Row> shown = top(k);
      for (int a = 0; a < shown.size(); ) {
        String issue = shown.get(a).issue();
        int b = a;
        while (b < shown.size() && shown.get(b).issue().equals(issue)) b++;
        for (Concentration c : concentrations)
          if (c.issue().equals(issue) && c.mode().share() > CONCENTRATED) out.add(concentrationNote(c));
        int overlaps = 0;
        String example = null;
        for (int r = a; r + 1 < b; r++) {
          Row hi = shown.get(r);
          Row lo = shown.get(r + 1);
          if (hi.mainLow() > 0 && hi.mainLow() <= lo.mainHigh()) {
            overlaps++;
            if (example == null) example = hi.input() + " and " + lo.input();
          }
        }
        if (overlaps > 0)
          out.add(issue + ": the 95 % intervals of " + overlaps + (overlaps == 1 ? " pair" : " pairs")
              + " of neighbouring inputs overlap (first: " + example + "), so their order is not resolved; raise --samples"
              + (replicated() ? " or --replicates" : "") + " to separate them");
        a = b;
      }
      return out;
    }

    private String concentrationNote(Concentration c) {
      OutputMode m = c.mode();
      String where = method == Method.SOBOL ? " forecasts of the base samples A and B" : " forecasts along the trajectories";
      String value = "the outcome was " + plain(m.value()) + (c.statusQuo() ? " (the status quo)" : "");
      if (m.count() == m.of())
        return c.issue() + ": " + value + " in all " + m.of() + where + ": it does not move with these inputs, so every "
            + (method == Method.SOBOL ? "index" : "effect") + " is 0";
      double pct = 100.0 * m.share();
      String share = String.format(java.util.Locale.ROOT, pct >= 99.5 ? "%.1f" : "%.0f", pct);
      long moved = m.of() - m.count();
      return c.issue() + ": " + value + " in " + share + " % of the " + m.of() + where + "; it moved in only " + moved
          + ", on which its " + (method == Method.SOBOL ? "indices" : "effects") + " rest; raise --samples"
          + (method == Method.SOBOL && !replicated() ? ", or add --replicates to see their real error" : "");
    }

    private static String plain(double v) {
      if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
      return java.math.BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
  }

  private SensitivityAnalysis() {}

  /**
   * @param samples Morris trajectories r or Sobol base sample N (≥ 2)
   * @param issue only this issue's rows, when given (all issues are still forecast)
   */
  public static Report run(Scenario scenario, BargainingModel model, ModelConfig config, Method method, int samples, Optional<String> issue) {
    return run(scenario, model, config, method, samples, issue, new AtomicBoolean(), done -> { });
  }

  /** Forecasts the method makes for {@code k} inputs: r(k + 1) for Morris, N(k + 2) for Sobol. */
  public static long evaluations(Method method, int inputs, int samples) {
    return (long) samples * (inputs + (method == Method.MORRIS ? 1 : 2));
  }

  /** As {@link #evaluations(Method, int, int)}, times R for Sobol on R shifted replicates ({@code replicates} 0: one unshifted design). */
  public static long evaluations(Method method, int inputs, int samples, int replicates) {
    return evaluations(method, inputs, samples) * Math.max(1, replicates);
  }

  /**
   * As {@link #run(Scenario, BargainingModel, ModelConfig, Method, int, Optional)}, reporting to
   * {@code progress} the number of forecasts made so far (of {@link #evaluations}; from worker
   * threads for Sobol, not necessarily in order) and reading {@code cancel} before each forecast.
   * A cancelled analysis has no partial result (its indices would be biased, not just wider): it
   * throws {@link CancellationException}. The hook does not change the numbers.
   */
  public static Report run(Scenario scenario, BargainingModel model, ModelConfig config, Method method, int samples, Optional<String> issue,
      AtomicBoolean cancel, LongConsumer progress) {
    return run(scenario, model, config, method, samples, issue, 0, cancel, progress);
  }

  /**
   * As {@link #run(Scenario, BargainingModel, ModelConfig, Method, int, Optional, AtomicBoolean, LongConsumer)};
   * with {@code replicates} R ≥ 2 (Sobol only) the indices are the means of R independently shifted
   * replicates of the N-point design and the intervals Student's t on their spread
   * ({@link SobolIndices#replicated}, shift seeds drawn from {@code config.seed()}); progress counts to
   * R·N(k + 2) and {@code cancel} stops any replicate. 0: one unshifted design with bootstrap intervals.
   */
  public static Report run(Scenario scenario, BargainingModel model, ModelConfig config, Method method, int samples, Optional<String> issue,
      int replicates, AtomicBoolean cancel, LongConsumer progress) {
    if (samples < 2) throw new IllegalArgumentException("samples must be at least 2, got " + samples);
    if (replicates < 0 || replicates == 1) throw new IllegalArgumentException("replicates must be at least 2, got " + replicates);
    if (replicates > 0 && method != Method.SOBOL)
      throw new IllegalArgumentException("replicates apply to the Sobol method only, not " + method.name().toLowerCase(java.util.Locale.ROOT));
    SensitivityInputs inputs = SensitivityInputs.standard(scenario);
    List<String> issueIds = scenario.issues().stream().map(Issue::id).toList();
    long planned = evaluations(method, inputs.size(), samples, replicates);
    AtomicLong made = new AtomicLong();
    Function<double[], double[]> f = u -> {
      if (cancel.get()) throw new CancellationException("sensitivity analysis cancelled after " + made.get() + " of " + planned + " forecasts");
      var r = model.forecastWithoutNotes(inputs.scenario(u), config);
      double[] y = new double[issueIds.size()];
      for (int k = 0; k < y.length; k++) y[k] = r.issue(issueIds.get(k)).orElseThrow().outcome();
      progress.accept(made.incrementAndGet());
      return y;
    };
    int k = inputs.size();
    double[][] main = new double[issueIds.size()][k];
    double[][] mainHalf = new double[issueIds.size()][k];
    double[][] second;
    double[][] secondHalf = new double[issueIds.size()][k];
    int evaluations;
    List<OutputMode> modes;
    if (method == Method.MORRIS) {
      var r = MorrisScreening.compute(k, samples, MORRIS_LEVELS, config.seed(), RESAMPLES, f);
      evaluations = r.evaluations();
      modes = r.modes();
      main = r.muStar();
      second = r.sigma();
      for (int o = 0; o < main.length; o++)
        for (int i = 0; i < k; i++) {
          mainHalf[o][i] = r.muStarHalfWidth(o, i);
          secondHalf[o][i] = Double.NaN;
        }
    } else {
      var r = replicates > 0 ? SobolIndices.replicated(k, samples, replicates, config.seed(), f)
          : SobolIndices.compute(k, samples, RESAMPLES, config.seed(), f);
      evaluations = r.evaluations();
      modes = r.modes();
      main = r.total();
      second = r.first();
      for (int o = 0; o < main.length; o++)
        for (int i = 0; i < k; i++) {
          mainHalf[o][i] = r.totalHalfWidth(o, i);
          secondHalf[o][i] = r.firstHalfWidth(o, i);
        }
    }
    List<Row> rows = new ArrayList<>();
    for (int o = 0; o < issueIds.size(); o++) {
      if (issue.isPresent() && !issueIds.get(o).equals(issue.get())) continue;
      List<Row> part = new ArrayList<>();
      for (int i = 0; i < k; i++)
        part.add(new Row(issueIds.get(o), inputs.inputs().get(i).label(), main[o][i], mainHalf[o][i], second[o][i], secondHalf[o][i]));
      part.sort(Comparator.comparingDouble(Row::main).reversed().thenComparing(Row::input));
      rows.addAll(part);
    }
    List<Concentration> concentrations = new ArrayList<>();
    for (int o = 0; o < issueIds.size(); o++) {
      if (issue.isPresent() && !issueIds.get(o).equals(issue.get())) continue;
      OutputMode mode = modes.get(o);
      boolean sq = scenario.issues().get(o).statusQuo().map(q -> Double.compare(q.value(), mode.value()) == 0).orElse(false);
      concentrations.add(new Concentration(issueIds.get(o), mode, sq));
    }
    return new Report(method, samples, k, evaluations, rows, replicates, concentrations);
  }
}
