package io.peninsula.engine.analysis;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Actor;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.SobolSequenceGenerator;

/**
 * {@link SobolIndices} of every option's outcome on every issue with respect to every uncertain
 * input ({@link SensitivityInputs}), cut into rows of Saltelli's design so that executors can
 * evaluate row ranges anywhere ({@link #evaluate}) and a driver {@link #combine}s them. Row j of
 * the design is the j-th point (after the origin) of the 2k-dimensional Sobol' sequence, split
 * into A_j and B_j, as in {@link SobolIndices}; a row's evaluations are f(A_j), f(B_j) and
 * f(A_B^i_j) for every input i — the N·(k + 2) evaluations of {@link SobolIndices#compute}.
 * {@link #combine} hands them to {@link SobolIndices#compute} (by point), so the indices are the
 * ones a direct call gives, for any partition of the rows.
 *
 * <p>The model f maps a point u to {@link SensitivityInputs#scenario(double[])} and forecasts
 * the baseline and every option with the model seed of {@code config}, through the same sample
 * evaluator as Monte Carlo (kernels when the model has one).
 */
public final class SobolStudy {
  /** The evaluations of design rows {@code [fromRow, fromRow + values.length)}: per row, per point (A, B, A_B^0…), the outputs. */
  public static final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;
    final int fromRow;
    final double[][][] values;

    Partial(int fromRow, double[][][] values) {
      this.fromRow = fromRow;
      this.values = values;
    }

    public int fromRow() {
      return fromRow;
    }
  }

  private final MonteCarlo mc;
  private final SensitivityInputs inputs;
  private final int n;
  private final long seed;
  private final int k;

  public SobolStudy(Scenario scenario, List<PolicyOption> options, BargainingModel model, ModelConfig config, int n,
      SensitivityInputs inputs) {
    if (n < 2) throw new IllegalArgumentException("base sample size must be >= 2, got " + n);
    this.inputs = inputs;
    this.k = inputs.size();
    if (k < 1 || 2 * k > 1000) throw new IllegalArgumentException("Sobol indices need 1..500 inputs, got " + k);
    this.mc = new MonteCarlo(scenario, options, model, config, MonteCarloConfig.of(config.seed(), 1, 1));
    this.n = n;
    this.seed = config.seed();
  }

  /** Base sample size N: the number of design rows. */
  public int rows() {
    return n;
  }

  /** The varied inputs, in index order. */
  public SensitivityInputs inputs() {
    return inputs;
  }

  /** Number of outputs: options × issues, option-major. */
  public int outputs() {
    return mc.series();
  }

  /** Evaluates design rows [fromRow, toRow) on the calling thread. */
  public Partial evaluate(int fromRow, int toRow) {
    if (fromRow < 0 || toRow > n || fromRow >= toRow)
      throw new IllegalArgumentException("row range [" + fromRow + ", " + toRow + ") not within [0, " + n + ")");
    SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
    SampleEvaluator w = mc.evaluator();
    double[][][] values = new double[toRow - fromRow][k + 2][];
    for (int j = fromRow; j < toRow; j++) {
      // row j is point j + 1 of the sequence (the origin is skipped); skipTo returns that point
      double[] v = j == fromRow ? gen.skipTo(fromRow + 1) : gen.nextVector();
      double[] a = Arrays.copyOfRange(v, 0, k);
      double[] b = Arrays.copyOfRange(v, k, 2 * k);
      double[][] row = values[j - fromRow];
      long label = (long) j * (k + 2);
      row[0] = f(w, a, label);
      row[1] = f(w, b, label + 1);
      for (int i = 0; i < k; i++) {
        double[] x = a.clone();
        x[i] = b[i];
        row[2 + i] = f(w, x, label + 2 + i);
      }
    }
    return new Partial(fromRow, values);
  }

  private double[] f(SampleEvaluator w, double[] u, long label) {
    Scenario p = inputs.scenario(u);
    List<Actor> as = p.actors();
    List<Position> ps = p.positions();
    double[] cap = new double[as.size()];
    for (int a = 0; a < cap.length; a++) cap[a] = as.get(a).capability();
    double[] loc = new double[ps.size()];
    double[] sal = new double[ps.size()];
    for (int q = 0; q < loc.length; q++) {
      loc[q] = ps.get(q).position();
      sal[q] = ps.get(q).salience();
    }
    double[] out = new double[mc.series()];
    w.outcomes(cap, loc, sal, seed, label, out);
    return out;
  }

  /**
   * The indices from partials covering every row exactly once (any order): {@code first[o][i]},
   * {@code total[o][i]} for output o (option-major over issues) and input i.
   */
  public SobolIndices.Result combine(Collection<Partial> partials) {
    List<Partial> sorted = new ArrayList<>(partials);
    sorted.sort(Comparator.comparingInt(Partial::fromRow));
    int next = 0;
    Map<Point, double[]> byPoint = new HashMap<>();
    SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
    gen.nextVector();
    for (Partial p : sorted) {
      if (p.fromRow != next) throw new IllegalArgumentException("partials do not cover the rows: expected row " + next + ", got " + p.fromRow);
      for (double[][] row : p.values) {
        double[] v = gen.nextVector();
        double[] a = Arrays.copyOfRange(v, 0, k);
        double[] b = Arrays.copyOfRange(v, k, 2 * k);
        byPoint.put(new Point(a), row[0]);
        byPoint.put(new Point(b), row[1]);
        for (int i = 0; i < k; i++) {
          double[] x = a.clone();
          x[i] = b[i];
          byPoint.put(new Point(x), row[2 + i]);
        }
        next++;
      }
    }
    if (next != n) throw new IllegalArgumentException("partials cover " + next + " of " + n + " rows");
    return SobolIndices.compute(k, n, u -> {
      double[] r = byPoint.get(new Point(u));
      if (r == null) throw new IllegalStateException("Sobol design point not evaluated: SobolStudy and SobolIndices disagree on the design");
      return r.clone();
    });
  }

  /** A design point as a map key (exact coordinates). */
  private record Point(double[] u) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Point p && Arrays.equals(u, p.u);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(u);
    }
  }
}
