package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PureStrategyEnumerationTest {
  /** The best-response marking agrees with checking every deviation of every profile, on random games with many ties. */
  @Test
  void bestResponseMarking_equalsDeviationCheck_onRandomGames() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int game = 0; game < 300; game++) {
      int n = 1 + rnd.nextInt(4);
      List<String> players = new ArrayList<>();
      List<List<String>> strategies = new ArrayList<>();
      int profiles = 1;
      for (int p = 0; p < n; p++) {
        players.add("P" + p);
        int c = 1 + rnd.nextInt(4);
        List<String> s = new ArrayList<>();
        for (int k = 0; k < c; k++) s.add("s" + k);
        strategies.add(s);
        profiles *= c;
      }
      List<List<Rational>> pay = new ArrayList<>();
      for (int k = 0; k < profiles; k++) {
        List<Rational> v = new ArrayList<>();
        for (int p = 0; p < n; p++) v.add(Rational.of(rnd.nextInt(3)));
        pay.add(v);
      }
      StrategicGame g = StrategicGame.ofPayoffs("g", players, strategies, pay);
      boolean[] best = PureStrategyEnumeration.bestResponses(g);
      for (int k = 0; k < profiles; k++)
        assertThat(best[k]).as("game %d profile %d", game, k).isEqualTo(PureStrategyEnumeration.isPureEquilibrium(g, g.profile(k)));
    }
  }

  @Test
  void prisonersDilemma_hasTheOneDefectDefectEquilibrium() {
    Rational[][] a = {{Rational.of(3), Rational.of(0)}, {Rational.of(5), Rational.of(1)}};
    Rational[][] b = {{Rational.of(3), Rational.of(5)}, {Rational.of(0), Rational.of(1)}};
    var eq = new PureStrategyEnumeration().solve(StrategicGame.bimatrix("pd", a, b));
    assertThat(eq).hasSize(1);
    assertThat(eq.get(0)).isEqualTo(PureStrategyEnumeration.pure(StrategicGame.bimatrix("pd", a, b), new int[] {1, 1}));
  }
}
