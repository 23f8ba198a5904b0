package io.peninsula.engine.bargaining;

import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Bueno de Mesquita's expected-utility ("challenge") model of group decisions, as reconstructed by
 * Scholz, Calbert &amp; Smith (2011), "Unravelling Bueno de Mesquita's group decision model",
 * <i>Journal of Theoretical Politics</i> 23(4): 510–531, and executed by their published Python
 * replication (the run reproduced is {@code Example.log}: Bueno de Mesquita's 1994 EC
 * car-emissions case, in <i>European Community Decision Making</i>, ed. Bueno de Mesquita &amp;
 * Stokman, Yale UP).
 *
 * <p>Each issue is run on its own. Every round, simultaneously for all actors:
 *
 * <ol>
 *   <li>risk exponents r_i ∈ [0.5, 2] from security levels ({@link ChallengeCalculus#riskExponents});
 *   <li>for every pair, the probability of success P_ij from capability × salience weighted votes
 *       with each voter's own risk exponent, and the expected utilities of challenge E^i(U_ij) and
 *       E^i(U_ji) from i's perspective ({@link ChallengeCalculus#expectedUtility});
 *   <li>each actor classifies the exchange with every actor at another position as conflict,
 *       compromise or capitulation ({@link ChallengeOffer#classify}) and accepts one offer;
 *   <li>all positions change at once to the accepted offers.
 * </ol>
 *
 * <p>Forecast: the capability × salience weighted mean of the final positions, Σ c s x / Σ c s
 * (the per-round figure the replication prints), and the trajectory, round 0 = the inputs.
 *
 * <p>Stopping rule: the replication runs a fixed number of rounds (10 in the published run) and
 * never tests convergence — the dynamics often cycle. We run {@code rounds} (parameter, default 10)
 * rounds, never more than {@link ModelConfig#maxIterations()}, and stop early when no position
 * moved by more than {@link ModelConfig#tolerance()} in a round (a fixed point: the state is the
 * positions, so later rounds repeat it). {@code converged} is true only in that case; otherwise a
 * note of kind {@code stopped} reports the last round's largest move.
 *
 * <p>Ambiguities resolved (see {@code docs/models/bdm.md}):
 *
 * <ul>
 *   <li>R, the spread of positions used to scale distances, is max − min of the <em>input</em>
 *       positions, fixed for the run (as the replication). An issue whose actors all hold one
 *       position is a fixed point from the start.
 *   <li>Offer choice for {@code scholz2011}: confrontation if any (nearest x_j), else compromise
 *       (smallest {@link ChallengeOffer#effortWeightedPosition}), else capitulation (nearest);
 *       {@code bdm1994}: the offer that moves the actor least. Exact ties: the lower new position,
 *       so positions never depend on actor order; among offers with the same key and the same
 *       new position the first proposer in scenario order is named (as the replication, whose
 *       round-4 note names the Netherlands, not Germany, at the same position and salience).
 *   <li>Capitulation: the paper's octant E_ji &gt; 0 &gt; E_ij, E_ji &lt; |E_ij| moves i to x_j.
 *       The replication's test for it compares E_ji with |E_ji| and is never true, so that code
 *       never capitulates; {@code Example.log} is reproduced identically either way (no actor
 *       there is left with only a capitulation offer). Parameter {@code capitulation=false}
 *       gives the replication's behaviour exactly; the default is the paper's rule.
 *   <li>Q (parameter {@code q}): 1.0 for {@code scholz2011} as in the replication, 0.5 by default
 *       for {@code bdm1994}; T = 1 when the current weighted mean is nearer x_i than x_j, else 0.
 * </ul>
 *
 * <p>Cost per round O(n³) (the vote total over all pairs) plus n² expected utilities.
 */
public final class ExpectedUtilityModel implements BargainingModel {
  /** Rounds of the published replication run. */
  public static final int DEFAULT_ROUNDS = 10;

  /** Each issue is forecast from its own data alone. */
  @Override
  public boolean issueSeparable() {
    return true;
  }

  @Override
  public java.util.List<ModelParameter> parameters() {
    return java.util.List.of(
        ModelParameter.integer("rounds", DEFAULT_ROUNDS, 1, Integer.MAX_VALUE,
            "rounds of challenges the model runs (its fixed horizon; also capped by --max-iterations)"),
        ModelParameter.number("q", "1 (scholz2011), 0.5 (bdm1994)", 0, 1, "probability Q that the status quo persists if i does not challenge j"),
        ModelParameter.bool("capitulation", true, "whether an actor may capitulate to a stronger challenger (false: the replication's Sultan rule)"));
  }

  @Override
  public java.util.List<String> variants() {
    return java.util.Arrays.stream(BdmVariant.values()).map(BdmVariant::id).toList();
  }

  @Override
  public java.util.List<String> references() {
    return java.util.List.of(
        "Scholz, J. B., Calbert, G. J. & Smith, G. A. (2011). Unravelling Bueno De Mesquita's group decision model. Journal of Theoretical Politics 23(4), 510-531.",
        "Bueno de Mesquita, B. (1994). Political forecasting: an expected utility method. In European Community Decision Making, Yale UP, 71-104.");
  }

  /**
   * BDM runs a fixed number of rounds, {@code rounds} (default 10). A run cut short by a lower
   * {@code maxIterations} has not reached this horizon.
   */
  @Override
  public java.util.Optional<Integer> fixedHorizon(ModelConfig config) {
    return java.util.Optional.of(config.parameter("rounds").map(t -> parseInt("rounds", t)).orElse(DEFAULT_ROUNDS));
  }

  @Override
  public String name() {
    return "bdm";
  }

  @Override
  public String description() {
    return "Bueno de Mesquita expected-utility challenge model (Scholz, Calbert & Smith 2011)";
  }

  /** The model's parameters, read from {@link ModelConfig#parameter}. */
  record Settings(BdmVariant variant, int rounds, double q, boolean capitulation) {
    static Settings from(ModelConfig config) {
      BdmVariant v = config.parameter("variant").map(BdmVariant::parse).orElse(BdmVariant.SCHOLZ2011);
      int rounds = config.parameter("rounds").map(t -> parseInt("rounds", t)).orElse(DEFAULT_ROUNDS);
      if (rounds < 1) throw new io.peninsula.error.InvalidInputException("rounds = " + rounds + ": must be >= 1");
      double defaultQ = v == BdmVariant.SCHOLZ2011 ? 1.0 : 0.5;
      double q = config.parameter("q").map(t -> parseDouble("q", t)).orElse(defaultQ);
      if (!(q >= 0 && q <= 1)) throw new io.peninsula.error.InvalidInputException("q = " + q + ": must be in [0, 1]");
      boolean capitulation = config.parameter("capitulation").map(t -> parseBoolean("capitulation", t)).orElse(true);
      return new Settings(v, Math.min(rounds, config.maxIterations()), q, capitulation);
    }
  }

  /** One issue's run: positions per round (0 = inputs), accepted offers per round (from 1). */
  record Run(List<double[]> positions, List<List<ChallengeOffer>> moves, boolean converged) {}

  @Override
  public ForecastResult forecast(Scenario scenario, ModelConfig config) {
    return forecast(scenario, config, true);
  }

  @Override
  public ForecastResult forecastWithoutNotes(Scenario scenario, ModelConfig config) {
    return forecast(scenario, config, false);
  }

  /** The issue kernel: {@link ChallengeRounds}, the same rounds {@link #forecast} runs. */
  @Override
  public Optional<IssueKernel> issueKernel(ModelConfig config) {
    return Optional.of(new ChallengeRounds(Settings.from(config), config.tolerance()));
  }

  private ForecastResult forecast(Scenario scenario, ModelConfig config, boolean explain) {
    Settings settings = Settings.from(config);
    ChallengeRounds rounds = new ChallengeRounds(settings, config.tolerance());
    List<IssueForecast> issues = new ArrayList<>();
    List<RoundNote> notes = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      IssueData d = IssueData.of(scenario, issue);
      if (d.size() == 0) throw new io.peninsula.error.InvalidInputException("issue " + issue.id() + " has no actor with a position");
      Run run = rounds.run(d.capability(), d.salience(), d.position());
      issues.add(toForecast(d, run));
      if (explain) notes.addAll(notes(d, run));
    }
    return new ForecastResult(name(), issues, notes);
  }

  /** Runs one issue. */
  static Run run(IssueData d, Settings settings, double tolerance) {
    return new ChallengeRounds(settings, tolerance).run(d.capability(), d.salience(), d.position());
  }

  private static IssueForecast toForecast(IssueData d, Run run) {
    List<List<Double>> rounds = new ArrayList<>();
    for (double[] p : run.positions()) rounds.add(java.util.Arrays.stream(p).boxed().toList());
    double[] last = run.positions().get(run.positions().size() - 1);
    double outcome = CompromiseModel.weightedMean(d.capability(), d.salience(), last);
    return new IssueForecast(d.issue().id(), d.actorIds(), rounds, outcome, run.moves().size(), run.converged());
  }

  private static List<RoundNote> notes(IssueData d, Run run) {
    List<RoundNote> out = new ArrayList<>();
    String issue = d.issue().id();
    for (int r = 0; r < run.moves().size(); r++) {
      double[] before = run.positions().get(r);
      for (ChallengeOffer o : run.moves().get(r)) {
        String who = d.actorIds().get(o.receiver());
        String whom = d.actorIds().get(o.proposer());
        String text = who + " " + o.kind().verb + " " + whom + " (E_i(U_ij) = " + fmt(o.euOwn()) + " vs E_i(U_ji) = "
            + fmt(o.euOther()) + "): " + fmt(before[o.receiver()]) + " -> " + fmt(o.newPosition());
        out.add(new RoundNote(issue, r + 1, who, whom, o.kind().code, text));
      }
    }
    if (!run.converged()) {
      int last = run.moves().size();
      double largest = 0;
      double[] a = run.positions().get(last - 1);
      double[] b = run.positions().get(last);
      for (int k = 0; k < a.length; k++) largest = Math.max(largest, Math.abs(a[k] - b[k]));
      out.add(new RoundNote(issue, last, "*", "*", "stopped", String.format(Locale.ROOT,
          "stopped after %d rounds without a fixed point (largest move in the last round %s); "
              + "raise --param rounds=N (and max iterations) to run longer", last, fmt(largest))));
    }
    return out;
  }

  /** v with 4 decimals, as {@code %.4f} would print it (half-up), without Formatter's cost. */
  static String fmt(double v) {
    if (!(Math.abs(v) < 1e12)) return String.format(Locale.ROOT, "%.4f", v);
    long scaled = Math.round(Math.abs(v) * 10_000);
    String frac = Long.toString(10_000 + scaled % 10_000).substring(1);
    return (v < 0 ? "-" : "") + scaled / 10_000 + "." + frac;
  }

  private static int parseInt(String key, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new io.peninsula.error.InvalidInputException(key + " = '" + text + "' is not an integer");
    }
  }

  private static boolean parseBoolean(String key, String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new io.peninsula.error.InvalidInputException(key + " = '" + text + "': allowed values are true, false");
    };
  }

  private static double parseDouble(String key, String text) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new io.peninsula.error.InvalidInputException(key + " = '" + text + "' is not a number");
    }
  }
}
