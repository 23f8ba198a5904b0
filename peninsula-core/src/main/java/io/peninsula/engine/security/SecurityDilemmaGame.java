package io.peninsula.engine.security;

import static io.peninsula.engine.security.ScenarioValues.num;

import io.peninsula.engine.equilibrium.VertexEnumeration;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Outcome;
import io.peninsula.game.StrategicGame;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Builds Jervis's security dilemma between two states as a 2×2 game (Restrain / Arm) from a
 * scenario, classifies it and solves it with enummixed.
 *
 * <p>Jervis (1978, "Cooperation under the Security Dilemma", World Politics 30(2), 167–214, section
 * "What makes cooperation more likely?") names four levers on cooperation — the gain of mutual cooperation, the cost of being exploited,
 * the gain of exploiting, the cost of mutual defection — and two variables that set them: whether
 * the offense or the defense has the advantage, and whether offensive and defensive postures can
 * be told apart (his closing table of four worlds: offense advantage with indistinguishable postures is
 * "doubly dangerous", defense advantage with distinguishable postures "doubly stable"). This class
 * turns them into payoffs with one combined variable, the <b>usable edge</b> of a build-up,
 *
 * <pre>  e = o·(1 − d)        o offense advantage in [0, 1], d distinguishability in [0, 1]</pre>
 *
 * (a build-up buys an edge only if offense pays and the rival cannot read it as defensive), and
 * scenario values for each state i facing j: the capability share p_i = C_i/(C_i + C_j) and the
 * stake w_i (see {@link ScenarioValues}). Payoffs are measured against the armed stand-off in
 * which neither concedes anything, with k the cost of arming:
 *
 * <pre>
 *   R_i = −p_j·w_i              both restrain: settle at the power-weighted compromise (i gives up p_j of its stake)
 *   T_i = e·p_i·w_i − k         i arms, j restrains: i concedes nothing and its edge wins e·p_i of its stake
 *   S_i = −p_j·w_i − e·w_i      i restrains, j arms: i concedes as in R and loses j's edge on its whole stake
 *   P_i = −k                    both arm: no concession, the arms cost
 * </pre>
 *
 * The exploited side loses the edge on everything (it has not armed), while the exploiter can turn
 * its edge into gains only in proportion to its power — a modelling choice: being exploited then
 * costs more than exploiting gains, the condition under which Jervis's security seekers play Stag
 * Hunt rather than Prisoner's Dilemma. With
 * A_i = p_j·w_i − k (what restraint costs beyond what arming costs), player i's class is
 * (see {@link TwoByTwoClass}): Deadlock when A_i ≥ 0; Prisoner's Dilemma when −e·p_i·w_i &lt; A_i
 * &lt; 0; Stag Hunt when −e·w_i &lt; A_i ≤ −e·p_i·w_i; Harmony when A_i ≤ −e·w_i. So raising the
 * offense advantage or lowering distinguishability moves a player from Harmony through Stag Hunt
 * to Prisoner's Dilemma, never back; with e = 0 there is no dilemma (Harmony, or Deadlock when
 * concessions cost more than arms). Deadlock — mutual arming preferred to mutual restraint — is
 * Oye's (1985) fourth game, absent from Jervis; here it is the weaker or more demanding side's
 * refusal to settle at the power-weighted point.
 *
 * <p>Defaults (judgements, docs/games.md): o = 0.7 and d = 0.3 for the peninsula (Seoul within
 * artillery range, missiles on both sides; combined exercises and missile defence read by
 * Pyongyang as threats, P. M. Kim 2019), k = 0.2. Payoffs are rounded to 4 decimals
 * ({@link Payoff}); the classification uses the rounded values.
 */
public final class SecurityDilemmaGame {
  public static final double DEFAULT_OFFENSE_ADVANTAGE = 0.7;
  public static final double DEFAULT_DISTINGUISHABILITY = 0.3;
  public static final double DEFAULT_ARMS_COST = 0.2;
  public static final List<String> STRATEGIES = List.of("Restrain", "Arm");

  /** Inputs: the two states, the issues (empty: defaults), and the optional overrides. */
  public record Params(String stateA, String stateB, List<String> issues, OptionalDouble offenseAdvantage,
      OptionalDouble distinguishability, OptionalDouble armsCost) {
    public Params {
      Objects.requireNonNull(stateA, "stateA");
      Objects.requireNonNull(stateB, "stateB");
      issues = List.copyOf(issues);
      Objects.requireNonNull(offenseAdvantage, "offenseAdvantage");
      Objects.requireNonNull(distinguishability, "distinguishability");
      Objects.requireNonNull(armsCost, "armsCost");
      if (stateA.equals(stateB)) throw new IllegalArgumentException("the two states must differ, both are " + stateA);
      unit("offense advantage", offenseAdvantage);
      unit("distinguishability", distinguishability);
      if (armsCost.isPresent() && !(armsCost.getAsDouble() >= 0))
        throw new IllegalArgumentException("arms cost must be >= 0, got " + armsCost.getAsDouble());
    }

    public static Params of(String a, String b) {
      return new Params(a, b, List.of(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static void unit(String what, OptionalDouble v) {
      if (v.isPresent() && !(v.getAsDouble() >= 0 && v.getAsDouble() <= 1))
        throw new IllegalArgumentException(what + " must be in [0, 1], got " + v.getAsDouble());
    }
  }

  /** One player's view: its class and the two differences that decide it. */
  public record PlayerClass(String actor, TwoByTwoClass type, double temptation, double fear) {}

  /**
   * The game (players A, B; strategies Restrain, Arm), its classification (one name when both
   * players' classes agree, else "asymmetric: A X / B Y"), each player's class, the equilibria
   * (enummixed), every derived quantity and every payoff with its formula.
   */
  public record Result(StrategicGame game, String classification, List<PlayerClass> players,
      List<MixedProfile> equilibria, List<Derived> derivation, List<Payoff> payoffs) {
    public Result {
      players = List.copyOf(players);
      equilibria = List.copyOf(equilibria);
      derivation = List.copyOf(derivation);
      payoffs = List.copyOf(payoffs);
    }
  }

  public Result build(Scenario s, Params params) {
    Actor a = ScenarioValues.actor(s, params.stateA(), "state");
    Actor b = ScenarioValues.actor(s, params.stateB(), "state");
    List<Issue> issues = ScenarioValues.common(s, ScenarioValues.issues(s, params.issues()), a.id(), b.id());
    List<Derived> der = new ArrayList<>();
    double o = params.offenseAdvantage().orElse(DEFAULT_OFFENSE_ADVANTAGE);
    double d = params.distinguishability().orElse(DEFAULT_DISTINGUISHABILITY);
    double k = params.armsCost().orElse(DEFAULT_ARMS_COST);
    der.add(Derived.param("o", o, "offense advantage (Jervis 1978)", params.offenseAdvantage().isEmpty()));
    der.add(Derived.param("d", d, "distinguishability of offensive and defensive postures (Jervis 1978)", params.distinguishability().isEmpty()));
    der.add(Derived.param("k", k, "cost of arming, in stake units", params.armsCost().isEmpty()));
    double e = o * (1 - d);
    der.add(new Derived("e", e, "o·(1 − d) = " + num(o) + "·(1 − " + num(d) + ")", List.of()));
    Derived ca = ScenarioValues.stateCapability(s, a);
    Derived cb = ScenarioValues.stateCapability(s, b);
    Derived pa = ScenarioValues.share(ca, cb, a.id(), b.id());
    Derived pb = ScenarioValues.share(cb, ca, b.id(), a.id());
    Derived wa = ScenarioValues.stake(s, issues, a.id(), b.id(), der);
    Derived wb = ScenarioValues.stake(s, issues, b.id(), a.id(), der);
    der.addAll(List.of(ca, cb, pa, pb, wa, wb));

    Payoff[] pyA = payoffs(a.id(), b.id(), pa.value(), pb.value(), wa.value(), e, k);
    Payoff[] pyB = payoffs(b.id(), a.id(), pb.value(), pa.value(), wb.value(), e, k);
    // profiles, first player fastest: (R,R) (A,R) (R,A) (A,A); pyX = {R, S, T, P}
    List<Outcome> outcomes = List.of(
        new Outcome(1, "mutual restraint", Payoff.values(pyA[0], pyB[0])),
        new Outcome(2, a.id() + " arms alone", Payoff.values(pyA[2], pyB[1])),
        new Outcome(3, b.id() + " arms alone", Payoff.values(pyA[1], pyB[2])),
        new Outcome(4, "arms race", Payoff.values(pyA[3], pyB[3])));
    StrategicGame g = new StrategicGame("Security dilemma " + a.id() + " vs " + b.id() + " (" + s.metadata().id() + ")",
        "Jervis (1978) security dilemma built by peninsula game build security-dilemma; payoffs in stake units",
        List.of(a.id(), b.id()), List.of(STRATEGIES, STRATEGIES), outcomes, new int[] {1, 2, 3, 4});
    PlayerClass clA = classOf(a.id(), pyA);
    PlayerClass clB = classOf(b.id(), pyB);
    String name = TwoByTwoClass.classification(a.id(), clA.type(), b.id(), clB.type());
    List<Payoff> all = new ArrayList<>(List.of(pyA));
    all.addAll(List.of(pyB));
    return new Result(g, name, List.of(clA, clB), new VertexEnumeration().solve(g), der, all);
  }

  /** {R, S, T, P} of player i. */
  static Payoff[] payoffs(String i, String j, double pi, double pj, double wi, double e, double k) {
    String sfx = "[" + i + "]";
    return new Payoff[] {
      Payoff.of(i, "R (both restrain)", -pj * wi, "−p[" + j + "]·w" + sfx + " = −" + num(pj) + "·" + num(wi)),
      Payoff.of(i, "S (" + i + " restrains, " + j + " arms)", -pj * wi - e * wi,
          "−p[" + j + "]·w" + sfx + " − e·w" + sfx + " = −" + num(pj) + "·" + num(wi) + " − " + num(e) + "·" + num(wi)),
      Payoff.of(i, "T (" + i + " arms, " + j + " restrains)", e * pi * wi - k,
          "e·p" + sfx + "·w" + sfx + " − k = " + num(e) + "·" + num(pi) + "·" + num(wi) + " − " + num(k)),
      Payoff.of(i, "P (both arm)", -k, "−k = −" + num(k)),
    };
  }

  private static PlayerClass classOf(String actor, Payoff[] p) {
    TwoByTwoClass c = TwoByTwoClass.of(p);
    return new PlayerClass(actor, c, p[2].value().subtract(p[0].value()).doubleValue(), p[3].value().subtract(p[1].value()).doubleValue());
  }
}
