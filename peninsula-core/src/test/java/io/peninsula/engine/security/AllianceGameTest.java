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

class AllianceGameTest {
  static Rational r(String s) {
    return Rational.parse(s);
  }

  @Test
  void build_handDerivedInExactFractions() {
    // P (3) at 60 with salience 1/2, C (1) at 40 with salience 1; n = 1, δ = 1/5 both
    // D_P = 1/4, β_P = 1/8, ε_P = 1/10, q*_P = (1/10)/((1/2)(1/8)) = 8/5 > 1: hedging dominates (Deadlock: P(HH) = 0 ≥ R = 1/40)
    // D_C = 3/4, β_C = 3/4, ε_C = 1/5, q*_C = (1/5)/((1/2)(3/4)) = 8/15: Stag Hunt
    Scenario s = new Tiny().actor("P", 3).actor("C", 1).position("P", "x", 60, 0.5).position("C", "x", 40, 1).build();
    var res = new AllianceGame().build(s, new AllianceGame.Params("P", "C", List.of("x"), OptionalDouble.of(0.5)));
    assertThat(res.allies().get(0).commitThreshold()).isEqualTo(r("8/5"));
    assertThat(res.allies().get(0).hedgingDominates()).isTrue();
    assertThat(res.allies().get(1).commitThreshold()).isEqualTo(r("8/15"));
    assertThat(res.allies().get(1).type()).isEqualTo(TwoByTwoClass.STAG_HUNT);
    assertThat(res.game().payoff(new int[] {0, 0}, 1)).isEqualTo(r("11/20"));
    assertThat(res.game().payoff(new int[] {1, 0}, 1)).isEqualTo(r("-1/5")); // C commits, P hedges
    assertThat(res.game().payoff(new int[] {0, 0}, 0)).isEqualTo(r("1/40"));
    assertThat(res.equilibriumLines()).containsExactly("1. P: Hedge; C: Hedge\n     abandonment risk P 1, C 1; entrapment risk P 0, C 0");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {41, 42, 43, 44})
  void verdicts_agreeWithTheEquilibriaPrintedBesideThem(long seed) {
    // the fault: at γ = 0.481 the old output said "hedging dominates" and listed mutual commitment as an equilibrium
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 80; trial++) {
      Scenario s = Tiny.random(rnd, "P", "C", 1 + rnd.nextInt(3));
      var res = new AllianceGame().build(s, new AllianceGame.Params("P", "C", List.of(), OptionalDouble.of(0.99 * rnd.nextDouble())));
      String at = "seed " + seed + " trial " + trial;
      for (int i = 0; i < 2; i++) {
        var a = res.allies().get(i);
        boolean tempted = a.type() == TwoByTwoClass.PRISONERS_DILEMMA || a.type() == TwoByTwoClass.DEADLOCK || a.type() == TwoByTwoClass.CHICKEN;
        assertThat(a.hedgingDominates()).as(at + " " + a + " " + res.payoffs()).isEqualTo(a.commitThreshold().compareTo(Rational.ONE) > 0)
            .isEqualTo(tempted);
        String line = res.summary().stream().filter(l -> l.startsWith("  " + a.actor() + ":")).findFirst().orElseThrow();
        assertThat(line.contains("none: hedging dominates")).as(at).isEqualTo(a.hedgingDominates());
        int fi = i;
        if (a.hedgingDominates())
          assertThat(res.equilibriumRisks()).as(at).allMatch(x -> x.equilibrium().probability(fi, 0).signum() == 0);
      }
      for (var x : res.equilibriumRisks()) {
        MixedProfile m = x.equilibrium();
        assertThat(StrategicPayoffs.isNash(res.game(), m)).as(at).isTrue();
        // in a mixed equilibrium each ally commits with the probability that leaves the other exactly at its q*
        if (m.probability(0, 0).signum() > 0 && m.probability(0, 1).signum() > 0 && m.probability(1, 0).signum() > 0 && m.probability(1, 1).signum() > 0) {
          assertThat(m.probability(1, 0)).as(at).isEqualTo(res.allies().get(0).commitThreshold());
          assertThat(m.probability(0, 0)).as(at).isEqualTo(res.allies().get(1).commitThreshold());
        }
      }
    }
  }
}
