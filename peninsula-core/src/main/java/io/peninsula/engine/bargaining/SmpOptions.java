package io.peninsula.engine.bargaining;

import java.util.Locale;
import java.util.Map;

/**
 * The switches of KTAB's Spatial Model of Politics (KTAB {@code SMPModel} fields; names follow
 * KTAB's {@code *Names} vectors, matched case-insensitively). Defaults are KTAB's: Linear victory
 * probability, Conditional PCE, deterministic state transitions, proportional voting, OneThird risk
 * adjustment, Mid risk range, SemiCommit third parties, S2P2 interpolation, InitOnlyInterp bargains,
 * and the stopping rule minIter 2, minDeltaRatio 0.02, minSigDelta 1e-4.
 */
public record SmpOptions(
    VictoryProb victoryProb,
    Pce pce,
    boolean stochastic,
    VotingRule votingRule,
    BigRAdjust bigRAdjust,
    BigRRange bigRRange,
    ThirdParty thirdParty,
    Interp interp,
    BargainModel bargainModel,
    int minIterations,
    double minDeltaRatio,
    double minSigDelta) {

  /** KTAB {@code VPModel}: how coalition strength ratios turn into victory probabilities. */
  public enum VictoryProb { LINEAR, SQUARE, QUARTIC, OCTIC, BINARY }

  /** KTAB {@code PCEModel}: probabilistic Condorcet election over options. */
  public enum Pce { CONDITIONAL, MARKOVINCENTIVE, MARKOVUNIFORM }

  /** KTAB {@code VotingRule}: how a utility difference becomes a vote. */
  public enum VotingRule { BINARY, PROPBIN, PROP, PROPCBC, CUBIC, ASYMPROSP }

  /** KTAB {@code BigRAdjust}: how much of i's own risk attitude h attributes to i. */
  public enum BigRAdjust { NONE, ONETHIRD, HALF, TWOTHIRDS, FULL }

  /** KTAB {@code BigRRange}: the interval risk attitudes are mapped to. */
  public enum BigRRange { MIN, MID, MAX }

  /** KTAB {@code ThirdPartyCommit}. */
  public enum ThirdParty { NOCOMMIT, SEMICOMMIT, FULLCOMMIT }

  /** KTAB {@code InterVecBrgn}: how a bargain is interpolated between two positions. */
  public enum Interp { S1P1, S2P2, S2PMAX }

  /** KTAB {@code SMPBargnModel}. */
  public enum BargainModel { INITONLYINTERP, INITRCVRINTERP, PWCOMPINTERP }

  public SmpOptions {
    if (minIterations < 1) throw new io.peninsula.error.InvalidInputException("minIterations must be >= 1, got " + minIterations);
    if (!(minDeltaRatio >= 0)) throw new io.peninsula.error.InvalidInputException("minDeltaRatio must be >= 0, got " + minDeltaRatio);
    if (!(minSigDelta > 0)) throw new io.peninsula.error.InvalidInputException("minSigDelta must be > 0, got " + minSigDelta);
  }

  public static SmpOptions ktabDefaults() {
    return new SmpOptions(VictoryProb.LINEAR, Pce.CONDITIONAL, false, VotingRule.PROP, BigRAdjust.ONETHIRD,
        BigRRange.MID, ThirdParty.SEMICOMMIT, Interp.S2P2, BargainModel.INITONLYINTERP, 2, 0.02, 1e-4);
  }

  /**
   * Options from model parameters: {@code victoryProb}, {@code pce}, {@code stateTransitions}
   * (deterministic|stochastic), {@code votingRule}, {@code bigRAdjust}, {@code bigRRange},
   * {@code thirdParty}, {@code interVecBrgn}, {@code bargainModel}, {@code minIterations},
   * {@code minDeltaRatio}, {@code minSigDelta}. Unknown keys are an error so typos are not ignored;
   * {@code reference} (the status quo that {@code backtest} passes to every model) is accepted and
   * not used: the SMP has no disagreement point.
   */
  public static SmpOptions fromParameters(Map<String, String> p) {
    for (String k : p.keySet())
      if (!KEYS.contains(k) && !k.equals("reference"))
        throw new io.peninsula.error.InvalidInputException("smp: unknown parameter '" + k + "'; allowed: " + String.join(", ", KEYS));
    SmpOptions d = ktabDefaults();
    String st = p.getOrDefault("stateTransitions", "deterministic").toLowerCase(Locale.ROOT);
    if (!st.equals("deterministic") && !st.equals("stochastic"))
      throw new io.peninsula.error.InvalidInputException("smp: stateTransitions = '" + st + "'; allowed: deterministic, stochastic");
    return new SmpOptions(
        parse(p, "victoryProb", VictoryProb.class, d.victoryProb),
        parse(p, "pce", Pce.class, d.pce),
        st.equals("stochastic"),
        parse(p, "votingRule", VotingRule.class, d.votingRule),
        parse(p, "bigRAdjust", BigRAdjust.class, d.bigRAdjust),
        parse(p, "bigRRange", BigRRange.class, d.bigRRange),
        parse(p, "thirdParty", ThirdParty.class, d.thirdParty),
        parse(p, "interVecBrgn", Interp.class, d.interp),
        parse(p, "bargainModel", BargainModel.class, d.bargainModel),
        number(p, "minIterations", d.minIterations).intValue(),
        number(p, "minDeltaRatio", d.minDeltaRatio).doubleValue(),
        number(p, "minSigDelta", d.minSigDelta).doubleValue());
  }

  private static final java.util.List<String> KEYS = java.util.List.of("victoryProb", "pce", "stateTransitions",
      "votingRule", "bigRAdjust", "bigRRange", "thirdParty", "interVecBrgn", "bargainModel", "minIterations",
      "minDeltaRatio", "minSigDelta");

  /** The declared parameters: KTAB's switches with their defaults. */
  public static java.util.List<ModelParameter> parameters() {
    SmpOptions d = ktabDefaults();
    return java.util.List.of(
        choice("victoryProb", d.victoryProb, VictoryProb.class, "how coalition strength ratios turn into victory probabilities (KTAB VPModel)"),
        choice("pce", d.pce, Pce.class, "probabilistic Condorcet election over options (KTAB PCEModel)"),
        ModelParameter.choice("stateTransitions", "deterministic", java.util.List.of("deterministic", "stochastic"), "KTAB state transitions"),
        choice("votingRule", d.votingRule, VotingRule.class, "how a utility difference becomes a vote (KTAB VotingRule)"),
        choice("bigRAdjust", d.bigRAdjust, BigRAdjust.class, "how much of i's own risk attitude h attributes to i (KTAB BigRAdjust)"),
        choice("bigRRange", d.bigRRange, BigRRange.class, "the interval risk attitudes are mapped to (KTAB BigRRange)"),
        choice("thirdParty", d.thirdParty, ThirdParty.class, "third parties' commitment (KTAB ThirdPartyCommit)"),
        choice("interVecBrgn", d.interp, Interp.class, "how a bargain is interpolated between two positions (KTAB InterVecBrgn)"),
        choice("bargainModel", d.bargainModel, BargainModel.class, "KTAB SMPBargnModel"),
        ModelParameter.integer("minIterations", d.minIterations, 1, Integer.MAX_VALUE, "rounds before the stopping rule may stop (KTAB minIter)"),
        ModelParameter.number("minDeltaRatio", String.valueOf(d.minDeltaRatio), 0, Double.POSITIVE_INFINITY, "stopping rule: change ratio (KTAB minDeltaRatio)"),
        ModelParameter.number("minSigDelta", String.valueOf(d.minSigDelta), Double.MIN_VALUE, Double.POSITIVE_INFINITY,
            "stopping rule: smallest significant change (KTAB minSigDelta)"),
        ModelParameter.number("reference", "none", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            "accepted and not used (the SMP has no disagreement point); backtest passes it to every model"));
  }

  private static <E extends Enum<E>> ModelParameter choice(String name, E dflt, Class<E> type, String meaning) {
    return ModelParameter.choice(name, dflt.name().toLowerCase(Locale.ROOT),
        java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList(), meaning);
  }

  private static <E extends Enum<E>> E parse(Map<String, String> p, String key, Class<E> type, E dflt) {
    String v = p.get(key);
    if (v == null) return dflt;
    String norm = v.trim().toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
    for (E e : type.getEnumConstants()) if (e.name().equals(norm)) return e;
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    throw new io.peninsula.error.InvalidInputException("smp: " + key + " = '" + v + "'; allowed: " + allowed);
  }

  private static Number number(Map<String, String> p, String key, Number dflt) {
    String v = p.get(key);
    if (v == null) return dflt;
    try {
      return dflt instanceof Integer ? Integer.valueOf(v.trim()) : Double.valueOf(v.trim());
    } catch (NumberFormatException e) {
      throw new io.peninsula.error.InvalidInputException("smp: " + key + " = '" + v + "' is not a number", e);
    }
  }
}
