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
    if (minIterations < 1) throw new IllegalArgumentException("minIterations must be >= 1, got " + minIterations);
    if (!(minDeltaRatio >= 0)) throw new IllegalArgumentException("minDeltaRatio must be >= 0, got " + minDeltaRatio);
    if (!(minSigDelta > 0)) throw new IllegalArgumentException("minSigDelta must be > 0, got " + minSigDelta);
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
        throw new IllegalArgumentException("smp: unknown parameter '" + k + "'; allowed: " + String.join(", ", KEYS));
    SmpOptions d = ktabDefaults();
    String st = p.getOrDefault("stateTransitions", "deterministic").toLowerCase(Locale.ROOT);
    if (!st.equals("deterministic") && !st.equals("stochastic"))
      throw new IllegalArgumentException("smp: stateTransitions = '" + st + "'; allowed: deterministic, stochastic");
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

  private static <E extends Enum<E>> E parse(Map<String, String> p, String key, Class<E> type, E dflt) {
    String v = p.get(key);
    if (v == null) return dflt;
    String norm = v.trim().toUpperCase(Locale.ROOT).replace("_", "").replace("-", "");
    for (E e : type.getEnumConstants()) if (e.name().equals(norm)) return e;
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
    throw new IllegalArgumentException("smp: " + key + " = '" + v + "'; allowed: " + allowed);
  }

  private static Number number(Map<String, String> p, String key, Number dflt) {
    String v = p.get(key);
    if (v == null) return dflt;
    try {
      return dflt instanceof Integer ? Integer.valueOf(v.trim()) : Double.valueOf(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("smp: " + key + " = '" + v + "' is not a number", e);
    }
  }
}
