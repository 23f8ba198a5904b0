package io.peninsula.engine.analysis;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.IssueKernel;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Issue;
import io.peninsula.model.PolicyOption;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Monte Carlo policy analysis: for each sample i the uncertain inputs are drawn
 * ({@link UncertaintySampler}), the baseline and every option are forecast on that same draw
 * (common random numbers), and the outcomes and actor utilities ({@link OptionComparison#utilities})
 * enter streaming aggregates per option × issue and option × actor.
 *
 * <p><b>Reproducibility.</b> Sample i uses only {@code new SplittableRandom(streamSeed(seed, i))},
 * where {@code streamSeed(seed, i) = mix64(seed + (i + 1)·0x9E3779B97F4A7C15)} is the (i + 1)-th
 * output of SplitMix64 started at {@code seed} (Steele, Lea &amp; Flood 2014; mix64 is Stafford's
 * "variant 13" finaliser). Its first draw is the model's seed for that sample, the rest feed the
 * sampler. Samples are cut into fixed blocks of {@value #BLOCK} indices; any number of threads
 * take blocks in any order, and block moments are merged strictly in block order, while histogram
 * and better-off counts are integers (exact, order-free). The result is therefore bit-identical
 * for every thread count, schedule and machine with the same Java floating-point semantics.
 *
 * <p><b>Two paths, one result.</b> When the model is issue-separable and offers an
 * {@link IssueKernel} (bdm, compromise, median), a sample is drawn as numbers
 * ({@link UncertaintySampler#draw}) and each issue's outcome computed by the kernel from arrays;
 * options that only edit positions, saliences or relations are applied as compiled array edits
 * ({@link CompiledOption}), and only other options see a {@link Scenario} built for the sample.
 * Otherwise every sample is built as a scenario and forecast ({@link
 * BargainingModel#forecastWithoutNotes}). The kernel is the model's own per-issue computation and
 * the draws are the same, so both paths give the same numbers bit for bit.
 *
 * <p><b>P(change)</b>: on an issue that declares a status quo, the share of samples whose outcome
 * lies more than one point of the issue's scale from it (an integer count, order-free).
 *
 * <p><b>Memory</b> is independent of the sample count: per thread one histogram of
 * {@code bins} longs per option × issue plus counters; pending out-of-order block moments are
 * O(options × issues) each and are merged as soon as their predecessors are.
 *
 * <p><b>Cancellation</b>: {@code cancel} is read between samples; a cancelled run returns the
 * aggregates of every sample completed (then not necessarily a prefix of the indices) with
 * {@code cancelled = true}. A model failure on a sample stops the run with an
 * {@link IllegalArgumentException} naming the sample.
 */
public final class MonteCarlo {
  /** Samples per block: part of the numerical contract (merging order), not a tuning knob. */
  public static final int BLOCK = 64;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final Scenario scenario;
  private final List<PolicyOption> options;
  private final BargainingModel model;
  private final ModelConfig modelConfig;
  private final MonteCarloConfig config;
  private final UncertaintySampler sampler;
  private final List<Issue> issues;
  private final Map<String, Integer> issueIndex = new HashMap<>();
  private final int[] posActor;
  private final int[] posIssue;
  private final double[] issueRange;
  /** Issue j's status quo, NaN when it declares none (P(change) is then not counted). */
  private final double[] statusQuo;
  private final IssueLayout layout;
  /** Per option, its edits compiled for the numeric path, or empty when it needs the record path. */
  private final List<Optional<CompiledOption>> compiled = new ArrayList<>();
  /** Whether workers may draw samples as numbers and forecast them with the model's kernel. */
  private final boolean numeric;

  public MonteCarlo(Scenario scenario, List<PolicyOption> options, BargainingModel model, ModelConfig modelConfig,
      MonteCarloConfig config) {
    this.scenario = scenario;
    this.options = List.copyOf(options);
    this.model = model;
    this.modelConfig = modelConfig;
    this.config = config;
    this.sampler = new UncertaintySampler(scenario, config.defaults());
    this.issues = scenario.issues();
    for (int j = 0; j < issues.size(); j++) issueIndex.put(issues.get(j).id(), j);
    Map<String, Integer> actorIndex = new HashMap<>();
    for (int k = 0; k < scenario.actors().size(); k++) actorIndex.put(scenario.actors().get(k).id(), k);
    List<Position> ps = scenario.positions();
    posActor = new int[ps.size()];
    posIssue = new int[ps.size()];
    for (int k = 0; k < ps.size(); k++) {
      posActor[k] = actorIndex.get(ps.get(k).actorId());
      posIssue[k] = issueIndex.get(ps.get(k).issueId());
    }
    issueRange = new double[issues.size()];
    for (int j = 0; j < issues.size(); j++) issueRange[j] = issues.get(j).range();
    statusQuo = new double[issues.size()];
    for (int j = 0; j < issues.size(); j++) statusQuo[j] = issues.get(j).statusQuo().map(q -> q.value()).orElse(Double.NaN);
    layout = new IssueLayout(scenario);
    for (PolicyOption o : this.options) compiled.add(CompiledOption.compile(scenario, layout, o));
    boolean everyIssueHeld = true;
    for (int j = 0; j < issues.size(); j++) everyIssueHeld &= layout.size(j) > 0;
    // an issue nobody holds makes the model fail; the record path reports it as it always has
    numeric = model.issueSeparable() && everyIssueHeld;
  }

  /** Stafford variant 13 finaliser (as in SplitMix64 and {@link SplittableRandom}). */
  public static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The seed of sample {@code index}'s random stream: depends on nothing else. */
  public static long streamSeed(long seed, long index) {
    return mix64(seed + (index + 1) * GOLDEN_GAMMA);
  }

  /** Runs the analysis; {@code progress} receives the number of completed samples (from worker threads). */
  public MonteCarloResult run(AtomicBoolean cancel, LongConsumer progress) {
    int m = options.size() * issues.size();
    long blocks = (config.samples() + BLOCK - 1) / BLOCK;
    AtomicLong nextBlock = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    BlockMoments total = new BlockMoments(m);
    TreeMap<Long, BlockMoments> pending = new TreeMap<>();
    long[] frontier = {0};
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < config.threads(); t++) {
      Worker w = new Worker();
      workers.add(w);
      Thread th = new Thread(() -> {
        try {
          for (long b; failure.get() == null && !cancel.get() && (b = nextBlock.getAndIncrement()) < blocks; ) {
            BlockMoments bm = new BlockMoments(m);
            long end = Math.min(config.samples(), (b + 1) * BLOCK);
            for (long i = b * BLOCK; i < end && !cancel.get(); i++) {
              w.sample(i, bm);
              progress.accept(done.incrementAndGet());
            }
            synchronized (pending) {
              pending.put(b, bm);
              while (!pending.isEmpty() && pending.firstKey() == frontier[0]) {
                total.merge(pending.pollFirstEntry().getValue());
                frontier[0]++;
              }
            }
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }, "montecarlo-" + t);
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      try {
        th.join();
      } catch (InterruptedException e) {
        cancel.set(true);
        Thread.currentThread().interrupt();
      }
    }
    if (failure.get() != null) throw failure.get();
    synchronized (pending) {
      for (BlockMoments bm : pending.values()) total.merge(bm);
    }
    return result(total, workers, cancel.get() && total.n < config.samples());
  }

  private MonteCarloResult result(BlockMoments total, List<Worker> workers, boolean cancelled) {
    List<MonteCarloResult.IssueStats> is = new ArrayList<>();
    List<MonteCarloResult.ActorOdds> ao = new ArrayList<>();
    int ni = issues.size();
    for (int o = 0; o < options.size(); o++) {
      for (int j = 0; j < ni; j++) {
        int k = o * ni + j;
        Issue issue = issues.get(j);
        OutcomeHistogram h = new OutcomeHistogram(issue.min(), issue.max(), config.bins());
        long changed = 0;
        for (Worker w : workers) {
          h.addAll(w.hist[k]);
          changed += w.changed[k];
        }
        double lo = total.lo[k];
        double hi = total.hi[k];
        boolean empty = total.n == 0;
        is.add(new MonteCarloResult.IssueStats(options.get(o).id(), issue.id(), total.n,
            empty ? Double.NaN : total.mean[k], empty ? Double.NaN : total.sd(k),
            h.quantile(0.05, total.n, lo, hi), h.quantile(0.50, total.n, lo, hi), h.quantile(0.95, total.n, lo, hi),
            empty ? Double.NaN : lo, empty ? Double.NaN : hi, empty ? Double.NaN : total.change[k],
            empty || Double.isNaN(statusQuo[j]) ? Double.NaN : (double) changed / total.n));
      }
      for (int a = 0; a < scenario.actors().size(); a++) {
        long better = 0;
        for (Worker w : workers) better += w.better[o][a];
        ao.add(new MonteCarloResult.ActorOdds(options.get(o).id(), scenario.actors().get(a).id(), total.n, better));
      }
    }
    return new MonteCarloResult(model.name(), config.seed(), config.samples(), total.n, cancelled, config.bins(), is, ao);
  }

  /**
   * Per-thread integer aggregates (order-free) and the per-sample work. With a model kernel the
   * sample is drawn as numbers and only options that need more than position and salience edits
   * see a {@link Scenario}; otherwise every sample is a scenario (the record path). Both give the
   * same numbers: the kernel is the model's own per-issue computation.
   */
  private final class Worker {
    final OutcomeHistogram[] hist;
    /** Per option × issue, the samples whose outcome lies more than one point from the status quo. */
    final long[] changed;
    final long[][] better;
    final IssueKernel kernel;
    final double[] capability;
    final double[] location;
    final double[] salience;
    /** Issue j's capabilities, positions and saliences in model order ({@link IssueLayout}). */
    final double[][] c;
    final double[][] x;
    final double[][] s;
    final double[] base;
    final double[] edited;
    final double[] uBase;
    final double[] u;

    Worker() {
      int ni = issues.size();
      hist = new OutcomeHistogram[options.size() * ni];
      for (int o = 0; o < options.size(); o++)
        for (int j = 0; j < ni; j++) hist[o * ni + j] = new OutcomeHistogram(issues.get(j).min(), issues.get(j).max(), config.bins());
      changed = new long[hist.length];
      better = new long[options.size()][scenario.actors().size()];
      kernel = numeric ? kernel() : null;
      capability = new double[scenario.actors().size()];
      location = new double[scenario.positions().size()];
      salience = new double[location.length];
      c = new double[ni][];
      x = new double[ni][];
      s = new double[ni][];
      for (int j = 0; j < ni; j++) {
        c[j] = new double[layout.size(j)];
        x[j] = new double[layout.size(j)];
        s[j] = new double[layout.size(j)];
      }
      base = new double[ni];
      edited = new double[ni];
      uBase = new double[capability.length];
      u = new double[capability.length];
    }

    /** The model's kernel, or null (record path) when it has none or rejects the config: the record path then reports that at sample 0 as before. */
    private IssueKernel kernel() {
      try {
        return model.issueKernel(modelConfig).orElse(null);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    void sample(long i, BlockMoments bm) {
      SplittableRandom rng = new SplittableRandom(streamSeed(config.seed(), i));
      long modelSeed = rng.nextLong();
      if (kernel == null) {
        recordSample(i, rng, modelConfig.withSeed(modelSeed), bm);
        return;
      }
      sampler.draw(rng, capability, location, salience);
      for (double v : capability)
        if (Double.isInfinite(v)) sampler.realise(capability, location, salience); // rejects it as the record path does
      baseline(i);
      utilities(location, salience, base, uBase);
      bm.next();
      Scenario realised = null;
      for (int o = 0; o < options.size(); o++) {
        PolicyOption opt = options.get(o);
        Optional<CompiledOption> co = compiled.get(o);
        double[] out;
        if (opt.edits().isEmpty() || (co.isPresent() && co.get().issues.length == 0)) {
          out = base;
        } else if (co.isPresent()) {
          out = compiledOutcomes(i, opt, co.get());
        } else {
          if (realised == null) realised = sampler.realise(capability, location, salience);
          try {
            out = optionOutcomes(realised, opt, modelConfig.withSeed(modelSeed), base);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sample " + i + ", " + e.getMessage(), e);
          }
        }
        if (out == base) {
          add(o, out, base, uBase, uBase, bm);
        } else {
          utilities(location, salience, out, u);
          add(o, out, base, u, uBase, bm);
        }
      }
    }

    /** The drawn sample's outcome on every issue into {@code base}. */
    private void baseline(long i) {
      try {
        for (int j = 0; j < base.length; j++) {
          layout.fill(j, capability, location, salience, c[j], x[j], s[j]);
          base[j] = kernel.outcome(issues.get(j), layout.actorIds(j), c[j], x[j], s[j]);
        }
        for (int j = 0; j < base.length; j++)
          if (Double.isNaN(base[j])) throw new IllegalArgumentException("model " + model.name() + " gave no outcome on issue " + issues.get(j).id());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("sample " + i + ", baseline: " + e.getMessage(), e);
      }
    }

    /** Outcomes under a compiled option: the baseline's, re-forecast on the issues it edits. */
    private double[] compiledOutcomes(long i, PolicyOption opt, CompiledOption co) {
      System.arraycopy(base, 0, edited, 0, base.length);
      for (int t = 0; t < co.issues.length; t++) {
        int j = co.issues[t];
        layout.fill(j, capability, location, salience, c[j], x[j], s[j]);
        co.apply(t, x[j], s[j]);
        try {
          edited[j] = kernel.outcome(issues.get(j), layout.actorIds(j), c[j], x[j], s[j]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("sample " + i + ", option " + opt.id() + ": " + e.getMessage(), e);
        }
      }
      return edited;
    }

    /** The sample through scenario records: {@link UncertaintySampler#sample} and the model's forecasts. */
    private void recordSample(long i, SplittableRandom rng, ModelConfig mc, BlockMoments bm) {
      Scenario s = sampler.sample(rng);
      double[] base;
      try {
        base = outcomes(model.forecastWithoutNotes(s, mc));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("sample " + i + ", baseline: " + e.getMessage(), e);
      }
      double[] uBase = utilities(s, base);
      bm.next();
      for (int o = 0; o < options.size(); o++) {
        PolicyOption opt = options.get(o);
        double[] out;
        try {
          out = opt.edits().isEmpty() ? base : optionOutcomes(s, opt, mc, base);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("sample " + i + ", " + e.getMessage(), e);
        }
        add(o, out, base, out == base ? uBase : utilities(s, out), uBase, bm);
      }
    }

    /** One option's outcomes and actor utilities into the aggregates, against the sample's baseline. */
    private void add(int o, double[] out, double[] base, double[] u, double[] uBase, BlockMoments bm) {
      int ni = issues.size();
      for (int j = 0; j < ni; j++) {
        bm.add(o * ni + j, out[j], out[j] - base[j]);
        hist[o * ni + j].add(out[j]);
        if (Math.abs(out[j] - statusQuo[j]) > 1) changed[o * ni + j]++; // false when NaN: no status quo
      }
      for (int a = 0; a < u.length; a++) if (u[a] > uBase[a] + 1e-12) better[o][a]++;
    }
  }

  /**
   * Outcomes under an option. For an issue-separable model and an option that edits only some
   * issues' positions or saliences (or only relations), just those issues are re-forecast and the
   * others keep the baseline sample's outcomes — identical numbers, a fraction of the work.
   */
  private double[] optionOutcomes(Scenario s, PolicyOption opt, ModelConfig mc, double[] base) {
    java.util.Set<String> touched = new java.util.HashSet<>();
    boolean local = model.issueSeparable();
    for (var e : opt.edits()) {
      if (!local) break;
      var t = e.issuesTouched();
      if (t.isEmpty()) local = false;
      else touched.addAll(t.get());
    }
    if (!local) return outcomes(OptionComparison.forecast(s, opt, model, mc));
    if (touched.isEmpty()) return base;
    Scenario cf = s.apply(opt);
    Scenario restricted = cf.withIssues(cf.issues().stream().filter(x -> touched.contains(x.id())).toList());
    double[] out = base.clone();
    try {
      for (IssueForecast f : model.forecastWithoutNotes(restricted, mc).issues()) out[issueIndex.get(f.issueId())] = f.outcome();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option " + opt.id() + ": " + e.getMessage(), e);
    }
    return out;
  }

  private double[] outcomes(io.peninsula.engine.bargaining.ForecastResult r) {
    double[] out = new double[issues.size()];
    java.util.Arrays.fill(out, Double.NaN);
    for (IssueForecast f : r.issues()) {
      Integer j = issueIndex.get(f.issueId());
      if (j != null) out[j] = f.outcome();
    }
    for (int j = 0; j < out.length; j++)
      if (Double.isNaN(out[j])) throw new IllegalArgumentException("model " + model.name() + " gave no outcome on issue " + issues.get(j).id());
    return out;
  }

  /** {@link #utilities(Scenario, double[])} on a sample drawn as numbers, into {@code u}. */
  private void utilities(double[] location, double[] salience, double[] out, double[] u) {
    java.util.Arrays.fill(u, 0);
    for (int k = 0; k < posActor.length; k++)
      u[posActor[k]] -= salience[k] * Math.abs(out[posIssue[k]] - location[k]) / issueRange[posIssue[k]];
  }

  /** Same as {@link OptionComparison#utilities} on the sampled preferences, with precomputed indices. */
  private double[] utilities(Scenario s, double[] out) {
    double[] u = new double[scenario.actors().size()];
    List<Position> ps = s.positions();
    for (int k = 0; k < posActor.length; k++) {
      Position p = ps.get(k);
      Issue issue = issues.get(posIssue[k]);
      u[posActor[k]] -= p.salience() * Math.abs(out[posIssue[k]] - p.position()) / issue.range();
    }
    return u;
  }
}
