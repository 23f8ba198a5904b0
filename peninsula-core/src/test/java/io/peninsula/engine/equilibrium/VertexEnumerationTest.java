package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VertexEnumerationTest {
  static Rational[][] m(long[][] v) {
    Rational[][] out = new Rational[v.length][v[0].length];
    for (int i = 0; i < v.length; i++) for (int j = 0; j < v[0].length; j++) out[i][j] = Rational.of(v[i][j]);
    return out;
  }

  static MixedProfile profile(Rational[] x, Rational[] y) {
    return new MixedProfile(List.of(List.of(x), List.of(y)));
  }

  static Rational r(long p, long q) {
    return Rational.of(p, q);
  }

  @Test
  void solve_battleOfTheSexes_threeEquilibriaIncludingTheMixedOne() {
    StrategicGame g = StrategicGame.bimatrix("bos", m(new long[][] {{2, 0}, {0, 1}}), m(new long[][] {{1, 0}, {0, 2}}));
    assertThat(new VertexEnumeration().solve(g)).containsExactly(
        profile(new Rational[] {r(1, 1), r(0, 1)}, new Rational[] {r(1, 1), r(0, 1)}),
        profile(new Rational[] {r(2, 3), r(1, 3)}, new Rational[] {r(1, 3), r(2, 3)}),
        profile(new Rational[] {r(0, 1), r(1, 1)}, new Rational[] {r(0, 1), r(1, 1)}));
  }

  @Test
  void solve_rockPaperScissors_uniqueUniform() {
    long[][] a = {{0, -1, 1}, {1, 0, -1}, {-1, 1, 0}};
    long[][] b = {{0, 1, -1}, {-1, 0, 1}, {1, -1, 0}};
    Rational t = r(1, 3);
    assertThat(new VertexEnumeration().solve(StrategicGame.bimatrix("rps", m(a), m(b))))
        .containsExactly(profile(new Rational[] {t, t, t}, new Rational[] {t, t, t}));
  }

  @Test
  void solve_degenerateGame_returnsTheExtremePointsOfTheContinuum() {
    // A = [[1, 1], [0, 2]], B = [[1, 1], [0, 0]]: the column player is indifferent whatever Row does,
    // so equilibria are (T, y) for y1 in [1/2, 1] (T pays 1, B pays 2 - 2·y1) and (B, y) for y1 in
    // [0, 1/2]: two segments, whose four end points are the extreme equilibria.
    StrategicGame g = StrategicGame.bimatrix("deg", m(new long[][] {{1, 1}, {0, 2}}), m(new long[][] {{1, 1}, {0, 0}}));
    assertThat(new VertexEnumeration().solve(g)).containsExactly(
        profile(new Rational[] {r(1, 1), r(0, 1)}, new Rational[] {r(1, 1), r(0, 1)}),
        profile(new Rational[] {r(1, 1), r(0, 1)}, new Rational[] {r(1, 2), r(1, 2)}),
        profile(new Rational[] {r(0, 1), r(1, 1)}, new Rational[] {r(1, 2), r(1, 2)}),
        profile(new Rational[] {r(0, 1), r(1, 1)}, new Rational[] {r(0, 1), r(1, 1)}));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void solve_randomGames_everyProfileVerifiedAndPureEquilibriaIncluded(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int rows = 2 + rnd.nextInt(3);
    int cols = 2 + rnd.nextInt(3);
    long[][] a = new long[rows][cols];
    long[][] b = new long[rows][cols];
    for (int i = 0; i < rows; i++)
      for (int j = 0; j < cols; j++) {
        a[i][j] = rnd.nextInt(-3, 4); // small range: ties and degeneracy are frequent
        b[i][j] = rnd.nextInt(-3, 4);
      }
    StrategicGame g = StrategicGame.bimatrix("random", m(a), m(b));
    List<MixedProfile> all = new VertexEnumeration().solve(g);
    assertThat(all).isNotEmpty(); // Nash (1951): every finite game has an equilibrium
    for (MixedProfile x : all) assertThat(StrategicPayoffs.isNash(g, x)).isTrue();
    assertThat(all).containsAll(new PureStrategyEnumeration().solve(g));
    assertThat(all).doesNotHaveDuplicates();
  }
}
