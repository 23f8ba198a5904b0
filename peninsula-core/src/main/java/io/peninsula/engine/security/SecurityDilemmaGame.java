package io.peninsula.engine.security;

import io.peninsula.error.InvalidInputException;
import static io.peninsula.engine.security.ScenarioValues.num;
import static io.peninsula.engine.security.ScenarioValues.q;

import io.peninsula.engine.equilibrium.VertexEnumeration;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import io.peninsula.model.Actor;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Jervis's security dilemma between two states as a 2×2 game (Restrain / Arm), built from a
 * scenario, classified and solved with enummixed.
 *
 * <p>Jervis (1978, "Cooperation under the Security Dilemma", World Politics 30(2), 167–214) reads
 * cooperation off four payoffs — the gain from mutual cooperation (CC), the cost of being exploited
 * (CD), the gain from exploiting (DC), the cost of mutual defection (DD) — and two variables that
 * set them: whether the offence or the defence has the advantage, and whether offensive and
 * defensive postures can be told apart. Glaser (1997, "The Security Dilemma Revisited", World
 * Politics 50(1)) for the payoffs of security seekers. Payoffs in U ({@link ScenarioValues#UNIT}),
 * against mutual restraint (the status quo: nobody concedes, nobody pays for arms):
 *
 * <pre>
 *   e = o·(1 − d)            the usable edge of a lone build-up: the offence must pay (o) and the rival must be
 *                            unable to read the build-up in time (1 − d)
 *   CC: R_i = 0              mutual restraint: the status quo, no arms spending
 *   DC: T_i = e·p_i·w_i − k  i arms alone: its edge moves the share e·p_i of the disputed agenda its way
 *   CD: S_i = −e·p_j·w_i     i is exploited: the share e·p_j moves j's way, valued at i's stake
 *   DD: P_i = −k             both arm: the arms cost, the balance unchanged
 * </pre>
 *
 * Player i is tempted iff e·p_i·w_i &gt; k and afraid iff e·p_j·w_i &gt; k ({@link TwoByTwoClass}):
 * Harmony (neither), Stag Hunt (afraid only: the weaker side), Chicken (tempted only: the stronger),
 * Prisoner's Dilemma (both). More offence advantage or less distinguishability can only switch
 * temptation and fear on. With k &gt; 0 mutual arming is worse than mutual restraint, so there is no
 * Deadlock: restraint concedes nothing. At d = 1 the dilemma vanishes whatever o, which is Jervis's
 * own reading of his third world ("no security dilemma, but aggression possible": the aggression
 * is that of greedy states, which this game between security seekers does not contain).
 */
public final class SecurityDilemmaGame implements SecurityGame {
  public static final String NAME = "security-dilemma";
  public static final List<String> STRATEGIES = List.of("Restrain", "Arm");
  static final RoleSpec STATES = new RoleSpec("states", "--states", 2, false, "the two states whose arming is at issue");
  static final ParamSpec OFFENSE = ParamSpec.real("offense-advantage", "o", "--offense-advantage", 0.7, 0, 1,
      "offence advantage in [0, 1] (Jervis 1978)",
      "Judgement for the peninsula: Seoul within artillery range, missiles on both sides, short warning times favour the attacker.");
  static final ParamSpec DISTINGUISH = ParamSpec.real("distinguishability", "d", "--distinguishability", 0.3, 0, 1,
      "distinguishability of offensive and defensive postures in [0, 1] (Jervis 1978)",
      "Judgement: combined exercises and missile defence are read by Pyongyang as threats (Kim 2019 lists scaling them back among "
          + "its demands), so defensive postures are hard to tell apart.");
  static final ParamSpec ARMS = ParamSpec.real("arms-cost", "k", "--arms-cost", 0.2, 0, 1, "cost of arming, in U",
      "Judgement: an arms build-up costs a fifth of the security agenda's worth.");

  /** Inputs: the two states, the issues (empty: the scenario's security issues), and the optional overrides. */
  public record Params(String stateA, String stateB, List<String> issues, OptionalDouble offenseAdvantage,
      OptionalDouble distinguishability, OptionalDouble armsCost) {
    public Params {
      Objects.requireNonNull(stateA, "stateA");
      Objects.requireNonNull(stateB, "stateB");
      issues = List.copyOf(issues);
      if (stateA.equals(stateB)) throw new InvalidInputException("the two states must differ, both are " + stateA);
      offenseAdvantage.ifPresent(OFFENSE::check);
      distinguishability.ifPresent(DISTINGUISH::check);
      armsCost.ifPresent(ARMS::check);
    }

    public static Params of(String a, String b) {
      return new Params(a, b, List.of(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
    }
  }

  /** One player's view: its class and the two differences that decide it (exact). */
  public record PlayerClass(String actor, TwoByTwoClass type, Rational temptation, Rational fear) {}

  /**
   * The game (players A, B; strategies Restrain, Arm), its classification (one name when both
   * players' classes agree, else "asymmetric: A X / B Y"), each player's class, the equilibria
   * (enummixed), Jervis's world for (o, d), every derived quantity and every payoff.
   */
  public record Result(StrategicGame game, String classification, List<PlayerClass> players, List<MixedProfile> equilibria,
      String world, List<Derived> derivation, List<Payoff> payoffs) implements Built {
    public Result {
      players = List.copyOf(players);
      equilibria = List.copyOf(equilibria);
      derivation = List.copyOf(derivation);
      payoffs = List.copyOf(payoffs);
    }

    @Override
    public String title() {
      return game.title();
    }

    @Override
    public String model() {
      return "Jervis (1978) security dilemma: e = o·(1 − d); R = 0, T = e·p_i·w_i − k, S = −e·p_j·w_i, P = −k; payoffs in U";
    }

    @Override
    public List<String> summary() {
      List<String> out = new ArrayList<>();
      out.add("classification: " + classification);
      for (PlayerClass p : players)
        out.add("  " + p.actor() + ": " + p.type().label() + " (temptation T − R = " + num(p.temptation()) + ", fear P − S = "
            + num(p.fear()) + ")");
      out.add("Jervis's world: " + world);
      return out;
    }

    @Override
    public List<String> verdict() {
      List<String> out = new ArrayList<>();
      for (PlayerClass p : players) out.add(p.actor() + ": " + p.type().label());
      return out;
    }

    @Override
    public Optional<StrategicGame> strategic() {
      return Optional.of(game);
    }

    @Override
    public Optional<ExtensiveGame> extensive() {
      return Optional.empty();
    }

    @Override
    public String solver() {
      return "enummixed";
    }

    @Override
    public List<String> equilibriumLines() {
      return Reports.strategicLines(game, equilibria);
    }

    @Override
    public Map<String, Object> analysis() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("classification", classification);
      List<Object> ps = new ArrayList<>();
      for (PlayerClass p : players)
        ps.add(Reports.map("actor", p.actor(), "class", p.type().label(), "temptation", p.temptation().toString(), "fear", p.fear().toString()));
      m.put("players", ps);
      m.put("world", world);
      return m;
    }
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String title() {
    return "Jervis (1978) security dilemma; 2x2, enummixed";
  }

  @Override
  public String citation() {
    return "Jervis, R. (1978). Cooperation under the Security Dilemma. World Politics 30(2), 167-214; Glaser, C. L. (1997). "
        + "The Security Dilemma Revisited. World Politics 50(1), 171-201.";
  }

  @Override
  public List<RoleSpec> roles() {
    return List.of(STATES);
  }

  @Override
  public List<ParamSpec> parameters() {
    return List.of(OFFENSE, DISTINGUISH, ARMS);
  }

  @Override
  public Result build(Scenario s, GameInputs in) {
    List<String> st = role(s, in, STATES);
    return build(s, new Params(st.get(0), st.get(1), in.issues(), in.param(OFFENSE.name()), in.param(DISTINGUISH.name()),
        in.param(ARMS.name())));
  }

  public Result build(Scenario s, Params params) {
    Actor a = ScenarioValues.actor(s, params.stateA(), "state");
    Actor b = ScenarioValues.actor(s, params.stateB(), "state");
    List<Issue> issues = ScenarioValues.common(s, ScenarioValues.issues(s, params.issues()), a.id(), b.id());
    List<Derived> der = new ArrayList<>();
    Rational o = q(params.offenseAdvantage().orElse(OFFENSE.defaultValue().getAsDouble()));
    Rational d = q(params.distinguishability().orElse(DISTINGUISH.defaultValue().getAsDouble()));
    Rational k = q(params.armsCost().orElse(ARMS.defaultValue().getAsDouble()));
    der.add(Derived.param(OFFENSE, o.doubleValue(), params.offenseAdvantage().isEmpty()));
    der.add(Derived.param(DISTINGUISH, d.doubleValue(), params.distinguishability().isEmpty()));
    der.add(Derived.param(ARMS, k.doubleValue(), params.armsCost().isEmpty()));
    Rational e = o.multiply(Rational.ONE.subtract(d));
    der.add(new Derived("e", e.doubleValue(), "o·(1 − d) = " + num(o) + "·(1 − " + num(d) + ")", List.of()));
    Derived ca = ScenarioValues.stateCapability(s, a);
    Derived cb = ScenarioValues.stateCapability(s, b);
    Derived pa = ScenarioValues.share(ca, cb, a.id(), b.id());
    Rational pA = q(pa.value());
    Rational pB = Rational.ONE.subtract(pA);
    Derived pb = new Derived("p[" + b.id() + "]", pB.doubleValue(), "1 − p[" + a.id() + "]", List.of());
    Derived wa = ScenarioValues.stake(s, issues, a.id(), b.id(), der);
    Derived wb = ScenarioValues.stake(s, issues, b.id(), a.id(), der);
    der.addAll(List.of(ca, cb, pa, pb, wa, wb));

    Payoff[] pyA = payoffs(a.id(), b.id(), pA, pB, q(wa.value()), e, k);
    Payoff[] pyB = payoffs(b.id(), a.id(), pB, pA, q(wb.value()), e, k);
    // profiles, first player fastest: (R,R) (A,R) (R,A) (A,A); pyX = {R, S, T, P}
    List<Outcome> outcomes = List.of(
        new Outcome(1, "mutual restraint", Payoff.values(pyA[0], pyB[0])),
        new Outcome(2, a.id() + " arms alone", Payoff.values(pyA[2], pyB[1])),
        new Outcome(3, b.id() + " arms alone", Payoff.values(pyA[1], pyB[2])),
        new Outcome(4, "arms race", Payoff.values(pyA[3], pyB[3])));
    StrategicGame g = new StrategicGame("Security dilemma " + a.id() + " vs " + b.id() + " (" + s.metadata().id() + ")",
        "Jervis (1978) security dilemma built by peninsula game build security-dilemma; payoffs in U",
        List.of(a.id(), b.id()), List.of(STRATEGIES, STRATEGIES), outcomes, new int[] {1, 2, 3, 4});
    PlayerClass clA = classOf(a.id(), pyA);
    PlayerClass clB = classOf(b.id(), pyB);
    String name = TwoByTwoClass.classification(a.id(), clA.type(), b.id(), clB.type());
    List<Payoff> all = new ArrayList<>(List.of(pyA));
    all.addAll(List.of(pyB));
    return new Result(g, name, List.of(clA, clB), new VertexEnumeration().solve(g), world(o, d), der, all);
  }

  /** Jervis's four worlds (his closing table), read at the midpoint 1/2 of o and d. */
  static String world(Rational o, Rational d) {
    Rational half = Rational.of(1, 2);
    boolean offence = o.compareTo(half) > 0;
    boolean distinguishable = d.compareTo(half) > 0;
    String where = (offence ? "offence has the advantage" : "defence has the advantage") + " (o = " + num(o) + "), postures "
        + (distinguishable ? "distinguishable" : "hard to tell apart") + " (d = " + num(d) + "): ";
    if (offence && !distinguishable) return where + "\"doubly dangerous\"";
    if (!offence && !distinguishable) return where + "\"security dilemma, but security requirements may be compatible\"";
    if (offence) return where + "\"no security dilemma, but aggression possible\" (aggression by greedy states is not in this game)";
    return where + "\"doubly stable\"";
  }

  /** {R, S, T, P} of player i. */
  static Payoff[] payoffs(String i, String j, Rational pi, Rational pj, Rational wi, Rational e, Rational k) {
    String sfx = "[" + i + "]";
    return new Payoff[] {
      new Payoff(i, "R (both restrain)", Rational.ZERO, "0 (status quo, no arms cost)"),
      new Payoff(i, "S (" + i + " restrains, " + j + " arms)", e.multiply(pj).multiply(wi).negate(),
          "−e·p[" + j + "]·w" + sfx + " = −" + num(e) + "·" + num(pj) + "·" + num(wi)),
      new Payoff(i, "T (" + i + " arms, " + j + " restrains)", e.multiply(pi).multiply(wi).subtract(k),
          "e·p" + sfx + "·w" + sfx + " − k = " + num(e) + "·" + num(pi) + "·" + num(wi) + " − " + num(k)),
      new Payoff(i, "P (both arm)", k.negate(), "−k = −" + num(k)),
    };
  }

  private static PlayerClass classOf(String actor, Payoff[] p) {
    TwoByTwoClass c = TwoByTwoClass.of(p);
    return new PlayerClass(actor, c, p[2].value().subtract(p[0].value()), p[3].value().subtract(p[1].value()));
  }
}
