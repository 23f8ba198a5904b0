package io.peninsula.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.peninsula.engine.equilibrium.StrategicPayoffs;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityDilemmaGameTest {
  /** A (capability 3, stands at 100, salience 0.5) and B (1, at 0, salience 1) on one issue. */
  static Scenario twoStates() {
    return new Tiny().actor("A", 3).actor("B", 1).position("A", "x", 100, 0.5).position("B", "x", 0, 1).build();
  }

  static SecurityDilemmaGame.Params params(double o, double d, double k) {
    return new SecurityDilemmaGame.Params("A", "B", List.of("x"), OptionalDouble.of(o), OptionalDouble.of(d), OptionalDouble.of(k));
  }

  @Test
  void build_handComputedPayoffs_stagHuntAgainstDeadlock() {
    // p_A = 0.75, p_B = 0.25, w_A = 0.5·1 = 0.5, w_B = 1·1 = 1, e = 1·(1 − 0.5) = 0.5, k = 0.35
    // A: R = −0.25·0.5 = −0.125, S = −0.125 − 0.25 = −0.375, T = 0.5·0.75·0.5 − 0.35 = −0.1625, P = −0.35
    // B: R = −0.75, S = −1.25, T = 0.5·0.25·1 − 0.35 = −0.225, P = −0.35
    var r = new SecurityDilemmaGame().build(twoStates(), params(1, 0.5, 0.35));
    var g = r.game();
    assertThat(g.payoff(new int[] {0, 0}, 0)).isEqualTo(Rational.parse("-0.125"));
    assertThat(g.payoff(new int[] {0, 1}, 0)).isEqualTo(Rational.parse("-0.375"));
    assertThat(g.payoff(new int[] {1, 0}, 0)).isEqualTo(Rational.parse("-0.1625"));
    assertThat(g.payoff(new int[] {1, 1}, 0)).isEqualTo(Rational.parse("-0.35"));
    assertThat(g.payoff(new int[] {0, 0}, 1)).isEqualTo(Rational.parse("-0.75"));
    assertThat(g.payoff(new int[] {1, 0}, 1)).isEqualTo(Rational.parse("-1.25"));
    assertThat(g.payoff(new int[] {0, 1}, 1)).isEqualTo(Rational.parse("-0.225"));
    assertThat(g.payoff(new int[] {1, 1}, 1)).isEqualTo(Rational.parse("-0.35"));
    assertThat(r.players()).extracting(SecurityDilemmaGame.PlayerClass::type)
        .containsExactly(TwoByTwoClass.STAG_HUNT, TwoByTwoClass.DEADLOCK);
    assertThat(r.classification()).isEqualTo("asymmetric: A Stag Hunt / B Deadlock");
    // B arms whatever A does; A's best reply to arming is to arm: the arms race is the only equilibrium
    assertThat(r.equilibria()).containsExactly(new MixedProfile(List.of(
        List.of(Rational.ZERO, Rational.ONE), List.of(Rational.ZERO, Rational.ONE))));
  }

  @Test
  void build_symmetricStates_prisonersDilemmaUnderOffenseAndStagHuntUnderDefense() {
    // equal capabilities and stakes 1: A_i = 0.5 − k; PD band (−e/2, 0), SH band (−e, −e/2]
    Scenario s = new Tiny().actor("A", 1).actor("B", 1).position("A", "x", 100, 1).position("B", "x", 0, 1).build();
    var pd = new SecurityDilemmaGame().build(s, params(1, 0, 0.7)); // e = 1, A = −0.2
    assertThat(pd.classification()).isEqualTo("Prisoner's Dilemma");
    var sh = new SecurityDilemmaGame().build(s, params(0.6, 0.1, 0.8)); // e = 0.54, A = −0.3
    assertThat(sh.classification()).isEqualTo("Stag Hunt");
    assertThat(sh.equilibria()).hasSize(3);
    var harmony = new SecurityDilemmaGame().build(s, params(0.2, 0.8, 0.8)); // e = 0.04
    assertThat(harmony.classification()).isEqualTo("Harmony");
  }

  @Test
  void build_derivationNamesScenarioSources() {
    var r = new SecurityDilemmaGame().build(twoStates(), params(1, 0.5, 0.3));
    assertThat(r.derivation()).anySatisfy(d -> {
      assertThat(d.symbol()).isEqualTo("C[A]");
      assertThat(d.sources()).containsExactly("cap-A");
    });
    assertThat(r.derivation()).anySatisfy(d -> {
      assertThat(d.symbol()).isEqualTo("δ[B]");
      assertThat(d.value()).isCloseTo(1.0, within(1e-12));
      assertThat(d.sources()).containsExactly("pos-B", "pos-A");
    });
    assertThat(r.payoffs()).hasSize(8).allSatisfy(p -> assertThat(p.formula()).contains("="));
  }

  @Test
  void build_unknownState_namesTheActors() {
    assertThatThrownBy(() -> new SecurityDilemmaGame().build(twoStates(), SecurityDilemmaGame.Params.of("A", "Z")))
        .hasMessage("state \"Z\" is not an actor of scenario tiny (actors: A, B)");
  }

  /** Random two-state scenarios on three issues. */
  static Scenario random(SplittableRandom rnd) {
    Tiny t = new Tiny().actor("A", 0.01 + rnd.nextDouble()).actor("B", 0.01 + rnd.nextDouble());
    for (String k : List.of("x", "y", "z")) {
      t.position("A", k, 100 * rnd.nextDouble(), rnd.nextDouble());
      t.position("B", k, 100 * rnd.nextDouble(), rnd.nextDouble());
    }
    return t.build();
  }

  static SecurityDilemmaGame.Params randomParams(double o, double d, double k) {
    return new SecurityDilemmaGame.Params("A", "B", List.of("x", "y", "z"), OptionalDouble.of(o), OptionalDouble.of(d), OptionalDouble.of(k));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void classes_moveAwayFromCooperationAsOffenseRisesOrDistinguishabilityFalls(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 25; trial++) {
      Scenario s = random(rnd);
      double k = 0.3 * rnd.nextDouble();
      double d = rnd.nextDouble();
      int[] last = {-1, -1};
      for (double o = 0; o <= 1.0001; o += 0.05) {
        var r = new SecurityDilemmaGame().build(s, randomParams(Math.min(o, 1), d, k));
        for (int p = 0; p < 2; p++) {
          TwoByTwoClass c = r.players().get(p).type();
          assertThat(c).isNotEqualTo(TwoByTwoClass.CHICKEN);
          assertThat(c.ordinal()).as("seed %d trial %d o %.2f player %d", seed, trial, o, p).isGreaterThanOrEqualTo(last[p]);
          last[p] = c.ordinal();
        }
      }
      double o = rnd.nextDouble();
      last[0] = last[1] = Integer.MAX_VALUE;
      for (double dd = 0; dd <= 1.0001; dd += 0.05) {
        var r = new SecurityDilemmaGame().build(s, randomParams(o, Math.min(dd, 1), k));
        for (int p = 0; p < 2; p++) {
          int c = r.players().get(p).type().ordinal();
          assertThat(c).isLessThanOrEqualTo(last[p]);
          last[p] = c;
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14})
  void classes_defenseDominantOrDistinguishable_noDilemma_offenseAndIndistinguishable_pdOrDeadlockWhenTempted(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 50; trial++) {
      Scenario s = random(rnd);
      double k = 0.3 * rnd.nextDouble();
      // doubly stable (Jervis's fourth world): no security dilemma — restraint or arming is chosen for its own sake
      var stable = new SecurityDilemmaGame().build(s, randomParams(0, 1, k));
      for (var p : stable.players()) assertThat(p.type()).isIn(TwoByTwoClass.HARMONY, TwoByTwoClass.DEADLOCK);
      var distinguishable = new SecurityDilemmaGame().build(s, randomParams(1, 1, k));
      assertThat(distinguishable.players()).extracting(SecurityDilemmaGame.PlayerClass::type)
          .isEqualTo(stable.players().stream().map(SecurityDilemmaGame.PlayerClass::type).toList());
      // doubly dangerous: whoever is tempted to exploit is in a Prisoner's Dilemma or Deadlock, never a Stag Hunt
      var dangerous = new SecurityDilemmaGame().build(s, randomParams(1, 0, k));
      for (var p : dangerous.players())
        if (p.temptation() > 0) assertThat(p.type()).isIn(TwoByTwoClass.PRISONERS_DILEMMA, TwoByTwoClass.DEADLOCK);
      for (MixedProfile x : dangerous.equilibria()) assertThat(StrategicPayoffs.isNash(dangerous.game(), x)).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22})
  void classes_matchTheClosedFormBands(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 200; trial++) {
      double pi = 0.05 + 0.9 * rnd.nextDouble();
      double w = 0.05 + 0.95 * rnd.nextDouble();
      double e = rnd.nextDouble();
      double k = 0.5 * rnd.nextDouble();
      Payoff[] py = SecurityDilemmaGame.payoffs("i", "j", pi, 1 - pi, w, e, k);
      TwoByTwoClass c = TwoByTwoClass.of(py[0].value(), py[1].value(), py[2].value(), py[3].value());
      double a = (1 - pi) * w - k;
      if (Math.min(Math.min(Math.abs(a), Math.abs(a + e * pi * w)), Math.abs(a + e * w)) < 1e-3) continue; // rounding band
      TwoByTwoClass expected = a > 0 ? TwoByTwoClass.DEADLOCK : a > -e * pi * w ? TwoByTwoClass.PRISONERS_DILEMMA
          : a > -e * w ? TwoByTwoClass.STAG_HUNT : TwoByTwoClass.HARMONY;
      assertThat(c).as("p %.3f w %.3f e %.3f k %.3f", pi, w, e, k).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {31, 32})
  void classes_doNotDependOnWhichStateIsNamedFirst(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 30; trial++) {
      Scenario s = random(rnd);
      double o = rnd.nextDouble();
      double d = rnd.nextDouble();
      double k = 0.3 * rnd.nextDouble();
      var ab = new SecurityDilemmaGame().build(s, randomParams(o, d, k));
      var ba = new SecurityDilemmaGame().build(s, new SecurityDilemmaGame.Params("B", "A", List.of("x", "y", "z"),
          OptionalDouble.of(o), OptionalDouble.of(d), OptionalDouble.of(k)));
      assertThat(ab.players().get(0)).isEqualTo(ba.players().get(1));
      assertThat(ab.players().get(1)).isEqualTo(ba.players().get(0));
      assertThat(ab.equilibria()).hasSameSizeAs(ba.equilibria());
    }
  }
}
