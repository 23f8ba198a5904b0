package io.peninsula.engine.security;

import static io.peninsula.engine.security.ScenarioValues.num;

import io.peninsula.engine.equilibrium.BackwardInduction;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds the challenger–defender deterrence game from a scenario and solves it by backward
 * induction (spe).
 *
 * <p><b>Game form.</b> The Unilateral Deterrence Game of Zagare &amp; Kilgour (2000, <i>Perfect
 * Deterrence</i>, Cambridge UP, Part II ch. 5 "Unilateral deterrence"), with complete information: the Challenger accepts the Status
 * Quo or challenges; the Defender concedes (Challenger Wins) or resists; the Challenger then backs
 * down (Defender Wins) or fights (Conflict). It is neither their Generalized Mutual Deterrence Game
 * (both sides choose simultaneously whether to defect) nor the two-move Rudimentary Asymmetric
 * Deterrence Game, which lacks the Challenger's last move. A threat is credible when its maker
 * prefers to carry it out (Zagare &amp; Kilgour's definition): the Defender's when it prefers
 * Conflict to Challenger Wins, the Challenger's when it prefers Conflict to Defender Wins.
 *
 * <p><b>Payoffs</b> (0 = Status Quo for both), from the stakes w, capability shares p and war
 * costs c of {@link ScenarioValues}:
 *
 * <pre>
 *   Challenger Wins   Ch: +w_Ch                     Def: −w_Def − τ
 *   Defender Wins     Ch: −b                        Def: 0
 *   Conflict          Ch: (2p_Ch − 1)·w_Ch − c_Ch    Def: (2p_Def − 1)·w_Def − c_Def
 *   war cost          c_i = κ_conv·p_j + κ_nuc·N_j  (the rival's conventional share and its nuclear arsenal)
 * </pre>
 *
 * Conflict is a lottery: the winner (probability p) gains its stake, the loser loses it. b is the
 * Challenger's cost of backing down after a challenge (an audience cost, Fearon 1994, APSR 88(3);
 * P. M. Kim 2019 on Pyongyang's need "to save face"). τ is the Defender's cost of not responding:
 * in the <b>trip-wire</b> variant its ground troops are attacked and conceding is costly
 * (Schelling 1966, <i>Arms and Influence</i>, ch. 2, "The Art of Commitment"): τ = the Defender's salience on the
 * force-posture issue (how much the presence matters to it); in the <b>offshore</b> variant
 * (naval and air support, no ground troops; C. Moon 2025) τ = 0.
 *
 * <p><b>Thresholds.</b> The Defender's threat is credible iff τ &gt; τ* = c_Def − 2·p_Def·w_Def; the
 * Challenger's iff b &gt; b* = −Conflict_Ch = c_Ch − (2p_Ch − 1)·w_Ch.
 * Under incomplete information about the Defender's resolve, a Challenger that believes the
 * Defender resists with probability q challenges iff (1 − q)·w_Ch + q·v &gt; 0, where v is its
 * payoff once resisted (max of Conflict and Defender Wins): deterrence needs q &gt; q* = w_Ch / (w_Ch − v)
 * (defined when v &lt; 0). Payoffs are rounded to 4 decimals ({@link Payoff}).
 *
 * <p>Defaults (judgements, docs/games.md): κ_conv = 0.5, κ_nuc = 0.5, b = 0.1.
 */
public final class DeterrenceGame {
  public static final double DEFAULT_CONVENTIONAL_COST = 0.5;
  public static final double DEFAULT_NUCLEAR_COST = 0.5;
  public static final double DEFAULT_BACKDOWN_COST = 0.1;
  /** The issue whose salience measures what the defender's forces on the ground mean to it. */
  public static final String FORCE_POSTURE_ISSUE = "force_posture";

  public enum Variant {
    TRIPWIRE,
    OFFSHORE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public record Params(String challenger, String defender, List<String> issues, Variant variant, OptionalDouble tripwireCost,
      OptionalDouble backdownCost, OptionalDouble conventionalCost, OptionalDouble nuclearCost) {
    public Params {
      Objects.requireNonNull(challenger, "challenger");
      Objects.requireNonNull(defender, "defender");
      issues = List.copyOf(issues);
      Objects.requireNonNull(variant, "variant");
      if (challenger.equals(defender)) throw new IllegalArgumentException("challenger and defender must differ, both are " + challenger);
      nonNegative("tripwire cost", tripwireCost);
      nonNegative("back-down cost", backdownCost);
      nonNegative("conventional war cost", conventionalCost);
      nonNegative("nuclear war cost", nuclearCost);
    }

    public static Params of(String challenger, String defender, Variant v) {
      return new Params(challenger, defender, List.of(), v, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty());
    }

    public Params withVariant(Variant v) {
      return new Params(challenger, defender, issues, v, tripwireCost, backdownCost, conventionalCost, nuclearCost);
    }

    static void nonNegative(String what, OptionalDouble v) {
      if (v.isPresent() && !(v.getAsDouble() >= 0 && Double.isFinite(v.getAsDouble())))
        throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + v.getAsDouble());
    }
  }

  /**
   * The game (players Challenger, Defender), its subgame-perfect equilibrium, the outcome it
   * reaches, whether deterrence holds (the outcome is the Status Quo), the credibility of both
   * threats, the thresholds τ*, b* and q* (empty when the challenger gains even when resisted), and
   * the derivation.
   */
  public record Result(ExtensiveGame game, Variant variant, BehaviorProfile spe, String outcome, boolean deterrenceHolds,
      boolean defenderCredible, boolean challengerCredible, double tripwireThreshold, double backdownThreshold, OptionalDouble beliefThreshold,
      List<Derived> derivation, List<Payoff> payoffs) {
    public Result {
      derivation = List.copyOf(derivation);
      payoffs = List.copyOf(payoffs);
    }
  }

  public static final String SQ = "Status Quo";
  public static final String CW = "Challenger Wins";
  public static final String DW = "Defender Wins";
  public static final String CONFLICT = "Conflict";

  public Result build(Scenario s, Params params) {
    Actor ch = ScenarioValues.actor(s, params.challenger(), "challenger");
    Actor def = ScenarioValues.actor(s, params.defender(), "defender");
    List<Issue> issues = ScenarioValues.common(s, ScenarioValues.issues(s, params.issues()), ch.id(), def.id());
    List<Derived> der = new ArrayList<>();
    double kc = params.conventionalCost().orElse(DEFAULT_CONVENTIONAL_COST);
    double kn = params.nuclearCost().orElse(DEFAULT_NUCLEAR_COST);
    double b = params.backdownCost().orElse(DEFAULT_BACKDOWN_COST);
    der.add(Derived.param("κ_conv", kc, "war cost per unit of the rival's capability share", params.conventionalCost().isEmpty()));
    der.add(Derived.param("κ_nuc", kn, "war cost added by a nuclear-armed rival", params.nuclearCost().isEmpty()));
    der.add(Derived.param("b", b, "challenger's cost of backing down (audience cost)", params.backdownCost().isEmpty()));
    Derived tau = tripwire(s, def, params, der);
    der.add(tau);
    ScenarioValues.Balance bal = ScenarioValues.balance(s, ch, def, der);
    double pCh = bal.shareI();
    double pDef = bal.shareJ();
    Derived wCh = ScenarioValues.stake(s, issues, ch.id(), def.id(), der);
    Derived wDef = ScenarioValues.stake(s, issues, def.id(), ch.id(), der);
    der.add(wCh);
    der.add(wDef);
    Derived costCh = warCost(ch.id(), def.id(), kc, pDef, kn, bal.nuclearJ());
    Derived costDef = warCost(def.id(), ch.id(), kc, pCh, kn, bal.nuclearI());
    der.add(costCh);
    der.add(costDef);

    String c = ch.id();
    String d = def.id();
    double w1 = wCh.value();
    double w2 = wDef.value();
    List<Payoff> pay = List.of(
        Payoff.of(c, SQ, 0, "0 (status quo)"),
        Payoff.of(d, SQ, 0, "0 (status quo)"),
        Payoff.of(c, CW, w1, "w[" + c + "] = " + num(w1)),
        Payoff.of(d, CW, -w2 - tau.value(), "−w[" + d + "] − τ = −" + num(w2) + " − " + num(tau.value())),
        Payoff.of(c, DW, -b, "−b = −" + num(b)),
        Payoff.of(d, DW, 0, "0 (challenge rebuffed)"),
        Payoff.of(c, CONFLICT, (2 * pCh - 1) * w1 - costCh.value(),
            "(2p[" + c + "] − 1)·w[" + c + "] − c[" + c + "] = (2·" + num(pCh) + " − 1)·" + num(w1) + " − " + num(costCh.value())),
        Payoff.of(d, CONFLICT, (2 * pDef - 1) * w2 - costDef.value(),
            "(2p[" + d + "] − 1)·w[" + d + "] − c[" + d + "] = (2·" + num(pDef) + " − 1)·" + num(w2) + " − " + num(costDef.value())));
    ExtensiveGame g = game(s, c, d, params.variant(), pay);
    BehaviorProfile spe = new BackwardInduction().solve(g).get(0);
    String outcome = path(spe);
    double sqCh = 0;
    double confCh = pay.get(6).value().doubleValue();
    double dwCh = pay.get(4).value().doubleValue();
    boolean defCredible = pay.get(7).value().compareTo(pay.get(3).value()) > 0;
    boolean chCredible = pay.get(6).value().compareTo(pay.get(4).value()) > 0;
    double tauStar = Math.max(0, costDef.value() - 2 * pDef * w2);
    double v = Math.max(confCh, dwCh);
    double cwCh = pay.get(2).value().doubleValue();
    OptionalDouble qStar = v < sqCh && cwCh > sqCh ? OptionalDouble.of(cwCh / (cwCh - v))
        : cwCh <= sqCh ? OptionalDouble.of(0) : OptionalDouble.empty();
    double bStar = Math.max(0, -confCh);
    der.add(new Derived("b*", bStar, "max(0, −Conflict for " + c + "): the challenger's threat is credible iff b > b*", List.of()));
    der.add(new Derived("τ*", tauStar, "max(0, c[" + d + "] − 2·p[" + d + "]·w[" + d + "]): the defender's threat is credible iff τ > τ*", List.of()));
    qStar.ifPresent(q -> der.add(new Derived("q*", q, "w[" + c + "] / (w[" + c + "] − v), v = max(Conflict, Defender Wins) for "
        + c + " = " + num(v) + ": deterred iff P(defender resists) > q*", List.of())));
    return new Result(g, params.variant(), spe, outcome, outcome.equals(SQ), defCredible, chCredible, tauStar, bStar, qStar, der,
        pay);
  }

  private static Derived tripwire(Scenario s, Actor def, Params params, List<Derived> der) {
    if (params.variant() == Variant.OFFSHORE) return new Derived("τ", 0, "offshore balancer: no ground troops to trip, τ = 0", List.of());
    if (params.tripwireCost().isPresent()) return Derived.param("τ", params.tripwireCost().getAsDouble(), "tripwire cost of not responding", false);
    var pos = s.position(def.id(), FORCE_POSTURE_ISSUE);
    if (pos.isEmpty())
      throw new IllegalArgumentException("the tripwire cost is the defender's salience on issue " + FORCE_POSTURE_ISSUE + ", but "
          + def.id() + " has no position on it in scenario " + s.metadata().id() + "; give the tripwire cost explicitly");
    var p = pos.get();
    return new Derived("τ", p.salience(), "trip wire: salience of " + def.id() + " on " + FORCE_POSTURE_ISSUE + " = " + num(p.salience()),
        List.of(p.salienceSource().orElse(p.source()).sourceId()));
  }

  static Derived warCost(String i, String j, double kc, double pj, double kn, double nj) {
    return new Derived("c[" + i + "]", kc * pj + kn * nj,
        "κ_conv·p[" + j + "] + κ_nuc·N[" + j + "] = " + num(kc) + "·" + num(pj) + " + " + num(kn) + "·" + num(nj), List.of());
  }

  /** pay: SQ(c,d), CW(c,d), DW(c,d), Conflict(c,d). Actions are ordered so that ties go to the status quo side. */
  private static ExtensiveGame game(Scenario s, String c, String d, Variant v, List<Payoff> pay) {
    List<Outcome> outcomes = List.of(
        new Outcome(1, SQ, List.of(pay.get(0).value(), pay.get(1).value())),
        new Outcome(2, CW, List.of(pay.get(2).value(), pay.get(3).value())),
        new Outcome(3, DW, List.of(pay.get(4).value(), pay.get(5).value())),
        new Outcome(4, CONFLICT, List.of(pay.get(6).value(), pay.get(7).value())));
    GameNode last = GameNode.decision("", 0, 1, List.of(
        GameNode.terminal("", Optional.of(outcomes.get(2))), GameNode.terminal("", Optional.of(outcomes.get(3)))), Optional.empty());
    GameNode mid = GameNode.decision("", 1, 0, List.of(GameNode.terminal("", Optional.of(outcomes.get(1))), last), Optional.empty());
    GameNode root = GameNode.decision("", 0, 0, List.of(GameNode.terminal("", Optional.of(outcomes.get(0))), mid), Optional.empty());
    List<List<InfoSet>> sets = List.of(
        List.of(new InfoSet(0, 0, "Challenge?", List.of("Status quo", "Challenge"), List.of()),
            new InfoSet(0, 1, "If resisted", List.of("Back down", "Fight"), List.of())),
        List.of(new InfoSet(1, 0, "If challenged", List.of("Concede", "Resist"), List.of())));
    return new ExtensiveGame("Deterrence " + c + " vs " + d + ", " + v.label() + " (" + s.metadata().id() + ")",
        "Unilateral Deterrence Game (Zagare & Kilgour 2000), complete information; built by peninsula game build deterrence",
        List.of(c, d), root, sets, List.of(), outcomes);
  }

  private static String path(BehaviorProfile b) {
    if (b.probability(0, 0, 0).signum() > 0) return SQ;
    if (b.probability(1, 0, 0).signum() > 0) return CW;
    return b.probability(0, 1, 0).signum() > 0 ? DW : CONFLICT;
  }
}
