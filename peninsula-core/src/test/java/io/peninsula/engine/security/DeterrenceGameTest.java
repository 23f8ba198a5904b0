package io.peninsula.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.equilibrium.ExtensivePayoffs;
import io.peninsula.engine.security.DeterrenceGame.Variant;
import io.peninsula.game.Rational;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeterrenceGameTest {
  /** Challenger CH (capability chCap, at 0, salience 1), defender DEF (defCap, at 100, salience 0.5) on force_posture. */
  static Scenario pair(double chCap, double defCap, boolean chNuclear) {
    Tiny t = new Tiny();
    if (chNuclear) t.nuclearActor("CH", chCap, 30);
    else t.actor("CH", chCap);
    return t.actor("DEF", defCap).position("CH", "force_posture", 0, 1).position("DEF", "force_posture", 100, 0.5).build();
  }

  static DeterrenceGame.Params params(Variant v, double b, double kc, double kn) {
    return new DeterrenceGame.Params("CH", "DEF", List.of("force_posture"), v, OptionalDouble.empty(), OptionalDouble.of(b),
        OptionalDouble.of(kc), OptionalDouble.of(kn));
  }

  static Rational payoff(DeterrenceGame.Result r, String player, String outcome) {
    return r.payoffs().stream().filter(p -> p.player().equals(player) && p.outcome().equals(outcome)).findFirst().orElseThrow().value();
  }

  @Test
  void build_handComputed_weakChallengerBacksDownAndIsDeterred() {
    // w_CH = 1·1 = 1, w_DEF = 0.5·1 = 0.5; p_CH = 0.25, p_DEF = 0.75; c_CH = 0.5·0.75 = 0.375, c_DEF = 0.5·0.25 = 0.125
    // tripwire τ = salience of DEF on force_posture = 0.5
    var r = new DeterrenceGame().build(pair(1, 3, false), params(Variant.TRIPWIRE, 0.1, 0.5, 0.5));
    assertThat(payoff(r, "CH", DeterrenceGame.CW)).isEqualTo(Rational.ONE);
    assertThat(payoff(r, "DEF", DeterrenceGame.CW)).isEqualTo(Rational.of(-1)); // −0.5 − 0.5
    assertThat(payoff(r, "CH", DeterrenceGame.DW)).isEqualTo(Rational.parse("-0.1"));
    assertThat(payoff(r, "CH", DeterrenceGame.CONFLICT)).isEqualTo(Rational.parse("-0.875")); // (0.5 − 1)·1 − 0.375
    assertThat(payoff(r, "DEF", DeterrenceGame.CONFLICT)).isEqualTo(Rational.parse("0.125")); // 0.5·0.5 − 0.125
    assertThat(r.outcome()).isEqualTo(DeterrenceGame.SQ);
    assertThat(r.deterrenceHolds()).isTrue();
    assertThat(r.defenderCredible()).isTrue();
    assertThat(r.challengerCredible()).isFalse();
    assertThat(r.tripwireThreshold()).isZero(); // 0.125 − 2·0.75·0.5 < 0
    assertThat(r.backdownThreshold()).isCloseTo(0.875, within(1e-12)); // −Conflict for CH
    assertThat(r.beliefThreshold().getAsDouble()).isCloseTo(1 / 1.1, within(1e-12)); // w / (w + b)
    assertThat(ExtensivePayoffs.isNash(r.game(), r.spe())).isTrue();
    assertThat(r.game().isPerfectInformation()).isTrue();
  }

  @Test
  void build_nuclearChallenger_tripwireDetersWhereOffshoreFails() {
    // CH nuclear, κ_nuc = 1: c_DEF = 0.5·0.25 + 1 = 1.125, Conflict for DEF = 0.25 − 1.125 = −0.875
    // offshore: Challenger Wins costs DEF only 0.5 → it concedes → CH challenges and wins
    // tripwire: conceding costs 0.5 + τ 0.5 = 1 > 0.875 → DEF resists; b = 1 makes CH fight (−0.875 > −1)
    // so a challenge means Conflict, worse for CH than the Status Quo → deterred
    Scenario s = pair(1, 3, true);
    var offshore = new DeterrenceGame().build(s, params(Variant.OFFSHORE, 1, 0.5, 1));
    var tripwire = new DeterrenceGame().build(s, params(Variant.TRIPWIRE, 1, 0.5, 1));
    assertThat(offshore.outcome()).isEqualTo(DeterrenceGame.CW);
    assertThat(offshore.defenderCredible()).isFalse();
    assertThat(offshore.deterrenceHolds()).isFalse();
    assertThat(tripwire.outcome()).isEqualTo(DeterrenceGame.SQ);
    assertThat(tripwire.defenderCredible()).isTrue();
    assertThat(tripwire.challengerCredible()).isTrue();
    assertThat(offshore.tripwireThreshold()).isCloseTo(0.375, within(1e-12)); // 1.125 − 2·0.75·0.5
  }

  @Test
  void build_strongChallenger_credibleThreatDoesNotDeter() {
    // Perfect deterrence: credibility is not sufficient. CH (3) against DEF (1): Conflict pays CH 0.5·1 − 0.125 > 0
    var r = new DeterrenceGame().build(pair(3, 1, false), params(Variant.TRIPWIRE, 0.1, 0.5, 0.5));
    assertThat(r.defenderCredible()).isTrue();
    assertThat(r.outcome()).isEqualTo(DeterrenceGame.CONFLICT);
    assertThat(r.beliefThreshold()).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void deterrence_neverWeakenedByAHigherTripwireCost_andMatchesTheThresholds(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 40; trial++) {
      Scenario s = pair(0.1 + rnd.nextDouble(), 0.1 + rnd.nextDouble(), rnd.nextBoolean());
      double b = rnd.nextDouble();
      double kc = rnd.nextDouble();
      double kn = rnd.nextDouble();
      boolean held = false;
      for (double tau = 0; tau <= 2; tau += 0.1) {
        var p = new DeterrenceGame.Params("CH", "DEF", List.of("force_posture"), Variant.TRIPWIRE, OptionalDouble.of(tau),
            OptionalDouble.of(b), OptionalDouble.of(kc), OptionalDouble.of(kn));
        var r = new DeterrenceGame().build(s, p);
        if (held) assertThat(r.deterrenceHolds()).as("seed %d trial %d tau %.1f", seed, trial, tau).isTrue();
        held = r.deterrenceHolds();
        if (Math.abs(tau - r.tripwireThreshold()) > 1e-3 && r.tripwireThreshold() > 0)
          assertThat(r.defenderCredible()).isEqualTo(tau > r.tripwireThreshold());
        assertThat(ExtensivePayoffs.isNash(r.game(), r.spe())).isTrue();
      }
    }
  }
}
