package io.peninsula.engine.bargaining;

import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * KAPSARC's Spatial Model of Politics (KTAB SMP): B. Wise, L. Lester et al., KAPSARC Toolkit for
 * Behavioral Analysis (KTAB), "The Spatial Model of Politics" technical documentation and the
 * reference implementation {@code examples/smp} (smp.cpp, smpbcn.cpp) with {@code kmodel}
 * (MIT licence). All issues of the scenario are one multi-dimensional space.
 *
 * <p>Inputs: position x_ik rescaled to [0,1] from issue k's scale (KTAB divides 0–100 inputs by
 * 100), salience s_ik as given (an actor's saliences must sum to at most 1), capability c_i.
 * Each turn (KTAB "BCN": build, challenge, negotiate):
 *
 * <ol>
 *   <li>Distance of j's position from i's ideal (= i's position): d_ij = sqrt(Σ_k s_ik² δ_k² / Σ_k
 *       s_ik²); utility u(d, R) = (1 − d)(1 + dR) (bsUtil).
 *   <li>Risk attitudes: a probabilistic Condorcet election (PCE) over actors' positions with
 *       risk-neutral utilities — proportional votes v_k(i:j) = c_k (u_ki − u_kj), coalitions C_ij =
 *       Σ_k max(0, v_k), Linear victory P[i>j] = C_ij/(C_ij + C_ji), Conditional PCE p_i ∝ Π_j
 *       P[i>j] — then R_i = (3p_i − (p_max + 2p_min)) / (2(p_max − p_min)) ∈ [−½, 1] (BigRRange
 *       Mid). Actor h attributes to i the attitude (2R_h + R_i)/3 (BigRAdjust OneThird).
 *   <li>Challenges: every i estimates, for each j, P[i beats j] with principals voting weight
 *       (Σs)c and third parties joining the side they prefer ("SemiCommit" votes on the
 *       hypothetical little contests), and its expected gain Δu = (1 − S_j)·2u_ii + S_j·(P·2u_ii
 *       + (1−P)·2u_ij) − (u_ii + u_ij), S_j = Σ_k s_jk, all utilities as i estimates them; it
 *       targets the j with the largest gain above 1e-5 (smpbcn.cpp probEduChlg, bestChallenge).
 *   <li>Bargains (S2P2): on each dimension, both move to (w_i x_i + w_j x_j)/(w_i + w_j) with w =
 *       s² P², 1e-6 added to the mover's own weight, rounded to 4 decimals as in KTAB.
 *   <li>Each actor k picks, among its status quo and the bargains naming it, the option a PCE over
 *       options (utility = mean utility of all positions after the option) makes most probable
 *       (deterministic state transition; first on ties as KTAB's ndxMaxAbs).
 * </ol>
 *
 * <p>Stopping (KTAB smpStopFn): after at least {@code minIterations} (2) turns stop when Σ_i
 * ‖x_i(t) − x_i(t−1)‖ / (Σ_i ‖x_i(1) − x_i(0)‖ + 1e-4) &lt; minDeltaRatio (0.02) — or when that
 * movement is at most {@link ModelConfig#tolerance()} — or after {@link ModelConfig#maxIterations()}
 * turns (KTAB: 100). Options: see {@link SmpOptions#fromParameters}. The outcome of an issue is
 * the final position (of the actor whose position is) most likely to win the final PCE.
 *
 * <p>Resolved ambiguities: the accommodation matrix is KTAB's default identity (ideals follow
 * positions); bargains an actor can choose are ordered status quo first, then by initiator — KTAB
 * uses thread completion order, which only matters on exact ties; stochastic transitions draw from
 * {@code SplittableRandom(seed)}, not KTAB's PRNG stream.
 */
public final class SpatialModelOfPolitics implements BargainingModel {
  @Override
  public java.util.List<ModelParameter> parameters() {
    return SmpOptions.parameters();
  }

  @Override
  public java.util.List<String> references() {
    return java.util.List.of("Wise, B., et al. (2015). KTAB: the Spatial Model of Politics (SMP). KAPSARC discussion paper KS-1517-DP022A.");
  }

  @Override
  public String name() {
    return "smp";
  }

  @Override
  public String description() {
    return "KAPSARC KTAB Spatial Model of Politics: multi-dimensional challenges and S2P2 bargains (Wise et al.)";
  }

  @Override
  public ForecastResult forecast(Scenario scenario, ModelConfig config) {
    SmpOptions opt = SmpOptions.fromParameters(config.parameters());
    List<Actor> actors = scenario.actors();
    List<Issue> issues = scenario.issues();
    int n = actors.size();
    int d = issues.size();
    if (n < 3) throw new io.peninsula.error.InvalidInputException("smp: needs at least 3 actors (KTAB minimum), got " + n);
    if (d < 1) throw new io.peninsula.error.InvalidInputException("smp: needs at least one issue");
    double[] cap = new double[n];
    double[] sal = new double[n * d];
    double[] x = new double[n * d];
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Actor a = actors.get(i);
      ids.add(a.id());
      if (!(a.capability() > 0))
        throw new io.peninsula.error.InvalidInputException("smp: actor " + a.id() + " capability = " + a.capability() + "; must be > 0");
      cap[i] = a.capability();
      double sum = 0;
      for (int k = 0; k < d; k++) {
        Issue is = issues.get(k);
        var p = scenario.position(a.id(), is.id());
        if (p.isEmpty()) {
          // An actor absent from an issue (no position) cares nothing for it: salience 0, and as
          // its proposal on that dimension the capability x salience weighted mean of the actors
          // present, a neutral placeholder that favours no side. It still appears in the trajectory.
          x[i * d + k] = (neutralPosition(scenario, is) - is.min()) / (is.max() - is.min());
          sal[i * d + k] = 0;
          continue;
        }
        x[i * d + k] = (p.get().position() - is.min()) / (is.max() - is.min());
        sal[i * d + k] = p.get().salience();
        sum += p.get().salience();
      }
      // KTAB's saliences are shares of one actor's attention across all dimensions (sum <= 1).
      // Peninsula scenarios give each issue a salience in [0, 1] on its own, so a sum above 1 is
      // read as relative attention and normalised to sum 1 (KTAB inputs are unaffected). An actor
      // with all saliences 0 takes part with zero weight.
      if (sum > 1 + 1e-9) for (int k = 0; k < d; k++) sal[i * d + k] /= sum;
    }
    SmpRun run = new SmpRun(opt, cap, sal, d);
    List<double[]> history = new ArrayList<>();
    history.add(x);
    List<RoundNote> notes = new ArrayList<>();
    boolean converged = converge(run, opt, config, x, (t, turn) -> {
      history.add(turn.next());
      explain(t, turn, ids, issues, notes);
    });
    double[] last = history.get(history.size() - 1);
    double[] prob = run.positionProbabilities(last);
    int win = SmpRun.argMax(prob);
    notes.add(new RoundNote("*", history.size() - 1, ids.get(win), ids.get(win), "outcome",
        String.format(Locale.ROOT, "%s's final position %s is the likeliest to win (probability %.4f)",
            ids.get(win), format(last, win, issues), prob[win])));
    List<IssueForecast> out = new ArrayList<>(d);
    for (int k = 0; k < d; k++) {
      Issue is = issues.get(k);
      List<List<Double>> rounds = new ArrayList<>(history.size());
      for (double[] h : history) {
        List<Double> r = new ArrayList<>(n);
        for (int i = 0; i < n; i++) r.add(toScale(is, h[i * d + k]));
        rounds.add(r);
      }
      out.add(new IssueForecast(is.id(), ids, rounds, toScale(is, last[win * d + k]), history.size() - 1, converged));
    }
    return new ForecastResult(name(), out, notes);
  }

  /** Receives each turn of a run (the forecast's trajectory and notes); the kernel passes none. */
  @FunctionalInterface
  interface TurnListener {
    void turn(int t, SmpRun.Turn turn);
  }

  /**
   * The BCN turns from positions {@code x0} until KTAB's stopping rule (class comment) or
   * {@link ModelConfig#maxIterations()}, stochastic transitions drawn from {@code SplittableRandom(seed)}. Shared by
   * {@link #forecast} and {@link #scenarioKernel}, so both compute the same numbers in the same
   * order. Returns whether the run converged; {@code last[0]} receives the final positions.
   */
  private static boolean converge(SmpRun run, SmpOptions opt, ModelConfig config, long seed, double[] x0,
      TurnListener listener, double[][] last) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] prev = x0;
    double firstMove = 0;
    for (int t = 1; ; t++) {
      SmpRun.Turn turn = run.step(prev, rng);
      if (listener != null) listener.turn(t, turn);
      if (t == 1) firstMove = run.stateDist(x0, turn.next()) + opt.minSigDelta();
      double move = run.stateDist(turn.next(), prev);
      prev = turn.next();
      boolean quiet = move / firstMove < opt.minDeltaRatio() || move <= config.tolerance();
      if (t >= opt.minIterations() && quiet) {
        last[0] = prev;
        return true;
      }
      if (t >= config.maxIterations()) {
        last[0] = prev;
        return false;
      }
    }
  }

  private static boolean converge(SmpRun run, SmpOptions opt, ModelConfig config, double[] x0, TurnListener listener) {
    return converge(run, opt, config, config.seed(), x0, listener, new double[1][]);
  }

  /**
   * SMP's {@link ScenarioKernel}: the outcome on every issue of a scenario with {@code
   * structure}'s actors, issues and positions, from numbers alone — exactly the arithmetic of
   * {@link #forecast} (same input scaling, salience normalisation, neutral placeholder for
   * absent actors, {@link SmpRun} turns and final election), without trajectories or notes.
   */
  @Override
  public Optional<ScenarioKernel> scenarioKernel(Scenario structure, ModelConfig config) {
    SmpOptions opt = SmpOptions.fromParameters(config.parameters());
    List<Actor> actors = structure.actors();
    List<Issue> issues = structure.issues();
    int n = actors.size();
    int d = issues.size();
    if (n < 3) throw new IllegalArgumentException("smp: needs at least 3 actors (KTAB minimum), got " + n);
    if (d < 1) throw new IllegalArgumentException("smp: needs at least one issue");
    Map<String, Integer> index = new HashMap<>();
    List<Position> ps = structure.positions();
    for (int k = ps.size() - 1; k >= 0; k--) index.put(ps.get(k).actorId() + "\u0000" + ps.get(k).issueId(), k);
    int[] slot = new int[n * d]; // index in positions() of actor i's position on issue k, or -1
    for (int i = 0; i < n; i++)
      for (int k = 0; k < d; k++) slot[i * d + k] = index.getOrDefault(actors.get(i).id() + "\u0000" + issues.get(k).id(), -1);
    String[] actorIds = actors.stream().map(Actor::id).toArray(String[]::new);
    double[] min = new double[d];
    double[] max = new double[d];
    for (int k = 0; k < d; k++) {
      min[k] = issues.get(k).min();
      max[k] = issues.get(k).max();
    }
    // a position's declared influence replaces its actor's capability in the neutral placeholder (IssueData)
    double[] influence = new double[ps.size()];
    for (int k = 0; k < ps.size(); k++) influence[k] = ps.get(k).influence().map(io.peninsula.model.Influence::value).orElse(Double.NaN);
    ModelConfig base = config;
    return Optional.of((capability, position, salience, seed, out) -> {
      double[] cap = new double[n];
      double[] sal = new double[n * d];
      double[] x = new double[n * d];
      for (int i = 0; i < n; i++) {
        if (!(capability[i] > 0))
          throw new IllegalArgumentException("smp: actor " + actorIds[i] + " capability = " + capability[i] + "; must be > 0");
        cap[i] = capability[i];
        double sum = 0;
        for (int k = 0; k < d; k++) {
          int p = slot[i * d + k];
          if (p < 0) {
            x[i * d + k] = (neutralPosition(capability, influence, position, salience, slot, n, d, k) - min[k]) / (max[k] - min[k]);
            sal[i * d + k] = 0;
            continue;
          }
          x[i * d + k] = (position[p] - min[k]) / (max[k] - min[k]);
          sal[i * d + k] = salience[p];
          sum += salience[p];
        }
        if (sum > 1 + 1e-9) for (int k = 0; k < d; k++) sal[i * d + k] /= sum;
      }
      SmpRun run = new SmpRun(opt, cap, sal, d);
      double[][] last = new double[1][];
      converge(run, opt, base, seed, x, null, last);
      int win = SmpRun.argMax(run.positionProbabilities(last[0]));
      for (int k = 0; k < d; k++) out[k] = min[k] + last[0][win * d + k] * (max[k] - min[k]);
    });
  }

  /** {@link #neutralPosition(Scenario, Issue)} on numbers: the weighted mean of issue k's holders, in actor order, influence before capability. */
  private static double neutralPosition(double[] capability, double[] influence, double[] position, double[] salience, int[] slot,
      int n, int d, int k) {
    int m = 0;
    for (int i = 0; i < n; i++) if (slot[i * d + k] >= 0) m++;
    double[] c = new double[m];
    double[] s = new double[m];
    double[] x = new double[m];
    int t = 0;
    for (int i = 0; i < n; i++) {
      int p = slot[i * d + k];
      if (p < 0) continue;
      c[t] = Double.isNaN(influence[p]) ? capability[i] : influence[p];
      s[t] = salience[p];
      x[t++] = position[p];
    }
    return CompromiseModel.weightedMean(c, s, x);
  }

  /**
   * KTAB's "History of actors' winning probabilities" for one round of a result of this model:
   * for each actor (in {@code result}'s actor order) the probability that the position it holds
   * wins a probabilistic Condorcet election among the distinct positions of that round (KTAB
   * {@code SMPState::pDist(-1)} and {@code posProb}; actors sharing a position share its
   * probability, so the values can sum to more than 1).
   */
  public double[] winProbabilities(Scenario scenario, ModelConfig config, ForecastResult result, int round) {
    SmpOptions opt = SmpOptions.fromParameters(config.parameters());
    List<IssueForecast> fs = result.issues();
    List<String> ids = fs.get(0).actorIds();
    int n = ids.size();
    int d = fs.size();
    double[] cap = new double[n];
    double[] sal = new double[n * d];
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      cap[i] = scenario.actor(ids.get(i)).orElseThrow().capability();
      for (int k = 0; k < d; k++) {
        Issue is = scenario.issue(fs.get(k).issueId()).orElseThrow();
        sal[i * d + k] = scenario.position(ids.get(i), is.id()).map(Position::salience).orElse(0.0);
        x[i * d + k] = (fs.get(k).rounds().get(round).get(i) - is.min()) / (is.max() - is.min());
      }
    }
    return new SmpRun(opt, cap, sal, d).positionProbabilities(x);
  }

  private static double neutralPosition(Scenario scenario, Issue is) {
    IssueData data = IssueData.of(scenario, is);
    return CompromiseModel.weightedMean(data.capability(), data.salience(), data.position());
  }

  private static double toScale(Issue is, double v) {
    return is.min() + v * (is.max() - is.min());
  }

  private static String format(double[] x, int i, List<Issue> issues) {
    int d = issues.size();
    StringBuilder b = new StringBuilder("(");
    for (int k = 0; k < d; k++)
      b.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", toScale(issues.get(k), x[i * d + k])));
    return b.append(')').toString();
  }

  private static void explain(int t, SmpRun.Turn turn, List<String> ids, List<Issue> issues, List<RoundNote> notes) {
    List<SmpRun.Bargain> bs = turn.bargains();
    for (SmpRun.Bargain b : bs) {
      String i = ids.get(b.init());
      String j = ids.get(b.rcvr());
      notes.add(new RoundNote("*", t, i, j, "bargain", String.format(Locale.ROOT,
          "%s challenges %s (P[%s wins] = %.4f, expected gain %+.4f) and proposes: %s to %s, %s to %s",
          i, j, i, b.pWin(), b.gain(), i, format(b.posInit(), 0, issues), j, format(b.posRcvr(), 0, issues))));
    }
    for (int k = 0; k < turn.chosen().length; k++) {
      int c = turn.chosen()[k];
      if (c < 0) continue;
      SmpRun.Bargain b = bs.get(c);
      int other = b.init() == k ? b.rcvr() : b.init();
      notes.add(new RoundNote("*", t, ids.get(k), ids.get(other), "accepted", String.format(Locale.ROOT,
          "%s accepts the bargain %s proposed%s and moves to %s", ids.get(k), ids.get(b.init()),
          b.init() == k ? " to " + ids.get(b.rcvr()) : "", format(turn.next(), k, issues))));
    }
  }
}
