package io.peninsula.engine.backtest;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ModelConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores bargaining models against observed outcomes: each case's scenario is forecast
 * independently and the absolute error |x̂ − observed| on the case's single issue is recorded. The
 * mean absolute error (MAE) is the usual yardstick of the EU decision-making literature (Thomson et
 * al. 2006, <i>The European Union Decides</i>, ch. 10; Arregui &amp; Perarnaud 2021 for DEU III).
 *
 * <p>When a case has a reference point the model is given the parameter {@code reference=<value>}
 * on top of the caller's config (models that model a status quo, such as {@code nash}, read it;
 * others ignore it). Nothing is fitted to the cases. Pure, deterministic, O(models × cases × model
 * cost).
 */
public final class Backtest {
  /** The name of the model parameter that carries a case's reference point. */
  public static final String REFERENCE_PARAMETER = "reference";

  private Backtest() {}

  /** Scores every model on every case; one {@link ModelScore} per model, in the given order. */
  public static List<ModelScore> run(List<BacktestCase> cases, List<BargainingModel> models, ModelConfig config) {
    List<ModelScore> out = new ArrayList<>();
    for (BargainingModel m : models) out.add(score(cases, m, config));
    return out;
  }

  /** Scores one model. */
  public static ModelScore score(List<BacktestCase> cases, BargainingModel model, ModelConfig config) {
    double[] errors = new double[cases.size()];
    int n = 0;
    List<String> failed = new ArrayList<>();
    for (BacktestCase c : cases) {
      double error;
      try {
        error = Math.abs(forecast(c, model, config) - c.observed());
      } catch (IllegalArgumentException e) {
        failed.add(c.id() + ": " + e.getMessage());
        continue;
      }
      errors[n++] = error;
    }
    double[] e = Arrays.copyOf(errors, n);
    return new ModelScore(model.name(), n, mean(e), median(e), failed);
  }

  /** The model's forecast outcome for one case (the reference point passed as a parameter). */
  public static double forecast(BacktestCase c, BargainingModel model, ModelConfig config) {
    ModelConfig cfg = c.reference().map(r -> config.withParameter(REFERENCE_PARAMETER, Double.toString(r))).orElse(config);
    return model.forecastWithoutNotes(c.scenario(), cfg).issue(c.issue().id()).orElseThrow().outcome();
  }

  static double mean(double[] e) {
    if (e.length == 0) return Double.NaN;
    double s = 0;
    for (double v : e) s += v;
    return s / e.length;
  }

  /** The median; the mean of the two middle values for an even count; NaN when empty. */
  static double median(double[] e) {
    if (e.length == 0) return Double.NaN;
    double[] s = e.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
}
