package io.peninsula.engine.security;

import io.peninsula.error.InvalidInputException;
import static io.peninsula.engine.security.ScenarioValues.num;
import static io.peninsula.engine.security.ScenarioValues.q;

import io.peninsula.engine.equilibrium.BackwardInduction;
import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Position;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Unilateral Deterrence Game of Zagare &amp; Kilgour (2000, <i>Perfect Deterrence</i>,
 * Cambridge UP, ch. 5), complete information, built from a scenario and solved by backward
 * induction: Challenger (Ch) accepts the Status Quo (SQ) or challenges; Defender (Def) concedes
 * (Challenger Wins, CW) or resists; Ch then backs down (Defender Wins, DW) or fights (Conflict,
 * DD). A threat is credible when its maker prefers to carry it out (their definition).
 *
 * <p><b>Payoffs</b>, in U ({@link ScenarioValues#UNIT}), with the status quo at the defender's
 * positions (the defender defends the status quo), so that Ch's stake w_Ch is what it gains when
 * Def gives way and Def's stake w_Def what it loses; Conflict is the lottery between those two
 * settlements that the war decides, with Ch winning with probability p_Ch:
 *
 * <pre>
 *   u(SQ)  = (0, 0)
 *   u(CW)  = (w_Ch, −w_Def − τ)
 *   u(DW)  = (−b, 0)
 *   u(DD)  = (p_Ch·w_Ch − c_Ch, −p_Ch·w_Def − c_Def)      c_i = κ_conv·p_j + κ_nuc·N_j
 * </pre>
 *
 * b is Ch's audience cost of backing down (Fearon 1994), τ the cost to Def of not responding: with
 * a <b>trip wire</b> (troops on the ground, Schelling 1966 ch. 2) τ = s_Def,k/n, the defender's
 * salience on the trip-wire issue k (a role of the scenario) across that issue's whole scale, in U
 * (an analyst's mapping); an <b>offshore</b> balancer has τ = 0.
 *
 * <p><b>Thresholds</b>, exact on the rounded inputs: Def's threat is credible iff τ ≥ τ* = c_Def −
 * p_Def·w_Def; Ch's iff b &gt; b* = c_Ch − p_Ch·w_Ch. Ties: a player indifferent between two moves
 * takes the one that keeps the status quo (no challenge, resist, back down), which is also the
 * first action of each node so that backward induction breaks ties the same way. When Ch's threat
 * is credible and war does not pay it, uncertainty about Def's resolve matters: Ch is deterred iff
 * P(Def resists) ≥ q* = w_Ch/(w_Ch − u_Ch(DD)). When Ch would back down, resisting costs Def
 * nothing, every defender resists, and q* does not apply.
 */
public final class DeterrenceGame implements SecurityGame {
  public static final String NAME = "deterrence";
  static final RoleSpec CHALLENGER = RoleSpec.actor("challenger", "--challenger", "the side that may challenge the status quo");
  static final RoleSpec DEFENDER = RoleSpec.actor("defender", "--defender", "the side that defends the status quo");
  static final RoleSpec TRIPWIRE_ISSUE = new RoleSpec("tripwire_issue", "--tripwire-issue", 1, true,
      "the issue whose loss a trip wire puts at stake (its salience to the defender sets τ)");
  static final ParamSpec BACKDOWN = ParamSpec.real("backdown-cost", "b", "--backdown-cost", 0.1, 0, 2,
      "challenger's cost of backing down once it has challenged (audience cost), in U",
      "Judgement: a tenth of the agenda, a face-saving cost (Fearon 1994's audience cost; Kim 2019 on Pyongyang's need to save "
          + "face) well below the cost of war.");
  static final ParamSpec TRIPWIRE = new ParamSpec("tripwire-cost", "τ", "--tripwire-cost", OptionalDouble.empty(), 0, 1, false,
      "defender's cost of not responding under a trip wire, in U",
      "Mapping: with troops on the ground, conceding under fire costs the defender the trip-wire issue outright (its whole scale "
          + "at its salience), τ = s_Def,k/n U (Schelling 1966, ch. 2).");
  static final ChoiceSpec VARIANT = new ChoiceSpec("variant", "--variant", List.of("tripwire", "offshore"), "tripwire",
      "tripwire: ground troops, τ > 0; offshore: naval and air support only, τ = 0");

  public static final String SQ = "Status Quo";
  public static final String CW = "Challenger Wins";
  public static final String DW = "Defender Wins";
  public static final String CONFLICT = "Conflict";

  public enum Variant {
    TRIPWIRE,
    OFFSHORE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public record Params(String challenger, String defender, List<String> issues, Variant variant, Optional<String> tripwireIssue,
      OptionalDouble tripwireCost, OptionalDouble backdownCost, OptionalDouble conventionalCost, OptionalDouble nuclearCost) {
    public Params {
      Objects.requireNonNull(challenger, "challenger");
      Objects.requireNonNull(defender, "defender");
      issues = List.copyOf(issues);
      Objects.requireNonNull(variant, "variant");
      Objects.requireNonNull(tripwireIssue, "tripwireIssue");
      if (challenger.equals(defender)) throw new InvalidInputException("challenger and defender must differ, both are " + challenger);
      if (variant == Variant.OFFSHORE && tripwireCost.isPresent())
        throw new InvalidInputException("--tripwire-cost applies to --variant tripwire (an offshore balancer has no trip wire)");
      check(TRIPWIRE, tripwireCost);
      check(BACKDOWN, backdownCost);
      check(ScenarioValues.CONVENTIONAL_COST, conventionalCost);
      check(ScenarioValues.NUCLEAR_COST, nuclearCost);
    }

    public static Params of(String challenger, String defender, Variant v, String tripwireIssue) {
      return new Params(challenger, defender, List.of(), v, Optional.of(tripwireIssue), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), OptionalDouble.empty());
    }

    public Params withVariant(Variant v) {
      return new Params(challenger, defender, issues, v, tripwireIssue, v == Variant.OFFSHORE ? OptionalDouble.empty() : tripwireCost,
          backdownCost, conventionalCost, nuclearCost);
    }

    static void check(ParamSpec spec, OptionalDouble v) {
      if (v.isPresent()) spec.check(v.getAsDouble());
    }
  }

  /**
   * The game, its subgame-perfect equilibrium and the outcome it reaches, the two credibility
   * verdicts with their exact thresholds (τ* and b*, unclamped), the belief threshold q* (empty
   * where it does not apply: see {@link #beliefNote()}), the derivation and the payoffs, and the
   * other variant's result when it was built alongside.
   */
  public record Result(ExtensiveGame game, Variant variant, BehaviorProfile spe, String outcome, boolean deterrenceHolds,
      boolean defenderCredible, boolean challengerCredible, Rational tau, Rational tripwireThreshold, Rational backdown,
      Rational backdownThreshold, Optional<Rational> beliefThreshold, String beliefNote, List<Derived> derivation, List<Payoff> payoffs,
      Optional<Result> other) implements Built {
    public Result {
      derivation = List.copyOf(derivation);
      payoffs = List.copyOf(payoffs);
    }

    @Override
    public String title() {
      return game.title();
    }

    @Override
    public String model() {
      return "Zagare & Kilgour (2000) Unilateral Deterrence Game, complete information; status quo at the defender's positions; "
          + "u(DD) = (p_Ch·w_Ch − c_Ch, −p_Ch·w_Def − c_Def); payoffs in U";
    }

    @Override
    public List<String> summary() {
      List<String> out = new ArrayList<>();
      out.add("variant " + variant.label() + ": " + describe());
      out.add("  defender's threat credible: " + yes(defenderCredible) + " (credible iff τ ≥ τ* = " + num(tripwireThreshold) + "; τ = "
          + num(tau) + ")");
      out.add("  challenger's threat credible: " + yes(challengerCredible) + " (credible iff b > b* = " + num(backdownThreshold) + "; b = "
          + num(backdown) + ")");
      out.add("  under uncertainty about the defender's resolve: " + beliefNote);
      other.ifPresent(o -> out.add("variant " + o.variant().label() + ": " + o.describe() + "; defender credible: " + yes(o.defenderCredible())
          + " (τ = " + num(o.tau()) + ", τ* = " + num(o.tripwireThreshold()) + ")"));
      return out;
    }

    String describe() {
      return outcome + " — deterrence " + (deterrenceHolds ? "holds" : "fails");
    }

    @Override
    public List<String> verdict() {
      List<String> out = new ArrayList<>(List.of(variant.label() + ": " + outcome, variant.label() + ": defender credible " + yes(defenderCredible),
          variant.label() + ": challenger credible " + yes(challengerCredible)));
      other.ifPresent(o -> out.addAll(List.of(o.variant().label() + ": " + o.outcome(), o.variant().label() + ": defender credible "
          + yes(o.defenderCredible()))));
      return out;
    }

    @Override
    public Optional<StrategicGame> strategic() {
      return Optional.empty();
    }

    @Override
    public Optional<ExtensiveGame> extensive() {
      return Optional.of(game);
    }

    @Override
    public String solver() {
      return "spe";
    }

    @Override
    public List<String> equilibriumLines() {
      List<String> parts = new ArrayList<>();
      for (int p = 0; p < game.numPlayers(); p++)
        for (int i = 0; i < game.infoSets(p).size(); i++) {
          var set = game.infoSets(p).get(i);
          for (int a = 0; a < set.numActions(); a++)
            if (spe.probability(p, i, a).signum() > 0) parts.add(game.players().get(p) + " " + set.label() + ": " + set.actions().get(a));
        }
      return List.of("1. " + String.join("; ", parts) + " → " + outcome);
    }

    @Override
    public Map<String, Object> analysis() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("variant", variant.label());
      m.put("outcome", outcome);
      m.put("deterrenceHolds", deterrenceHolds);
      m.put("defenderCredible", defenderCredible);
      m.put("challengerCredible", challengerCredible);
      m.put("tau", tau.toString());
      m.put("tripwireThreshold", tripwireThreshold.toString());
      m.put("backdown", backdown.toString());
      m.put("backdownThreshold", backdownThreshold.toString());
      m.put("beliefThreshold", beliefThreshold.map(Rational::toString).orElse(null));
      m.put("beliefNote", beliefNote);
      other.ifPresent(o -> m.put("otherVariant", o.analysis()));
      return m;
    }

    private static String yes(boolean b) {
      return b ? "yes" : "no";
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Zagare & Kilgour (2000) Unilateral Deterrence Game; spe";
  }

  @Override
  public String citation() {
    return "Zagare, F. C. & Kilgour, D. M. (2000). Perfect Deterrence. Cambridge UP, ch. 5.";
  }

  @Override
  public List<RoleSpec> roles() {
    return List.of(CHALLENGER, DEFENDER, TRIPWIRE_ISSUE);
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(ScenarioValues.CONVENTIONAL_COST, ScenarioValues.NUCLEAR_COST, BACKDOWN, TRIPWIRE);
  }

  @Override
  public List<ChoiceSpec> choices() {
    return List.of(VARIANT);
  }

  @Override
  public Result build(Scenario s, GameInputs in) {
    Variant v = Variant.valueOf(VARIANT.value(in).toUpperCase(Locale.ROOT));
    String challenger = role1(s, in, CHALLENGER);
    String defender = role1(s, in, DEFENDER);
    Optional<String> tw = Optional.empty();
    if (v == Variant.TRIPWIRE && in.param(TRIPWIRE.name()).isEmpty()) {
      try {
        tw = Optional.of(role1(s, in, TRIPWIRE_ISSUE));
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.getMessage() + ", or set τ with --tripwire-cost T");
      }
    }
    else if (in.roles().containsKey(TRIPWIRE_ISSUE.name()) || s.roles().assignment(NAME, TRIPWIRE_ISSUE.name()).isPresent())
      tw = Optional.of(role1(s, in, TRIPWIRE_ISSUE));
    Params p = new Params(challenger, defender, in.issues(), v, tw, in.param(TRIPWIRE.name()),
        in.param(BACKDOWN.name()), in.param(ScenarioValues.CONVENTIONAL_COST.name()), in.param(ScenarioValues.NUCLEAR_COST.name()));
    Result main = build(s, p);
    Params otherParams = p.withVariant(v == Variant.TRIPWIRE ? Variant.OFFSHORE : Variant.TRIPWIRE);
    if (otherParams.variant() == Variant.TRIPWIRE && otherParams.tripwireIssue().isEmpty()) return main; // no trip-wire issue to price τ
    Result other = build(s, otherParams);
    return new Result(main.game(), main.variant(), main.spe(), main.outcome(), main.deterrenceHolds(), main.defenderCredible(),
        main.challengerCredible(), main.tau(), main.tripwireThreshold(), main.backdown(), main.backdownThreshold(), main.beliefThreshold(),
        main.beliefNote(), main.derivation(), main.payoffs(), Optional.of(other));
  }

  /** Builds one variant (no other-variant line). */
  public Result build(Scenario s, Params params) {
    Actor ch = ScenarioValues.actor(s, params.challenger(), "challenger");
    Actor def = ScenarioValues.actor(s, params.defender(), "defender");
    List<Issue> issues = ScenarioValues.common(s, ScenarioValues.issues(s, params.issues()), ch.id(), def.id());
    List<Derived> der = new ArrayList<>();
    Rational kc = q(params.conventionalCost().orElse(ScenarioValues.CONVENTIONAL_COST.defaultValue().getAsDouble()));
    Rational kn = q(params.nuclearCost().orElse(ScenarioValues.NUCLEAR_COST.defaultValue().getAsDouble()));
    Rational b = q(params.backdownCost().orElse(BACKDOWN.defaultValue().getAsDouble()));
    der.add(Derived.param(ScenarioValues.CONVENTIONAL_COST, kc.doubleValue(), params.conventionalCost().isEmpty()));
    der.add(Derived.param(ScenarioValues.NUCLEAR_COST, kn.doubleValue(), params.nuclearCost().isEmpty()));
    der.add(Derived.param(BACKDOWN, b.doubleValue(), params.backdownCost().isEmpty()));
    Derived tauD = tripwire(s, def, params, issues.size());
    der.add(tauD);
    Rational tau = q(tauD.value());
    ScenarioValues.Balance bal = ScenarioValues.balance(s, ch, def, der);
    Rational pCh = bal.shareI();
    Rational pDef = bal.shareJ();
    Derived wChD = ScenarioValues.stake(s, issues, ch.id(), def.id(), der);
    Derived wDefD = ScenarioValues.stake(s, issues, def.id(), ch.id(), der);
    der.add(wChD);
    der.add(wDefD);
    Rational wCh = q(wChD.value());
    Rational wDef = q(wDefD.value());
    Derived costChD = ScenarioValues.warCost(ch.id(), def.id(), kc, pDef, kn, bal.nuclearJ());
    Derived costDefD = ScenarioValues.warCost(def.id(), ch.id(), kc, pCh, kn, bal.nuclearI());
    der.add(costChD);
    der.add(costDefD);
    Rational cCh = kc.multiply(pDef).add(kn.multiply(bal.nuclearJ()));
    Rational cDef = kc.multiply(pCh).add(kn.multiply(bal.nuclearI()));

    String c = ch.id();
    String d = def.id();
    Rational cwDef = wDef.negate().subtract(tau);
    Rational ddCh = pCh.multiply(wCh).subtract(cCh);
    Rational ddDef = pCh.multiply(wDef).negate().subtract(cDef);
    List<Payoff> pay = List.of(
        new Payoff(c, SQ, Rational.ZERO, "0 (status quo)"),
        new Payoff(d, SQ, Rational.ZERO, "0 (status quo)"),
        new Payoff(c, CW, wCh, "w[" + c + "] = " + num(wCh)),
        new Payoff(d, CW, cwDef, "−w[" + d + "] − τ = −" + num(wDef) + " − " + num(tau)),
        new Payoff(c, DW, b.negate(), "−b = −" + num(b)),
        new Payoff(d, DW, Rational.ZERO, "0 (challenge rebuffed: the status quo stands)"),
        new Payoff(c, CONFLICT, ddCh, "p[" + c + "]·w[" + c + "] − c[" + c + "] = " + num(pCh) + "·" + num(wCh) + " − " + num(cCh)),
        new Payoff(d, CONFLICT, ddDef, "−p[" + c + "]·w[" + d + "] − c[" + d + "] = −" + num(pCh) + "·" + num(wDef) + " − " + num(cDef)));
    ExtensiveGame g = game(s, c, d, params.variant(), pay);
    BehaviorProfile spe = new BackwardInduction().solve(g).get(0);
    String outcome = path(spe);
    Rational tauStar = cDef.subtract(pDef.multiply(wDef));
    Rational bStar = cCh.subtract(pCh.multiply(wCh));
    boolean defCredible = ddDef.compareTo(cwDef) >= 0;
    boolean chCredible = ddCh.compareTo(b.negate()) > 0;
    Optional<Rational> qStar = Optional.empty();
    String note;
    if (wCh.signum() <= 0) note = "the challenger has nothing to gain (w = 0): deterred whatever it believes";
    else if (!chCredible)
      note = "the challenger would back down once resisted, so resisting costs the defender nothing and every defender resists: "
          + "deterred whatever it believes (q* does not apply)";
    else if (ddCh.signum() >= 0) note = "war pays the challenger (u_Ch(DD) ≥ 0): no belief about the defender's resolve deters it";
    else {
      Rational qs = wCh.divide(wCh.subtract(ddCh));
      qStar = Optional.of(qs);
      note = "deterred iff P(defender resists) ≥ q* = w/(w − u_Ch(DD)) = " + num(qs);
    }
    der.add(new Derived("τ*", tauStar.doubleValue(), "c[" + d + "] − p[" + d + "]·w[" + d + "] = " + num(cDef) + " − " + num(pDef) + "·" + num(wDef)
        + ": the defender's threat is credible iff τ ≥ τ*", List.of()));
    der.add(new Derived("b*", bStar.doubleValue(), "c[" + c + "] − p[" + c + "]·w[" + c + "] = " + num(cCh) + " − " + num(pCh) + "·" + num(wCh)
        + ": the challenger's threat is credible iff b > b*", List.of()));
    qStar.ifPresent(x -> der.add(new Derived("q*", x.doubleValue(), "w[" + c + "] / (w[" + c + "] − u_Ch(DD)): deterred iff P(resist) ≥ q*",
        List.of())));
    return new Result(g, params.variant(), spe, outcome, outcome.equals(SQ), defCredible, chCredible, tau, tauStar, b, bStar, qStar, note,
        der, pay, Optional.empty());
  }

  private static Derived tripwire(Scenario s, Actor def, Params params, int n) {
    if (params.variant() == Variant.OFFSHORE)
      return Derived.mapping("τ", 0, "offshore balancer: no ground troops to trip, τ = 0", List.of(),
          "An offshore balancer (naval and air support, no ground troops; C. Moon 2025) loses nothing on the ground by not "
              + "responding.");
    if (params.tripwireCost().isPresent()) return Derived.param(TRIPWIRE, params.tripwireCost().getAsDouble(), false);
    String k = params.tripwireIssue().orElseThrow(() -> new InvalidInputException("the trip-wire cost needs the trip-wire issue: "
        + "add roles: deterrence: tripwire_issue: ID to the scenario, or give --tripwire-issue ID or --tripwire-cost T"));
    Issue issue = ScenarioValues.issue(s, k);
    Position p = s.position(def.id(), issue.id()).orElseThrow(() -> new InvalidInputException("the trip-wire cost is the defender's "
        + "salience on " + issue.id() + ", but " + def.id() + " has no position on it in scenario " + s.metadata().id()
        + "; give --tripwire-cost T"));
    return Derived.mapping("τ", p.salience() / n, "s[" + def.id() + ", " + issue.id() + "] / n = " + num(p.salience()) + " / " + n + " U",
        List.of(p.salienceSource().orElse(p.source()).sourceId()), TRIPWIRE.rationale());
  }

  /** pay: SQ(c,d), CW(c,d), DW(c,d), Conflict(c,d). Each node's first action keeps the status quo, so ties go to it. */
  private static ExtensiveGame game(Scenario s, String c, String d, Variant v, List<Payoff> pay) {
    List<Outcome> outcomes = List.of(
        new Outcome(1, SQ, List.of(pay.get(0).value(), pay.get(1).value())),
        new Outcome(2, CW, List.of(pay.get(2).value(), pay.get(3).value())),
        new Outcome(3, DW, List.of(pay.get(4).value(), pay.get(5).value())),
        new Outcome(4, CONFLICT, List.of(pay.get(6).value(), pay.get(7).value())));
    GameNode last = GameNode.decision("", 0, 1, List.of(
        GameNode.terminal("", Optional.of(outcomes.get(2))), GameNode.terminal("", Optional.of(outcomes.get(3)))), Optional.empty());
    GameNode mid = GameNode.decision("", 1, 0, List.of(last, GameNode.terminal("", Optional.of(outcomes.get(1)))), Optional.empty());
    GameNode root = GameNode.decision("", 0, 0, List.of(GameNode.terminal("", Optional.of(outcomes.get(0))), mid), Optional.empty());
    List<List<InfoSet>> sets = List.of(
        List.of(new InfoSet(0, 0, "Challenge?", List.of("Status quo", "Challenge"), List.of()),
            new InfoSet(0, 1, "If resisted", List.of("Back down", "Fight"), List.of())),
        List.of(new InfoSet(1, 0, "If challenged", List.of("Resist", "Concede"), List.of())));
    return new ExtensiveGame("Deterrence " + c + " vs " + d + ", " + v.label() + " (" + s.metadata().id() + ")",
        "Unilateral Deterrence Game (Zagare & Kilgour 2000), complete information, payoffs in U; built by peninsula game build deterrence",
        List.of(c, d), root, sets, List.of(), outcomes);
  }

  private static String path(BehaviorProfile b) {
    if (b.probability(0, 0, 0).signum() > 0) return SQ;
    if (b.probability(1, 0, 1).signum() > 0) return CW;
    return b.probability(0, 1, 0).signum() > 0 ? DW : CONFLICT;
  }
}
