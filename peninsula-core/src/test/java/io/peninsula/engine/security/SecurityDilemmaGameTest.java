package io.peninsula.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

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
  /** A (capability 3, stands at 100, salience 0.5) and B (1, at 0, salience 1) on one issue: n = 1. */
  static Scenario twoStates() {
    return new Tiny().actor("A", 3).actor("B", 1).position("A", "x", 100, 0.5).position("B", "x", 0, 1).build();
  }

  static SecurityDilemmaGame.Params params(String a, String b, double o, double d, double k) {
    return new SecurityDilemmaGame.Params(a, b, List.of(), OptionalDouble.of(o), OptionalDouble.of(d), OptionalDouble.of(k));
  }

  static Rational r(String s) {
    return Rational.parse(s);
  }

  @Test
  void build_handDerivedInExactFractions_weakSideInStagHuntStrongSideInChicken() {
    // p_A = 3/4, p_B = 1/4, w_A = 1/2, w_B = 1; o = 1, d = 1/2: e = 1/2; k = 3/20
    // A: T − R = e·p_A·w_A − k = 3/16 − 3/20 = 3/80 > 0 (tempted); P − S = e·p_B·w_A − k = 1/16 − 3/20 = −7/80 (not afraid): Chicken
    // B: T − R = e·p_B·w_B − k = 1/8 − 3/20 = −1/40; P − S = e·p_A·w_B − k = 3/8 − 3/20 = 9/40: Stag Hunt
    var res = new SecurityDilemmaGame().build(twoStates().withRoles(io.peninsula.model.Roles.NONE),
        new SecurityDilemmaGame.Params("A", "B", List.of("x"), OptionalDouble.of(1), OptionalDouble.of(0.5), OptionalDouble.of(0.15)));
    var g = res.game();
    assertThat(g.payoff(new int[] {0, 0}, 0)).isEqualTo(Rational.ZERO);
    assertThat(g.payoff(new int[] {1, 0}, 0)).isEqualTo(r("3/16").subtract(r("3/20")));
    assertThat(g.payoff(new int[] {0, 1}, 0)).isEqualTo(r("-1/16"));
    assertThat(g.payoff(new int[] {1, 1}, 0)).isEqualTo(r("-3/20"));
    assertThat(g.payoff(new int[] {0, 1}, 1)).isEqualTo(r("1/8").subtract(r("3/20")));
    assertThat(g.payoff(new int[] {1, 0}, 1)).isEqualTo(r("-3/8"));
    assertThat(res.players().get(0).temptation()).isEqualTo(r("3/80"));
    assertThat(res.players().get(0).fear()).isEqualTo(r("-7/80"));
    assertThat(res.players().get(1).temptation()).isEqualTo(r("-1/40"));
    assertThat(res.players().get(1).fear()).isEqualTo(r("9/40"));
    assertThat(res.classification()).isEqualTo("asymmetric: A Chicken / B Stag Hunt");
    // A arms against restraint and restrains against arming; B matches A: the only equilibrium is (Arm, Arm)? No:
    // B's best reply to Arm is Arm, to Restrain is Restrain; A's best reply to Restrain is Arm, to Arm is Restrain → a unique mixed equilibrium
    assertThat(res.equilibria()).hasSize(1);
    assertThat(res.equilibria().get(0).probability(0, 0).signum()).isPositive();
    assertThat(res.equilibria().get(0).probability(0, 1).signum()).isPositive();
  }

  @Test
  void restraintConcedesNothing_noDeadlockWhenArmingCosts() {
    // Jervis: mutual restraint saves the arms cost without conceding, so (R,R) beats (A,A) for both whenever k > 0
    SplittableRandom rnd = new SplittableRandom(7);
    for (int t = 0; t < 200; t++) {
      Scenario s = Tiny.random(rnd, "A", "B", 1 + rnd.nextInt(3));
      var res = new SecurityDilemmaGame().build(s, params("A", "B", rnd.nextDouble(), rnd.nextDouble(), 0.01 + 0.99 * rnd.nextDouble()));
      assertThat(res.players()).noneMatch(p -> p.type() == TwoByTwoClass.DEADLOCK);
    }
  }

  @Test
  void distinguishablePostures_noSecurityDilemmaWhateverTheOffenceBalance_documentedDeparture() {
    // Jervis's third world ("offence advantage, distinguishable"): "no security dilemma, but aggression possible". Between security
    // seekers the game shows the first half: at d = 1 nobody is tempted or afraid, for any o. The world label says the rest.
    for (double o : new double[] {0, 0.5, 1}) {
      var res = new SecurityDilemmaGame().build(twoStates(), new SecurityDilemmaGame.Params("A", "B", List.of("x"), OptionalDouble.of(o),
          OptionalDouble.of(1), OptionalDouble.of(0.1)));
      assertThat(res.classification()).isEqualTo("Harmony");
    }
    var w3 = new SecurityDilemmaGame().build(twoStates(), new SecurityDilemmaGame.Params("A", "B", List.of("x"), OptionalDouble.of(0.9),
        OptionalDouble.of(0.9), OptionalDouble.of(0.1)));
    assertThat(w3.world()).contains("no security dilemma, but aggression possible").contains("not in this game");
    var w4 = new SecurityDilemmaGame().build(twoStates(), new SecurityDilemmaGame.Params("A", "B", List.of("x"), OptionalDouble.of(0.1),
        OptionalDouble.of(0.9), OptionalDouble.of(0.1)));
    assertThat(w4.world()).endsWith("\"doubly stable\"");
  }

  private static int harshness(TwoByTwoClass c) {
    return switch (c) { // (tempted, afraid) as two bits: harsher means a bit switched on
      case HARMONY -> 0;
      case STAG_HUNT -> 1;
      case CHICKEN -> 2;
      case PRISONERS_DILEMMA, DEADLOCK -> 3;
    };
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void comparativeStatics_moreDefenceAdvantageOrDistinguishabilityNeverMakesTheDilemmaHarsher(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 40; trial++) {
      Scenario s = Tiny.random(rnd, "A", "B", 1 + rnd.nextInt(3));
      double d = rnd.nextDouble();
      double o = rnd.nextDouble();
      double k = 0.01 + 0.5 * rnd.nextDouble();
      int[] prev = null;
      for (int step = 20; step >= 0; step--) { // offence advantage falling = defence advantage rising
        var res = new SecurityDilemmaGame().build(s, params("A", "B", step / 20.0, d, k));
        int[] h = {harshness(res.players().get(0).type()), harshness(res.players().get(1).type())};
        if (prev != null)
          for (int p = 0; p < 2; p++) assertThat(h[p] & ~prev[p]).as("seed %d trial %d o %d/20 player %d", seed, trial, step, p).isZero();
        prev = h;
      }
      prev = null;
      for (int step = 0; step <= 20; step++) { // distinguishability rising
        var res = new SecurityDilemmaGame().build(s, params("A", "B", o, step / 20.0, k));
        int[] h = {harshness(res.players().get(0).type()), harshness(res.players().get(1).type())};
        if (prev != null)
          for (int p = 0; p < 2; p++) assertThat(h[p] & ~prev[p]).as("seed %d trial %d d %d/20 player %d", seed, trial, step, p).isZero();
        prev = h;
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23, 24})
  void verdicts_agreeWithTheEquilibriaPrintedBesideThem(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 80; trial++) {
      Scenario s = Tiny.random(rnd, "A", "B", 1 + rnd.nextInt(3));
      var res = new SecurityDilemmaGame().build(s, params("A", "B", rnd.nextDouble(), rnd.nextDouble(), 0.5 * rnd.nextDouble()));
      String at = "seed " + seed + " trial " + trial;
      var g = res.game();
      for (int p = 0; p < 2; p++) {
        var pc = res.players().get(p);
        // temptation and fear are exactly the payoff differences of the printed game
        int[] rr = {0, 0};
        int[] ar = p == 0 ? new int[] {1, 0} : new int[] {0, 1};
        int[] ra = p == 0 ? new int[] {0, 1} : new int[] {1, 0};
        int[] aa = {1, 1};
        assertThat(pc.temptation()).as(at).isEqualTo(g.payoff(ar, p).subtract(g.payoff(rr, p)));
        assertThat(pc.fear()).as(at).isEqualTo(g.payoff(aa, p).subtract(g.payoff(ra, p)));
        assertThat(pc.type()).as(at).isEqualTo(TwoByTwoClass.of(g.payoff(rr, p), g.payoff(ra, p), g.payoff(ar, p), g.payoff(aa, p)));
        assertThat(res.summary().get(1 + p)).as(at).startsWith("  " + pc.actor() + ": " + pc.type().label());
      }
      // every printed equilibrium is one, and the pure ones are exactly the profiles the classes' best replies make mutual
      for (MixedProfile x : res.equilibria()) assertThat(StrategicPayoffs.isNash(g, x)).as(at).isTrue();
      for (int a = 0; a < 2; a++)
        for (int b = 0; b < 2; b++) {
          boolean aBest = bestReply(res.players().get(0), b) == a || tie(res.players().get(0), b);
          boolean bBest = bestReply(res.players().get(1), a) == b || tie(res.players().get(1), a);
          int fa = a;
          int fb = b;
          boolean printed = res.equilibria().stream().anyMatch(x -> x.probability(0, fa).equals(Rational.ONE) && x.probability(1, fb).equals(Rational.ONE));
          if (aBest && bBest && !tie(res.players().get(0), b) && !tie(res.players().get(1), a)) assertThat(printed).as(at + " " + a + b).isTrue();
          if (!(aBest && bBest)) assertThat(printed).as(at + " " + a + b).isFalse();
        }
    }
  }

  /** The best reply (0 Restrain, 1 Arm) of a player to the rival's move, read from its temptation and fear only. */
  private static int bestReply(SecurityDilemmaGame.PlayerClass p, int rival) {
    return (rival == 0 ? p.temptation() : p.fear()).signum() > 0 ? 1 : 0;
  }

  private static boolean tie(SecurityDilemmaGame.PlayerClass p, int rival) {
    return (rival == 0 ? p.temptation() : p.fear()).signum() == 0;
  }
}
