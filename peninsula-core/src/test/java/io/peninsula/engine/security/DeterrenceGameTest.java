package io.peninsula.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.engine.equilibrium.BackwardInduction;
import io.peninsula.engine.equilibrium.ExtensivePayoffs;
import io.peninsula.engine.security.DeterrenceGame.Variant;
import io.peninsula.game.Rational;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeterrenceGameTest {
  /** Challenger CH (capability chCap, at 0, salience 1), defender DEF (defCap, at 100, salience 0.5) on force_posture: n = 1. */
  static Scenario pair(double chCap, double defCap, boolean chNuclear) {
    Tiny t = new Tiny();
    if (chNuclear) t.nuclearActor("CH", chCap, 30);
    else t.actor("CH", chCap);
    return t.actor("DEF", defCap).position("CH", "force_posture", 0, 1).position("DEF", "force_posture", 100, 0.5).build();
  }

  static DeterrenceGame.Params params(Variant v, OptionalDouble tau, double b, double kc, double kn) {
    return new DeterrenceGame.Params("CH", "DEF", List.of("force_posture"), v, Optional.of("force_posture"), tau, OptionalDouble.of(b),
        OptionalDouble.of(kc), OptionalDouble.of(kn));
  }

  static DeterrenceGame.Params params(Variant v, double b, double kc, double kn) {
    return params(v, OptionalDouble.empty(), b, kc, kn);
  }

  static Rational payoff(DeterrenceGame.Result r, String player, String outcome) {
    return r.payoffs().stream().filter(p -> p.player().equals(player) && p.outcome().equals(outcome)).findFirst().orElseThrow().value();
  }

  static Rational r(String s) {
    return Rational.parse(s);
  }

  @Test
  void build_handDerivedInExactFractions_weakChallengerBacksDown() {
    // n = 1; w_CH = 1·|0 − 100|/100 = 1, w_DEF = 1/2; p_CH = 1/4, p_DEF = 3/4; c_CH = 1/2·3/4 = 3/8, c_DEF = 1/2·1/4 = 1/8
    // τ = s_DEF/n = 1/2. u(CW) = (1, −1/2 − 1/2), u(DW) = (−1/10, 0), u(DD) = (1/4·1 − 3/8, −1/4·1/2 − 1/8) = (−1/8, −1/4)
    // τ* = c_DEF − p_DEF·w_DEF = 1/8 − 3/8 = −1/4 (credible even at τ = 0); b* = c_CH − p_CH·w_CH = 3/8 − 1/4 = 1/8
    var res = new DeterrenceGame().build(pair(1, 3, false), params(Variant.TRIPWIRE, 0.1, 0.5, 0.5));
    assertThat(payoff(res, "CH", DeterrenceGame.CW)).isEqualTo(Rational.ONE);
    assertThat(payoff(res, "DEF", DeterrenceGame.CW)).isEqualTo(Rational.of(-1));
    assertThat(payoff(res, "CH", DeterrenceGame.DW)).isEqualTo(r("-1/10"));
    assertThat(payoff(res, "CH", DeterrenceGame.CONFLICT)).isEqualTo(r("-1/8"));
    assertThat(payoff(res, "DEF", DeterrenceGame.CONFLICT)).isEqualTo(r("-1/4"));
    assertThat(res.tau()).isEqualTo(r("1/2"));
    assertThat(res.tripwireThreshold()).isEqualTo(r("-1/4"));
    assertThat(res.backdownThreshold()).isEqualTo(r("1/8"));
    assertThat(res.defenderCredible()).isTrue();
    assertThat(res.challengerCredible()).isFalse();
    assertThat(res.outcome()).isEqualTo(DeterrenceGame.SQ);
    assertThat(res.beliefThreshold()).as("the challenger backs down: q* does not apply").isEmpty();
    assertThat(res.summary()).contains("  defender's threat credible: yes (credible iff τ ≥ τ* = -0.25; τ = 0.5)");
    assertThat(ExtensivePayoffs.isNash(res.game(), res.spe())).isTrue();
  }

  @Test
  void offshoreAtTauZero_credibleOnlyWhenTheUnclampedThresholdIsBelowZero() {
    // the old output printed "credible: yes (credible iff τ > τ* = 0)" at τ = 0; τ* is no longer clamped
    var res = new DeterrenceGame().build(pair(1, 3, false), params(Variant.OFFSHORE, 0.1, 0.5, 0.5));
    assertThat(res.tau()).isEqualTo(Rational.ZERO);
    assertThat(res.tripwireThreshold()).isEqualTo(r("-1/4"));
    assertThat(res.defenderCredible()).isTrue();
    var nuclear = new DeterrenceGame().build(pair(1, 3, true), params(Variant.OFFSHORE, 0.1, 0.5, 0.5));
    assertThat(nuclear.tripwireThreshold()).isEqualTo(r("1/4")); // c_DEF = 1/8 + 1/2
    assertThat(nuclear.defenderCredible()).isFalse();
  }

  @Test
  void credibleChallenger_qStarIsTheBeliefThatMakesChallengingWorthNothing() {
    // b = 1/5 > b* = 1/8: CH fights; q* = w/(w − u_Ch(DD)) = 1/(1 + 1/8) = 8/9
    var res = new DeterrenceGame().build(pair(1, 3, false), params(Variant.TRIPWIRE, 0.2, 0.5, 0.5));
    assertThat(res.challengerCredible()).isTrue();
    assertThat(res.beliefThreshold()).contains(r("8/9"));
    assertThat(res.outcome()).isEqualTo(DeterrenceGame.SQ);
  }

  @Test
  void nuclearChallenger_tripWireDetersWhereOffshoreFails() {
    // κ_nuc = 1: c_DEF = 1/8 + 1 = 9/8, u_DEF(DD) = −1/8 − 9/8 = −5/4; offshore u_DEF(CW) = −1/2 > −5/4: concede
    // tripwire τ = 1: u_DEF(CW) = −3/2 < −5/4: resist; b = 1 > b* = 1/8: CH would fight, but u_CH(DD) = −1/8 < 0: deterred
    Scenario s = pair(1, 3, true);
    var offshore = new DeterrenceGame().build(s, params(Variant.OFFSHORE, 1, 0.5, 1));
    var tripwire = new DeterrenceGame().build(s, params(Variant.TRIPWIRE, OptionalDouble.of(1), 1, 0.5, 1));
    assertThat(offshore.outcome()).isEqualTo(DeterrenceGame.CW);
    assertThat(tripwire.outcome()).isEqualTo(DeterrenceGame.SQ);
    assertThat(tripwire.tripwireThreshold()).isEqualTo(r("3/4"));
  }

  @Test
  void strongChallenger_credibleThreatDoesNotDeter() {
    // perfect deterrence: credibility is not sufficient. p_CH = 3/4, u_CH(DD) = 3/4 − 1/8 = 5/8 > 0
    var res = new DeterrenceGame().build(pair(3, 1, false), params(Variant.TRIPWIRE, 0.1, 0.5, 0.5));
    assertThat(res.defenderCredible()).isTrue();
    assertThat(res.outcome()).isEqualTo(DeterrenceGame.CONFLICT);
    assertThat(res.beliefThreshold()).isEmpty();
    assertThat(res.beliefNote()).startsWith("war pays the challenger");
  }

  @Test
  void ties_goToTheStatusQuoSide_asDocumented() {
    // τ = τ* exactly: the defender resists (credible iff τ ≥ τ*); b = b* exactly: the challenger backs down
    Scenario s = pair(1, 3, true);
    var atTau = new DeterrenceGame().build(s, params(Variant.TRIPWIRE, OptionalDouble.of(0.25), 1, 0.5, 0.5)); // τ* = 1/4
    assertThat(atTau.tripwireThreshold()).isEqualTo(r("1/4"));
    assertThat(atTau.defenderCredible()).isTrue();
    assertThat(atTau.spe().probability(1, 0, 0)).as("Resist").isEqualTo(Rational.ONE);
    var atB = new DeterrenceGame().build(s, params(Variant.TRIPWIRE, 0.125, 0.5, 0.5)); // b* = 1/8
    assertThat(atB.challengerCredible()).isFalse();
    assertThat(atB.spe().probability(0, 1, 0)).as("Back down").isEqualTo(Rational.ONE);
  }

  @Test
  void warCosts_deterrenceIsNotMonotone_perfectDeterrence() {
    // Zagare & Kilgour: costlier war does not always help deterrence, because it erodes the defender's credibility first.
    // p_CH = 1/4, offshore (τ = 0), b = 1.2, κ_conv = κ_nuc = κ (no arsenals): u_CH(DD) = 1/4 − 3κ/4,
    // defender credible iff κ ≤ 3/2, challenger credible iff κ < 5.8/3
    Scenario s = pair(1, 3, false);
    List<Boolean> holds = new ArrayList<>();
    for (double k : new double[] {0.2, 1.0, 1.7, 1.95})
      holds.add(new DeterrenceGame().build(s, params(Variant.OFFSHORE, 1.2, k, k)).deterrenceHolds());
    assertThat(holds).containsExactly(false, true, false, true);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void verdicts_agreeWithTheEquilibriumAndASecondImplementation(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 60; trial++) {
      Scenario s = Tiny.random(rnd, "CH", "DEF", 1 + rnd.nextInt(3));
      Variant v = rnd.nextBoolean() ? Variant.TRIPWIRE : Variant.OFFSHORE;
      OptionalDouble tau = v == Variant.TRIPWIRE && rnd.nextBoolean() ? OptionalDouble.of(rnd.nextDouble()) : OptionalDouble.empty();
      var p = new DeterrenceGame.Params("CH", "DEF", List.of(), v, Optional.of("i0"), tau, OptionalDouble.of(rnd.nextDouble()),
          OptionalDouble.of(2 * rnd.nextDouble()), OptionalDouble.of(2 * rnd.nextDouble()));
      var res = new DeterrenceGame().build(s, p);
      String at = "seed " + seed + " trial " + trial;
      Rational w = payoff(res, "CH", DeterrenceGame.CW);
      Rational cwDef = payoff(res, "DEF", DeterrenceGame.CW);
      Rational dw = payoff(res, "CH", DeterrenceGame.DW);
      Rational ddCh = payoff(res, "CH", DeterrenceGame.CONFLICT);
      Rational ddDef = payoff(res, "DEF", DeterrenceGame.CONFLICT);
      // a second implementation of the thresholds and of backward induction, with the documented tie rules
      boolean fights = ddCh.compareTo(dw) > 0;
      boolean resists = fights ? ddDef.compareTo(cwDef) >= 0 : cwDef.signum() <= 0;
      Rational value = resists ? (fights ? ddCh : dw) : w;
      String expected = value.signum() > 0 ? (resists ? (fights ? DeterrenceGame.CONFLICT : DeterrenceGame.DW) : DeterrenceGame.CW)
          : DeterrenceGame.SQ;
      assertThat(res.outcome()).as(at).isEqualTo(expected);
      assertThat(res.deterrenceHolds()).as(at).isEqualTo(expected.equals(DeterrenceGame.SQ));
      assertThat(res.challengerCredible()).as(at).isEqualTo(fights).isEqualTo(res.backdown().compareTo(res.backdownThreshold()) > 0);
      assertThat(res.defenderCredible()).as(at).isEqualTo(ddDef.compareTo(cwDef) >= 0)
          .isEqualTo(res.tau().compareTo(res.tripwireThreshold()) >= 0);
      assertThat(res.summary().get(1)).as(at).startsWith("  defender's threat credible: " + (res.defenderCredible() ? "yes" : "no"));
      assertThat(res.summary().get(2)).as(at).startsWith("  challenger's threat credible: " + (fights ? "yes" : "no"));
      // the printed equilibrium actions
      assertThat(res.spe().probability(0, 1, 1)).as(at + " Fight").isEqualTo(fights ? Rational.ONE : Rational.ZERO);
      assertThat(res.spe().probability(1, 0, 0)).as(at + " Resist").isEqualTo(resists ? Rational.ONE : Rational.ZERO);
      assertThat(BackwardInduction.isSubgamePerfect(res.game(), choices(res))).as(at).isTrue();
      // q* only where the defender's resolve matters, and there it makes challenging worth exactly 0
      boolean applies = fights && ddCh.signum() < 0 && w.signum() > 0;
      assertThat(res.beliefThreshold().isPresent()).as(at).isEqualTo(applies);
      res.beliefThreshold().ifPresent(q -> assertThat(Rational.ONE.subtract(q).multiply(w).add(q.multiply(ddCh))).as(at).isEqualTo(Rational.ZERO));
    }
  }

  private static int[][] choices(DeterrenceGame.Result res) {
    int[][] c = new int[2][];
    c[0] = new int[] {res.spe().probability(0, 0, 0).signum() > 0 ? 0 : 1, res.spe().probability(0, 1, 0).signum() > 0 ? 0 : 1};
    c[1] = new int[] {res.spe().probability(1, 0, 0).signum() > 0 ? 0 : 1};
    return c;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void comparativeStatics_moreDefenderCredibilityNeverWeakensDeterrence_moreChallengerResolveNeverStrengthensIt(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 30; trial++) {
      Scenario s = Tiny.random(rnd, "CH", "DEF", 1 + rnd.nextInt(3));
      double b = rnd.nextDouble();
      double kc = 2 * rnd.nextDouble();
      double kn = 2 * rnd.nextDouble();
      boolean held = false;
      for (int k = 0; k <= 20; k++) {
        var res = new DeterrenceGame().build(s, new DeterrenceGame.Params("CH", "DEF", List.of(), Variant.TRIPWIRE, Optional.empty(),
            OptionalDouble.of(k / 20.0), OptionalDouble.of(b), OptionalDouble.of(kc), OptionalDouble.of(kn)));
        if (held) assertThat(res.deterrenceHolds()).as("seed %d trial %d τ %d/20", seed, trial, k).isTrue();
        held = res.deterrenceHolds();
      }
      boolean failed = false;
      for (int k = 0; k <= 20; k++) {
        var res = new DeterrenceGame().build(s, new DeterrenceGame.Params("CH", "DEF", List.of(), Variant.OFFSHORE, Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.of(k / 10.0), OptionalDouble.of(kc), OptionalDouble.of(kn)));
        if (failed) assertThat(res.deterrenceHolds()).as("seed %d trial %d b %d/10", seed, trial, k).isFalse();
        failed = !res.deterrenceHolds();
      }
    }
  }

  @Test
  void registry_rolesComeFromTheScenario_andAMissingRoleNamesTheSectionAndTheOption() {
    Scenario s = pair(1, 3, false);
    assertThatThrownBy(() -> new DeterrenceGame().build(s, GameInputs.NONE))
        .hasMessageStartingWith("scenario tiny assigns no challenger for deterrence: add it to the scenario's roles: section "
            + "(roles: deterrence: challenger: ID, with a source) or give --challenger ID");
    var in = GameInputs.NONE.withRole("challenger", List.of("CH")).withRole("defender", List.of("DEF"));
    assertThatThrownBy(() -> new DeterrenceGame().build(s, in)).hasMessageContaining("--tripwire-issue ID").hasMessageContaining("--tripwire-cost T");
    var withTripwire = in.withRole("tripwire_issue", List.of("force_posture"));
    assertThatThrownBy(() -> new DeterrenceGame().build(s, withTripwire))
        .hasMessage("scenario tiny declares no security issues: add them to the scenario's roles: section (roles: security_issues: [ID, ...], "
            + "with security_issues_source) or give --issues ID,...");
    var built = new DeterrenceGame().build(s, new GameInputs(withTripwire.roles(), java.util.Map.of(), java.util.Map.of(), List.of("force_posture")));
    assertThat(built.other()).isPresent();
    assertThat(built.verdict()).containsExactly("tripwire: Status Quo", "tripwire: defender credible yes", "tripwire: challenger credible no",
        "offshore: Status Quo", "offshore: defender credible yes");
  }
}
