package io.peninsula.engine.backtest;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.VetoConstrainedModel;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Backtests that score every model without and with the veto-player constraint
 * ({@link VetoConstrainedModel}) and a naive {@value #STATUS_QUO} baseline (the forecast "nothing
 * changes": each issue's status quo). Rows are named {@code <model>} and {@code <model>+veto}.
 * Nothing is fitted to the outcomes.
 */
public final class ConstrainedBacktest {
  /** Name of the baseline row. */
  public static final String STATUS_QUO = "status_quo";
  /** Suffix of the constrained rows. */
  public static final String VETO_SUFFIX = "+veto";

  /** Which rows to score: the models alone, under the constraint, or both. */
  public enum Rows {
    NONE,
    VETO,
    BOTH;

    public static Rows of(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT));
    }

    boolean plain() {
      return this != VETO;
    }

    boolean veto() {
      return this != NONE;
    }
  }

  private ConstrainedBacktest() {}

  /**
   * DEU-style cases (one issue each): every model ({@code rows}) and then, unless {@code rows} is
   * NONE, the status quo row over the cases whose issue declares a status quo (or a reference point).
   */
  public static List<ModelScore> run(List<BacktestCase> cases, List<BargainingModel> models, ModelConfig config, Rows rows) {
    List<ModelScore> out = new ArrayList<>();
    for (BargainingModel m : models) {
      if (rows.plain()) out.add(Backtest.score(cases, m, config));
      if (rows.veto()) out.add(renamed(Backtest.score(cases, new VetoConstrainedModel(m), config), m.name() + VETO_SUFFIX));
    }
    if (rows.veto()) out.add(statusQuo(cases));
    return out;
  }

  /** The cases whose issue has a status quo (a reference point). */
  public static List<BacktestCase> withStatusQuo(List<BacktestCase> cases) {
    return cases.stream().filter(c -> statusQuoOf(c).isPresent()).toList();
  }

  /** The naive forecast "nothing changes", scored on the cases that record a status quo. */
  public static ModelScore statusQuo(List<BacktestCase> cases) {
    double[] e = new double[cases.size()];
    int n = 0;
    for (BacktestCase c : cases) {
      Optional<Double> q = statusQuoOf(c);
      if (q.isPresent()) e[n++] = Math.abs(q.get() - c.observed());
    }
    double[] errors = Arrays.copyOf(e, n);
    return new ModelScore(STATUS_QUO, n, Backtest.mean(errors), Backtest.median(errors), List.of());
  }

  private static Optional<Double> statusQuoOf(BacktestCase c) {
    Optional<Double> q = c.issue().statusQuo().map(s -> s.value());
    return q.isPresent() ? q : c.reference();
  }

  /**
   * A scenario scored against recorded outcomes ({@code observed}: issue id → value on the issue's
   * scale): the whole scenario is forecast once per model (multi-issue models see every issue) and
   * the absolute errors on the observed issues are summarised; then the status quo row over the
   * observed issues that declare a status quo.
   *
   * @throws IllegalArgumentException when an outcome names an unknown issue or lies off its scale
   */
  public static List<ModelScore> scenario(Scenario s, Map<String, Double> observed, List<BargainingModel> models,
      ModelConfig config, Rows rows) {
    Objects.requireNonNull(observed, "observed");
    for (var e : observed.entrySet()) {
      Issue issue = s.issue(e.getKey()).orElseThrow(() -> new IllegalArgumentException("outcome for unknown issue " + e.getKey()));
      if (e.getValue() < issue.min() || e.getValue() > issue.max())
        throw new IllegalArgumentException("outcome " + e.getValue() + " for issue " + e.getKey() + " is off its scale");
    }
    List<ModelScore> out = new ArrayList<>();
    for (BargainingModel m : models) {
      if (rows.plain()) out.add(scoreScenario(s, observed, m, m.name(), config));
      if (rows.veto()) out.add(scoreScenario(s, observed, new VetoConstrainedModel(m), m.name() + VETO_SUFFIX, config));
    }
    if (rows.veto()) {
      double[] e = new double[observed.size()];
      int n = 0;
      for (var o : observed.entrySet()) {
        var q = s.issue(o.getKey()).orElseThrow().statusQuo();
        if (q.isPresent()) e[n++] = Math.abs(q.get().value() - o.getValue());
      }
      double[] errors = Arrays.copyOf(e, n);
      out.add(new ModelScore(STATUS_QUO, n, Backtest.mean(errors), Backtest.median(errors), List.of()));
    }
    return out;
  }

  private static ModelScore scoreScenario(Scenario s, Map<String, Double> observed, BargainingModel m, String name, ModelConfig config) {
    ForecastResult r;
    try {
      r = m.forecastWithoutNotes(s, config);
    } catch (IllegalArgumentException e) {
      return new ModelScore(name, 0, Double.NaN, Double.NaN, List.of(s.metadata().id() + ": " + e.getMessage()));
    }
    double[] errors = new double[observed.size()];
    int n = 0;
    for (var o : observed.entrySet()) errors[n++] = Math.abs(r.issue(o.getKey()).orElseThrow().outcome() - o.getValue());
    return new ModelScore(name, n, Backtest.mean(errors), Backtest.median(errors), List.of());
  }

  private static ModelScore renamed(ModelScore s, String name) {
    return new ModelScore(name, s.issues(), s.mae(), s.medianAe(), s.failed());
  }
}
