package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  /**
   * The search must return exactly the old exhaustive method's equilibria (same set, same order) on
   * random games of 1..6 strategies each. Small payoff ranges make ties, degenerate vertices and
   * continua of equilibria frequent; the large scales push the pivots past 64 bits (BigInteger
   * fallback) — at 10^15 after a few pivots, at 10^30 from the start; denominators test scaling.
   */
  @ParameterizedTest
  @CsvSource({"0, 1, 1, 150", "0, 3, 1, 150", "-5, 5, 1, 100", "0, 99, 1, 60", "0, 1000000, 1, 30",
      "0, 3, 1000000000000000, 40", "1, 9, 1000000000000000000000000000000, 30", "-3, 3, 7, 40"})
  void solve_randomGames_sameEquilibriaAsExhaustiveOracle(long lo, long hi, BigInteger scale, int games) {
    SplittableRandom rnd = new SplittableRandom(lo * 31 + hi);
    for (int game = 0; game < games; game++) {
      int rows = 1 + rnd.nextInt(6);
      int cols = 1 + rnd.nextInt(6);
      Rational[][] a = new Rational[rows][cols];
      Rational[][] b = new Rational[rows][cols];
      for (int i = 0; i < rows; i++)
        for (int j = 0; j < cols; j++) {
          // scale 7 stands for rational payoffs: k/7 and k/5 (the search scales each matrix to integers)
          a[i][j] = scale.equals(BigInteger.valueOf(7)) ? Rational.of(rnd.nextLong(lo, hi + 1), 7)
              : Rational.of(BigInteger.valueOf(rnd.nextLong(lo, hi + 1)).multiply(scale), BigInteger.ONE);
          b[i][j] = scale.equals(BigInteger.valueOf(7)) ? Rational.of(rnd.nextLong(lo, hi + 1), 5)
              : Rational.of(BigInteger.valueOf(rnd.nextLong(lo, hi + 1)).multiply(scale).add(BigInteger.valueOf(rnd.nextInt(3))), BigInteger.ONE);
        }
      StrategicGame g = StrategicGame.bimatrix("random " + game, a, b);
      assertThat(new VertexEnumeration().solve(g)).as("game %d: %dx%d A=%s B=%s", game, rows, cols, List.of(a).stream().map(List::of).toList(),
          List.of(b).stream().map(List::of).toList()).isEqualTo(new ExhaustiveVertexEnumeration().solve(g));
    }
  }

  /**
   * More than 64 labels (label sets of two words): a random 3x3 game plus 62 rows that are strictly
   * dominated (Row's payoff −100 whatever Column does) has the same equilibria, padded with zeros,
   * since strictly dominated strategies are never played in equilibrium.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void solve_dominatedRowsBeyond64Labels_sameAsTheSmallGamePadded(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int extra = 62;
    long[][] a = new long[3 + extra][3];
    long[][] b = new long[3 + extra][3];
    for (int i = 0; i < 3 + extra; i++)
      for (int j = 0; j < 3; j++) {
        a[i][j] = i < 3 ? rnd.nextInt(4) : -100;
        b[i][j] = rnd.nextInt(4);
      }
    StrategicGame small = StrategicGame.bimatrix("small", m(java.util.Arrays.copyOf(a, 3)), m(java.util.Arrays.copyOf(b, 3)));
    List<MixedProfile> expected = new ExhaustiveVertexEnumeration().solve(small).stream()
        .map(x -> new MixedProfile(List.of(pad(x.probabilities().get(0), 3 + extra), x.probabilities().get(1)))).toList();
    assertThat(new VertexEnumeration().solve(StrategicGame.bimatrix("padded", m(a), m(b)))).isEqualTo(expected);
  }

  private static List<Rational> pad(List<Rational> v, int length) {
    List<Rational> out = new java.util.ArrayList<>(v);
    while (out.size() < length) out.add(Rational.ZERO);
    return out;
  }

  /** Degenerate by construction: duplicated rows and columns and constant payoffs, where the old method is the reference. */
  @Test
  void solve_duplicateStrategiesAndConstantPayoffs_sameAsExhaustiveOracle() {
    long[][][] cases = {
        {{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}, // all equal: every profile is an equilibrium
        {{1, 1, 2}, {1, 1, 2}, {3, 3, 0}}, // duplicated row and column
        {{2, 0, 2, 0}, {0, 1, 0, 1}, {2, 0, 2, 0}}};
    for (long[][] c : cases) {
      StrategicGame g = StrategicGame.bimatrix("degenerate", m(c), m(negate(c)));
      assertThat(new VertexEnumeration().solve(g)).isEqualTo(new ExhaustiveVertexEnumeration().solve(g));
      StrategicGame h = StrategicGame.bimatrix("degenerate", m(c), m(c));
      assertThat(new VertexEnumeration().solve(h)).isEqualTo(new ExhaustiveVertexEnumeration().solve(h));
    }
    // the all-zero game: P and Q are simplices whose vertices each carry every column's (row's) label
    StrategicGame zero = StrategicGame.bimatrix("zero", m(cases[0]), m(cases[0]));
    assertThat(new VertexEnumeration().solve(zero)).hasSize(9);
  }

  /**
   * Beyond the oracle's reach: a 15x15 game with payoffs 0..99 drawn from SplittableRandom(2024) as
   * bench/enummixed.sh draws them; lrsnash (lrslib 7.1) finds 25 equilibria in it (bench/enummixed.txt).
   */
  @Test
  void solve_random15x15_sameCountAsLrsnash() {
    StrategicGame g = randomGame(15, 15, 99, 2024);
    List<MixedProfile> eq = new VertexEnumeration().solve(g);
    assertThat(eq).hasSize(LRSNASH_COUNT_15X15_SEED_2024).doesNotHaveDuplicates();
    assertThat(eq).containsAll(new PureStrategyEnumeration().solve(g));
  }

  static final int LRSNASH_COUNT_15X15_SEED_2024 = 34;

  /** The games bench/enummixed.sh uses: A then B, row by row, each entry uniform in 0..max. */
  static StrategicGame randomGame(int rows, int cols, int max, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[][] a = new long[rows][cols];
    long[][] b = new long[rows][cols];
    for (long[][] mat : List.of(a, b)) for (long[] row : mat) for (int j = 0; j < cols; j++) row[j] = rnd.nextInt(max + 1);
    return StrategicGame.bimatrix("random " + rows + "x" + cols + " seed " + seed, m(a), m(b));
  }

  private static long[][] negate(long[][] v) {
    long[][] out = new long[v.length][v[0].length];
    for (int i = 0; i < v.length; i++) for (int j = 0; j < v[0].length; j++) out[i][j] = -v[i][j];
    return out;
  }
}
