package io.peninsula.engine.bargaining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rounds of {@link ExpectedUtilityModel} on one issue (the loop and the offer each actor
 * accepts; the arithmetic is {@link ChallengeCalculus}). The one implementation behind both
 * {@link ExpectedUtilityModel#forecast}, which records every round's positions and offers, and the
 * model's {@link IssueKernel}, which keeps only the outcome. Scratch space for one thread: its
 * arrays are reused from issue to issue, so an unrecorded run allocates nothing.
 */
final class ChallengeRounds implements IssueKernel {
  private final ExpectedUtilityModel.Settings settings;
  private final double tolerance;
  private final boolean scholz;
  private final ChallengeCalculus calc;
  private double[] x = new double[0];
  private double[] next = new double[0];
  private double[] risk = new double[0];
  private double[] own = new double[0];
  private double[] other = new double[0];
  /** The offer each actor accepts this round: proposer (−1: none), kind, E_ij, E_ji, new position. */
  private int[] proposer = new int[0];
  private ChallengeOffer.Kind[] kind = new ChallengeOffer.Kind[0];
  private double[] offerOwn = new double[0];
  private double[] offerOther = new double[0];
  private double[] offerPosition = new double[0];
  /** Capabilities scaled by {@link HugeWeights} (used only for inputs near Double.MAX_VALUE). */
  private double[] scaled = new double[0];
  private int rounds;
  private boolean converged;

  ChallengeRounds(ExpectedUtilityModel.Settings settings, double tolerance) {
    this.settings = settings;
    this.tolerance = tolerance;
    this.scholz = settings.variant() == BdmVariant.SCHOLZ2011;
    this.calc = new ChallengeCalculus(settings.variant(), settings.q());
  }

  /** Runs one issue and records every round: positions (0 = inputs) and accepted offers. */
  ExpectedUtilityModel.Run run(double[] c, double[] s, double[] x0) {
    List<double[]> positions = new ArrayList<>();
    List<List<ChallengeOffer>> moves = new ArrayList<>();
    play(c, s, x0, positions, moves);
    return new ExpectedUtilityModel.Run(positions, moves, converged);
  }

  /** The forecast of one issue: Σ c s x / Σ c s at the final positions. */
  @Override
  public double outcome(io.peninsula.model.Issue issue, double[] capability, double[] position, double[] salience) {
    if (position.length == 0) throw new io.peninsula.error.InvalidInputException("issue " + issue.id() + " has no actor with a position");
    play(capability, salience, position, null, null);
    return CompromiseModel.weightedMean(capability, salience, x, position.length);
  }

  /**
   * Plays the rounds from x0; the final positions are left in {@code x}. {@code positions} and
   * {@code moves} are null when nothing is recorded (the Monte Carlo path).
   */
  private void play(double[] c, double[] s, double[] x0, List<double[]> positions, List<List<ChallengeOffer>> moves) {
    int n = x0.length;
    if (x.length < n) grow(n);
    System.arraycopy(x0, 0, x, 0, n);
    if (positions != null) positions.add(x0.clone());
    rounds = 0;
    double range = spread(x0);
    converged = range == 0;
    if (converged) return;
    // capabilities near Double.MAX_VALUE: scaled by a power of two, which leaves every ratio of the
    // model as it is and keeps its sums finite (HugeWeights); other inputs are used as they are
    int shift = HugeWeights.shift(c, s, n);
    calc.issue(shift == 0 ? c : HugeWeights.scale(c, n, shift, scaled), s, n, range);
    while (rounds < settings.rounds() && !converged) {
      calc.positions(x);
      calc.riskExponents(risk);
      calc.useRisk(risk);
      for (int i = 0; i < n; i++) best(i, n);
      System.arraycopy(x, 0, next, 0, n);
      double largest = 0;
      List<ChallengeOffer> accepted = moves == null ? null : new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (proposer[i] < 0) continue;
        next[i] = offerPosition[i];
        largest = Math.max(largest, Math.abs(offerPosition[i] - x[i]));
        if (accepted != null) accepted.add(new ChallengeOffer(i, proposer[i], kind[i], offerOwn[i], offerOther[i], offerPosition[i]));
      }
      converged = largest <= tolerance;
      double[] t = x;
      x = next;
      next = t;
      rounds++;
      if (positions != null) {
        positions.add(Arrays.copyOf(x, n));
        moves.add(List.copyOf(accepted));
      }
    }
  }

  private void grow(int size) {
    x = new double[size];
    next = new double[size];
    risk = new double[size];
    own = new double[size];
    other = new double[size];
    proposer = new int[size];
    kind = new ChallengeOffer.Kind[size];
    offerOwn = new double[size];
    offerOther = new double[size];
    offerPosition = new double[size];
    scaled = new double[size];
  }

  /**
   * The offer actor i accepts this round, if any: the smallest by (kind priority — all equal for
   * {@code bdm1994} —, key, new position, proposer index), where the key is the distance moved,
   * or the effort-weighted position for {@code scholz2011} compromises.
   */
  private void best(int i, int n) {
    calc.exchanges(i, own, other);
    double xi = x[i];
    int bestJ = -1;
    int bestPriority = Integer.MAX_VALUE;
    double bestKey = Double.POSITIVE_INFINITY;
    double bestPosition = Double.NaN;
    for (int j = 0; j < n; j++) {
      double xj = x[j];
      if (xj == xi) continue;
      double eij = own[j];
      double eji = other[j];
      ChallengeOffer.Kind k = ChallengeOffer.classify(eij, eji, settings.capitulation());
      if (k == null) continue;
      double moved = ChallengeOffer.newPosition(k, xi, xj, eij, eji);
      int priority = scholz ? k.ordinal() : 0;
      double key = scholz && k == ChallengeOffer.Kind.COMPROMISE
          ? ChallengeOffer.effortWeightedPosition(eij, eji, xi, xj)
          : Math.abs(moved - xi);
      // j ascends, so on a full tie the earlier proposer is kept
      if (bestJ < 0 || priority < bestPriority
          || (priority == bestPriority && (key < bestKey || (key == bestKey && moved < bestPosition)))) {
        bestJ = j;
        bestPriority = priority;
        bestKey = key;
        bestPosition = moved;
        kind[i] = k;
        offerOwn[i] = eij;
        offerOther[i] = eji;
      }
    }
    proposer[i] = bestJ;
    offerPosition[i] = bestPosition;
  }

  private static double spread(double[] x) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max - min;
  }
}
