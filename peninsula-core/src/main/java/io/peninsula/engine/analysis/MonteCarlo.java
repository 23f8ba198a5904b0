package io.peninsula.engine.analysis;

import io.peninsula.engine.bargaining.BargainingModel;
import io.peninsula.engine.bargaining.IssueKernel;
import io.peninsula.engine.bargaining.IssueForecast;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.engine.bargaining.ScenarioKernel;
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

  final Scenario scenario;
  final List<PolicyOption> options;
  final BargainingModel model;
  final ModelConfig modelConfig;
  final MonteCarloConfig config;
  final UncertaintySampler sampler;
  final List<Issue> issues;
  private final Map<String, Integer> issueIndex = new HashMap<>();
  private final int[] posActor;
  private final int[] posIssue;
  private final double[] issueRange;
  /** Issue j's status quo, NaN when it declares none (P(change) is then not counted). */
  final double[] statusQuo;
  final IssueLayout layout;
  /** Per option, its edits compiled for the numeric path, or empty when it needs the record path. */
  final List<Optional<CompiledOption>> compiled = new ArrayList<>();
  /** Whether workers may draw samples as numbers and forecast them with the model's kernel. */
  final boolean numeric;
  /** Whether workers may draw samples as numbers and forecast them with the model's {@link ScenarioKernel}. */
  final boolean joint;

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
    joint = !model.issueSeparable() && everyIssueHeld;
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

  /** Number of series (options × issues) the moments track. */
  int series() {
    return options.size() * issues.size();
  }

  /** The number of samples requested. */
  long samples() {
    return config.samples();
  }

  /** The number of {@value #BLOCK}-sample blocks the samples are cut into (the last may be short). */
  public long blocks() {
    return (config.samples() + BLOCK - 1) / BLOCK;
  }

  /** A new evaluator of single samples, for one thread. */
  SampleEvaluator evaluator() {
    return new SampleEvaluator(this);
  }

  /** Runs the analysis on {@code config.threads()} local threads ({@link BlockScheduler}); {@code progress} receives the number of completed samples (from worker threads). */
  public MonteCarloResult run(AtomicBoolean cancel, LongConsumer progress) {
    BlockScheduler.Outcome r = BlockScheduler.run(this, config.threads(), cancel, progress);
    OutcomeHistogram[] hist = emptyHistograms();
    long[][] better = new long[options.size()][scenario.actors().size()];
    long[] changed = new long[series()];
    for (SampleEvaluator w : r.evaluators()) addInto(hist, better, changed, w.hist, w.better, w.changed);
    return result(r.total(), hist, better, changed, cancel.get() && r.total().n < config.samples());
  }

  /**
   * Blocks {@code [fromBlock, toBlock)} evaluated on the calling thread, for an executor that
   * distributes blocks itself (Spark): any partition of {@code [0, blocks())} into such ranges,
   * evaluated anywhere and {@link #combine combined}, gives the result of {@link #run}, bit for bit.
   */
  public MonteCarloPartial evaluate(long fromBlock, long toBlock) {
    if (fromBlock < 0 || toBlock > blocks() || fromBlock >= toBlock)
      throw new IllegalArgumentException("block range [" + fromBlock + ", " + toBlock + ") not within [0, " + blocks() + ")");
    SampleEvaluator w = evaluator();
    BlockMoments[] ms = new BlockMoments[(int) (toBlock - fromBlock)];
    for (long b = fromBlock; b < toBlock; b++) {
      BlockMoments bm = new BlockMoments(series());
      long end = Math.min(config.samples(), (b + 1) * BLOCK);
      for (long i = b * BLOCK; i < end; i++) w.sample(i, bm);
      ms[(int) (b - fromBlock)] = bm;
    }
    return new MonteCarloPartial(fromBlock, ms, w.hist, w.better, w.changed);
  }

  /**
   * The result from partials covering every block exactly once, in any order: moments merged in
   * block order, integer aggregates summed — the same numbers as {@link #run}.
   *
   * @throws IllegalArgumentException when the partials miss or repeat a block
   */
  public MonteCarloResult combine(java.util.Collection<MonteCarloPartial> partials) {
    List<MonteCarloPartial> sorted = new ArrayList<>(partials);
    sorted.sort(java.util.Comparator.comparingLong(MonteCarloPartial::firstBlock));
    BlockMoments total = new BlockMoments(series());
    OutcomeHistogram[] hist = emptyHistograms();
    long[][] better = new long[options.size()][scenario.actors().size()];
    long[] changed = new long[series()];
    long next = 0;
    for (MonteCarloPartial p : sorted) {
      if (p.firstBlock != next)
        throw new IllegalArgumentException("partials do not cover the blocks: expected block " + next + ", got " + p.firstBlock);
      for (BlockMoments bm : p.moments) total.merge(bm);
      addInto(hist, better, changed, p.hist, p.better, p.changed);
      next += p.moments.length;
    }
    if (next != blocks()) throw new IllegalArgumentException("partials cover " + next + " of " + blocks() + " blocks");
    return result(total, hist, better, changed, false);
  }

  private OutcomeHistogram[] emptyHistograms() {
    int ni = issues.size();
    OutcomeHistogram[] h = new OutcomeHistogram[series()];
    for (int o = 0; o < options.size(); o++)
      for (int j = 0; j < ni; j++) h[o * ni + j] = new OutcomeHistogram(issues.get(j).min(), issues.get(j).max(), config.bins());
    return h;
  }

  private static void addInto(OutcomeHistogram[] hist, long[][] better, long[] changed, OutcomeHistogram[] h, long[][] b, long[] c) {
    for (int k = 0; k < hist.length; k++) hist[k].addAll(h[k]);
    for (int k = 0; k < changed.length; k++) changed[k] += c[k];
    for (int o = 0; o < better.length; o++) for (int a = 0; a < better[o].length; a++) better[o][a] += b[o][a];
  }

  private MonteCarloResult result(BlockMoments total, OutcomeHistogram[] hist, long[][] better, long[] changed, boolean cancelled) {
    List<MonteCarloResult.IssueStats> is = new ArrayList<>();
    List<MonteCarloResult.ActorOdds> ao = new ArrayList<>();
    int ni = issues.size();
    for (int o = 0; o < options.size(); o++) {
      for (int j = 0; j < ni; j++) {
        int k = o * ni + j;
        Issue issue = issues.get(j);
        OutcomeHistogram h = hist[k];
        double lo = total.lo[k];
        double hi = total.hi[k];
        boolean empty = total.n == 0;
        is.add(new MonteCarloResult.IssueStats(options.get(o).id(), issue.id(), total.n,
            empty ? Double.NaN : total.mean[k], empty ? Double.NaN : total.sd(k),
            h.quantile(0.05, total.n, lo, hi), h.quantile(0.50, total.n, lo, hi), h.quantile(0.95, total.n, lo, hi),
            empty ? Double.NaN : lo, empty ? Double.NaN : hi, empty ? Double.NaN : total.change[k],
            empty || Double.isNaN(statusQuo[j]) ? Double.NaN : (double) changed[k] / total.n));
      }
      for (int a = 0; a < scenario.actors().size(); a++)
        ao.add(new MonteCarloResult.ActorOdds(options.get(o).id(), scenario.actors().get(a).id(), total.n, better[o][a]));
    }
    return new MonteCarloResult(model.name(), config.seed(), config.samples(), total.n, cancelled, config.bins(), is, ao);
  }

  /**
   * Outcomes under an option. For an issue-separable model and an option that edits only some
   * issues' positions or saliences (or only relations), just those issues are re-forecast and the
   * others keep the baseline sample's outcomes — identical numbers, a fraction of the work.
   */
  double[] optionOutcomes(Scenario s, PolicyOption opt, ModelConfig mc, double[] base) {
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

  double[] outcomes(io.peninsula.engine.bargaining.ForecastResult r) {
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

  /** {@link OptionComparison#utilities} on a sample drawn as numbers, into {@code u}. */
  void utilities(double[] location, double[] salience, double[] out, double[] u) {
    java.util.Arrays.fill(u, 0);
    for (int k = 0; k < posActor.length; k++)
      u[posActor[k]] -= SpatialLoss.loss(salience[k], out[posIssue[k]], location[k], issueRange[posIssue[k]]);
  }


}
