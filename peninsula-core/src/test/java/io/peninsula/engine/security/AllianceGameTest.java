package io.peninsula.engine.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
  /** Patron P (capability 3, at 100, salience 0.5), client K (1, at clientPos, salience 1). */
  static Scenario pair(double clientPos) {
    return new Tiny().actor("P", 3).actor("K", 1).position("P", "x", 100, 0.5).position("K", "x", clientPos, 1)
        .defence("p-k", "P", "K").build();
  }

  static AllianceGame.Params params() {
    return new AllianceGame.Params("P", "K", List.of("x"), OptionalDouble.of(0.5));
  }

  @Test
  void build_divergentAllies_bothHedge_patronDeadlockClientPrisonersDilemma() {
    // D_P = 0.25, D_K = 0.75; σ_P = 0.5, σ_K = 1; δ = 0.5 for both
    // β_P = 0.125, ε_P = 0.25 → CC −0.125, CH −0.25, HC 0.0625, HH 0; q*_P = 0.25/(0.5·0.125) = 4
    // β_K = 0.75, ε_K = 0.5 → CC 0.25, CH −0.5, HC 0.375, HH 0; q*_K = 0.5/0.375 = 4/3
    var r = new AllianceGame().build(pair(50), params());
    var g = r.game();
    assertThat(g.payoff(new int[] {0, 0}, 0)).isEqualTo(Rational.parse("-0.125"));
    assertThat(g.payoff(new int[] {0, 1}, 0)).isEqualTo(Rational.parse("-0.25"));
    assertThat(g.payoff(new int[] {1, 0}, 0)).isEqualTo(Rational.parse("0.0625"));
    assertThat(g.payoff(new int[] {0, 0}, 1)).isEqualTo(Rational.parse("0.25"));
    assertThat(g.payoff(new int[] {1, 0}, 1)).isEqualTo(Rational.parse("-0.5"));
    assertThat(g.payoff(new int[] {0, 1}, 1)).isEqualTo(Rational.parse("0.375"));
    assertThat(r.allies().get(0).commitThreshold()).isCloseTo(4, within(1e-12));
    assertThat(r.allies().get(1).commitThreshold()).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(r.classification()).isEqualTo("asymmetric: P Deadlock / K Prisoner's Dilemma");
    assertThat(r.equilibria()).hasSize(1);
    assertThat(r.equilibria().get(0).abandonment()).containsExactly(1.0, 1.0);
    assertThat(r.equilibria().get(0).entrapment()).containsExactly(0.0, 0.0);
    assertThat(r.relation()).hasValueSatisfying(rel -> assertThat(rel.id()).isEqualTo("p-k"));
  }

  @Test
  void build_closeAllies_assuranceGame_mixedEquilibriumAtTheThresholds() {
    // client at 90: δ = 0.1; ε_P = 0.05, ε_K = 0.1; q*_P = 0.05/0.0625 = 0.8, q*_K = 0.1/0.375 = 4/15
    var r = new AllianceGame().build(pair(90), params());
    assertThat(r.classification()).isEqualTo("Stag Hunt");
    assertThat(r.equilibria()).hasSize(3);
    var mixed = r.equilibria().stream().filter(x -> !x.equilibrium().probability(0, 0).isInteger()).findFirst().orElseThrow();
    // each ally commits with exactly the probability that makes the other indifferent: the other's q*
    assertThat(mixed.equilibrium().probability(0, 0)).isEqualTo(Rational.of(4, 15));
    assertThat(mixed.equilibrium().probability(1, 0)).isEqualTo(Rational.of(4, 5));
    assertThat(mixed.abandonment().get(0)).isCloseTo(0.2, within(1e-12));
    assertThat(mixed.abandonment().get(1)).isCloseTo(11.0 / 15, within(1e-12));
    // deviation losses: commit (0.0125·0.275) < hedge (0.05·0.1)
    assertThat(r.riskDominant()).hasValue("both hedge");
  }

  @Test
  void defaultClient_firstDefencePartner() {
    assertThat(AllianceGame.defaultClient(pair(50), "P")).hasValue("K");
    assertThat(AllianceGame.defaultClient(pair(50), "K")).hasValue("P");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void commitThreshold_isWhereCommittingBecomesABestReply(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 50; trial++) {
      Scenario s = new Tiny().actor("P", 0.1 + rnd.nextDouble()).actor("K", 0.1 + rnd.nextDouble())
          .position("P", "x", 100 * rnd.nextDouble(), 0.05 + rnd.nextDouble() * 0.95)
          .position("K", "x", 100 * rnd.nextDouble(), 0.05 + rnd.nextDouble() * 0.95).build();
      var r = new AllianceGame().build(s, new AllianceGame.Params("P", "K", List.of("x"), OptionalDouble.of(rnd.nextDouble() * 0.9)));
      var g = r.game();
      double q = rnd.nextDouble();
      // patron commits against a client committing with probability q
      Rational qr = Payoff.exact(q);
      MixedProfile x = new MixedProfile(List.of(List.of(Rational.ONE, Rational.ZERO), List.of(qr, Rational.ONE.subtract(qr))));
      double commit = io.peninsula.engine.equilibrium.StrategicPayoffs.pureAgainst(g, x, 0, 0).doubleValue();
      double hedge = io.peninsula.engine.equilibrium.StrategicPayoffs.pureAgainst(g, x, 0, 1).doubleValue();
      double threshold = r.allies().get(0).commitThreshold();
      if (Math.abs(qr.doubleValue() - threshold) > 0.01) assertThat(commit > hedge).isEqualTo(qr.doubleValue() > threshold);
    }
  }
}
