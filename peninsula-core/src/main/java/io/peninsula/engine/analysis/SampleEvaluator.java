package io.peninsula.engine.analysis;

import io.peninsula.engine.bargaining.IssueKernel;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.ScenarioKernel;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Scenario;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The per-sample work of a {@link MonteCarlo} study, for one thread: draws sample i from its own
 * random stream, forecasts the baseline and every option on that draw, and adds the outcomes and
 * actor utilities to the block's moments and to this evaluator's integer aggregates (histograms,
 * better-off counts). Executors ({@link BlockScheduler} locally, Spark remotely) only decide which
 * blocks an evaluator runs; the numbers depend on nothing else.
 *
 * <p>Three ways to forecast a drawn sample, one result:
 * <ul>
 *   <li>an issue-separable model with an {@link IssueKernel} (bdm, compromise, median): each issue
 *       from arrays, options with position / salience / relation edits as {@link CompiledOption}
 *       array edits;
 *   <li>a model with a {@link ScenarioKernel} (smp): every issue at once from arrays, the same
 *       compiled edits applied to the whole sample;
 *   <li>otherwise, and for options that change capabilities or the actor set, a {@link Scenario}
 *       realised from the draw and the model's record forecast (the reference path).
 * </ul>
 * The kernels are the models' own computations on the same draws, so all give the same numbers
 * bit for bit (MonteCarloTest compares them). Not thread-safe.
 */
final class SampleEvaluator {
  private final MonteCarlo mc;
  final OutcomeHistogram[] hist;
  final long[][] better;
  /** Per option × issue, the samples whose outcome lies more than one point from the status quo. */
  final long[] changed;
  private final IssueKernel kernel;
  private final ScenarioKernel scenarioKernel;
  private final double[] capability;
  private final double[] location;
  private final double[] salience;
  private final double[] editedLocation;
  private final double[] editedSalience;
  /** Issue j's capabilities, positions and saliences in model order ({@link IssueLayout}). */
  private final double[][] c;
  private final double[][] x;
  private final double[][] s;
  private final double[] base;
  /** Per option its outcomes on the last forecast sample ({@code base} itself when unchanged). */
  private final double[][] out;
  private final double[][] scratch;
  private final double[] uBase;
  private final double[] u;

  SampleEvaluator(MonteCarlo mc) {
    this.mc = mc;
    int ni = mc.issues.size();
    int no = mc.options.size();
    hist = new OutcomeHistogram[no * ni];
    for (int o = 0; o < no; o++)
      for (int j = 0; j < ni; j++)
        hist[o * ni + j] = new OutcomeHistogram(mc.issues.get(j).min(), mc.issues.get(j).max(), mc.config.bins());
    better = new long[no][mc.scenario.actors().size()];
    changed = new long[no * ni];
    kernel = mc.numeric ? issueKernel() : null;
    scenarioKernel = kernel == null && mc.joint ? scenarioKernel() : null;
    capability = new double[mc.scenario.actors().size()];
    location = new double[mc.scenario.positions().size()];
    salience = new double[location.length];
    editedLocation = new double[location.length];
    editedSalience = new double[location.length];
    c = new double[ni][];
    x = new double[ni][];
    s = new double[ni][];
    for (int j = 0; j < ni; j++) {
      c[j] = new double[mc.layout.size(j)];
      x[j] = new double[mc.layout.size(j)];
      s[j] = new double[mc.layout.size(j)];
    }
    base = new double[ni];
    out = new double[no][];
    scratch = new double[no][ni];
    uBase = new double[capability.length];
    u = new double[capability.length];
  }

  /** The model's kernel, or null (record path) when it has none or rejects the config: the record path then reports that at sample 0 as before. */
  private IssueKernel issueKernel() {
    try {
      return mc.model.issueKernel(mc.modelConfig).orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private ScenarioKernel scenarioKernel() {
    try {
      return mc.model.scenarioKernel(mc.scenario, mc.modelConfig).orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Sample i: draw, forecast, and add to {@code bm} and this evaluator's integer aggregates. */
  void sample(long i, BlockMoments bm) {
    SplittableRandom rng = new SplittableRandom(MonteCarlo.streamSeed(mc.config.seed(), i));
    long modelSeed = rng.nextLong();
    mc.sampler.draw(rng, capability, location, salience);
    forecast(i, modelSeed);
    mc.utilities(location, salience, base, uBase);
    bm.next();
    for (int o = 0; o < out.length; o++) {
      if (out[o] == base) {
        add(o, base, uBase, bm);
      } else {
        mc.utilities(location, salience, out[o], u);
        add(o, out[o], u, bm);
      }
    }
  }

  /**
   * The outcome of every option on every issue, {@code into[o * issues + j]}, on given numbers
   * rather than a drawn sample (Sobol designs): capabilities per actor, locations and saliences
   * per position in {@link Scenario#positions()} order. {@code label} names the point in errors.
   */
  void outcomes(double[] cap, double[] loc, double[] sal, long modelSeed, long label, double[] into) {
    System.arraycopy(cap, 0, capability, 0, capability.length);
    System.arraycopy(loc, 0, location, 0, location.length);
    System.arraycopy(sal, 0, salience, 0, salience.length);
    forecast(label, modelSeed);
    int ni = base.length;
    for (int o = 0; o < out.length; o++) System.arraycopy(out[o], 0, into, o * ni, ni);
  }

  /**
   * Forecasts the baseline and every option on the numbers in {@code capability}, {@code location}
   * and {@code salience} with model seed {@code modelSeed}; {@code i} names the sample in errors.
   */
  private void forecast(long i, long modelSeed) {
    for (double v : capability)
      if (Double.isInfinite(v)) mc.sampler.realise(capability, location, salience); // rejects it as the record path does
    if (kernel == null && scenarioKernel == null) {
      recordForecast(i, mc.modelConfig.withSeed(modelSeed));
      return;
    }
    if (kernel != null) issueBaseline(i);
    else jointOutcomes(i, "baseline", location, salience, modelSeed, base);
    Scenario realised = null;
    for (int o = 0; o < out.length; o++) {
      PolicyOption opt = mc.options.get(o);
      Optional<CompiledOption> co = mc.compiled.get(o);
      if (opt.edits().isEmpty() || (co.isPresent() && co.get().issues.length == 0)) {
        out[o] = base;
      } else if (co.isPresent() && kernel != null) {
        out[o] = compiledIssueOutcomes(i, opt, co.get(), scratch[o]);
      } else if (co.isPresent()) {
        System.arraycopy(location, 0, editedLocation, 0, location.length);
        System.arraycopy(salience, 0, editedSalience, 0, salience.length);
        co.get().applyAll(editedLocation, editedSalience);
        jointOutcomes(i, "option " + opt.id(), editedLocation, editedSalience, modelSeed, scratch[o]);
        out[o] = scratch[o];
      } else {
        if (realised == null) realised = mc.sampler.realise(capability, location, salience);
        try {
          out[o] = mc.optionOutcomes(realised, opt, mc.modelConfig.withSeed(modelSeed), base);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("sample " + i + ", " + e.getMessage(), e);
        }
      }
    }
  }

  /** The drawn sample's outcome on every issue into {@code base}, issue by issue. */
  private void issueBaseline(long i) {
    try {
      for (int j = 0; j < base.length; j++) {
        mc.layout.fill(j, capability, location, salience, c[j], x[j], s[j]);
        base[j] = kernel.outcome(mc.issues.get(j), mc.layout.actorIds(j), c[j], x[j], s[j]);
      }
      for (int j = 0; j < base.length; j++)
        if (Double.isNaN(base[j])) throw new IllegalArgumentException("model " + mc.model.name() + " gave no outcome on issue " + mc.issues.get(j).id());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sample " + i + ", baseline: " + e.getMessage(), e);
    }
  }

  /** Every issue's outcome at once from the scenario kernel, into {@code into}. */
  private void jointOutcomes(long i, String what, double[] loc, double[] sal, long modelSeed, double[] into) {
    try {
      scenarioKernel.outcomes(capability, loc, sal, modelSeed, into);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sample " + i + ", " + what + ": " + e.getMessage(), e);
    }
  }

  /** Outcomes under a compiled option: the baseline's, re-forecast on the issues it edits. */
  private double[] compiledIssueOutcomes(long i, PolicyOption opt, CompiledOption co, double[] edited) {
    System.arraycopy(base, 0, edited, 0, base.length);
    for (int t = 0; t < co.issues.length; t++) {
      int j = co.issues[t];
      mc.layout.fill(j, capability, location, salience, c[j], x[j], s[j]);
      co.apply(t, x[j], s[j]);
      try {
        edited[j] = kernel.outcome(mc.issues.get(j), mc.layout.actorIds(j), c[j], x[j], s[j]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("sample " + i + ", option " + opt.id() + ": " + e.getMessage(), e);
      }
    }
    return edited;
  }

  /** The sample through scenario records and the model's forecasts: the reference path. */
  private void recordForecast(long i, ModelConfig config) {
    Scenario sampled = mc.sampler.realise(capability, location, salience);
    double[] b;
    try {
      b = mc.outcomes(mc.model.forecastWithoutNotes(sampled, config));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sample " + i + ", baseline: " + e.getMessage(), e);
    }
    System.arraycopy(b, 0, base, 0, b.length);
    for (int o = 0; o < out.length; o++) {
      PolicyOption opt = mc.options.get(o);
      try {
        double[] r = opt.edits().isEmpty() ? base : mc.optionOutcomes(sampled, opt, config, base);
        out[o] = r;
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("sample " + i + ", " + e.getMessage(), e);
      }
    }
  }

  /** One option's outcomes and actor utilities into the aggregates, against the sample's baseline. */
  private void add(int o, double[] res, double[] uo, BlockMoments bm) {
    int ni = base.length;
    for (int j = 0; j < ni; j++) {
      bm.add(o * ni + j, res[j], res[j] - base[j]);
      hist[o * ni + j].add(res[j]);
      if (Math.abs(res[j] - mc.statusQuo[j]) > 1) changed[o * ni + j]++; // false when NaN: no status quo
    }
    for (int a = 0; a < uo.length; a++) if (uo[a] > uBase[a] + 1e-12) better[o][a]++;
  }
}
