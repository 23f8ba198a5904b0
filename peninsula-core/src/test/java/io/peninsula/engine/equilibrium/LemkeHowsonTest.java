package io.peninsula.engine.equilibrium;

import static io.peninsula.engine.equilibrium.VertexEnumerationTest.m;
import static io.peninsula.engine.equilibrium.VertexEnumerationTest.profile;
import static io.peninsula.engine.equilibrium.VertexEnumerationTest.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LemkeHowsonTest {
  private final LemkeHowson lh = new LemkeHowson();

  static final StrategicGame BOS = StrategicGame.bimatrix("bos", m(new long[][] {{2, 0}, {0, 1}}), m(new long[][] {{1, 0}, {0, 2}}));
  static final MixedProfile TOP_LEFT = profile(new Rational[] {r(1, 1), r(0, 1)}, new Rational[] {r(1, 1), r(0, 1)});
  static final MixedProfile BOTTOM_RIGHT = profile(new Rational[] {r(0, 1), r(1, 1)}, new Rational[] {r(0, 1), r(1, 1)});
  static final MixedProfile BOS_MIXED = profile(new Rational[] {r(2, 3), r(1, 3)}, new Rational[] {r(1, 3), r(2, 3)});

  @Test
  void fromLabel_battleOfTheSexes_eachLabelEndsAtThePureEquilibriumHandComputed() {
    // Positive payoffs A+1 = [[3,1],[1,2]], B+1 = [[2,1],[1,3]]. Label 1: x1 enters s + B'x = 1, ratios 1/2 < 1/1, s1 leaves;
    // y1 enters r + Ay = 1, ratios 1/3 < 1/1, r1 leaves: label 1 picked up at x = (1/2, 0), y = (1/3, 0), i.e. (T, L).
    // Labels 1 and 3 start with the same two pivots in the other order; labels 2 and 4 mirror them to (B, R).
    // The mixed equilibrium has index -1, like the artificial one, so no path from (0, 0) ends there (Shapley 1974).
    assertThat(lh.fromLabel(BOS, 1)).isEqualTo(TOP_LEFT);
    assertThat(lh.fromLabel(BOS, 3)).isEqualTo(TOP_LEFT);
    assertThat(lh.fromLabel(BOS, 2)).isEqualTo(BOTTOM_RIGHT);
    assertThat(lh.fromLabel(BOS, 4)).isEqualTo(BOTTOM_RIGHT);
    assertThat(lh.firstEquilibrium(BOS)).isEqualTo(TOP_LEFT);
  }

  @Test
  void solve_battleOfTheSexes_pathsFromThePureEquilibriaReachTheMixedOne() {
    assertThat(lh.solve(BOS)).containsExactly(TOP_LEFT, BOS_MIXED, BOTTOM_RIGHT);
  }

  @Test
  void solve_matchingPennies_uniqueHalfHalf() {
    StrategicGame g = StrategicGame.bimatrix("mp", m(new long[][] {{1, -1}, {-1, 1}}), m(new long[][] {{-1, 1}, {1, -1}}));
    MixedProfile half = profile(new Rational[] {r(1, 2), r(1, 2)}, new Rational[] {r(1, 2), r(1, 2)});
    assertThat(lh.solve(g)).containsExactly(half);
    for (int k = 1; k <= 4; k++) assertThat(lh.fromLabel(g, k)).isEqualTo(half);
  }

  static StrategicGame random(SplittableRandom rnd, int rows, int cols, int lo, int hi) {
    long[][] a = new long[rows][cols];
    long[][] b = new long[rows][cols];
    for (int i = 0; i < rows; i++)
      for (int j = 0; j < cols; j++) {
        a[i][j] = rnd.nextInt(lo, hi);
        b[i][j] = rnd.nextInt(lo, hi);
      }
    return StrategicGame.bimatrix("random", m(a), m(b));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void solve_randomSmallGames_everyEquilibriumVerifiesAndIsAnExtremeOneOfEnummixed(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    // small payoff range: ties and degeneracy are frequent (seeds 1-10), wide range: nondegenerate (11-20)
    StrategicGame g = random(rnd, 2 + rnd.nextInt(4), 2 + rnd.nextInt(4), seed <= 10 ? -2 : -1000, seed <= 10 ? 3 : 1000);
    List<MixedProfile> all = lh.solve(g);
    assertThat(all).isEqualTo(lh.solveExact(g)); // the double-precision first attempt changes nothing
    List<MixedProfile> extreme = new VertexEnumeration().solve(g);
    assertThat(all).isNotEmpty().doesNotHaveDuplicates().isSortedAccordingTo(LemkeHowson.ORDER);
    for (MixedProfile x : all) assertThat(StrategicPayoffs.isNash(g, x)).isTrue();
    // Lemke-Howson ends at vertices of the best-response polytopes, so its equilibria are extreme ones
    assertThat(extreme).containsAll(all);
    int labels = g.numStrategies(0) + g.numStrategies(1);
    for (int k = 1; k <= labels; k++) {
      MixedProfile fast = lh.fromLabel(g, k);
      assertThat(all).contains(fast);
      if (seed > 10) assertThat(fast).isEqualTo(lh.fromLabelExact(g, k)); // nondegenerate: one path, same end
    }
  }

  @Test
  void solve_completelyDegenerateGames_terminate() {
    // all payoffs equal: every profile is an equilibrium and every ratio test ties; the lexicographic rule must still end
    StrategicGame flat = StrategicGame.bimatrix("flat", m(new long[5][4]), m(new long[5][4]));
    List<MixedProfile> all = lh.solve(flat);
    assertThat(all).isNotEmpty();
    for (MixedProfile x : all) assertThat(StrategicPayoffs.isNash(flat, x)).isTrue();
    assertThat(lh.fromLabel(flat, 1)).isIn(all);
  }

  @Test
  void fromLabel_badLabel_namesTheRange() {
    assertThatThrownBy(() -> lh.fromLabel(BOS, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label = 5: must be in 1..4 (m + n strategies)");
  }

  @Test
  void fromLabel_randomHundredByHundred_exactEquilibrium() {
    StrategicGame g = random(new SplittableRandom(42), 100, 100, 0, 1000);
    MixedProfile x = lh.firstEquilibrium(g);
    assertThat(StrategicPayoffs.maxRegret(g, x)).isEqualTo(Rational.ZERO);
    assertThat(x).isEqualTo(lh.fromLabelExact(g, 1));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void solve_randomTwelveByTwelve_sameAsExactAndAllVerify(long seed) {
    StrategicGame g = random(new SplittableRandom(seed), 12, 12, 0, 1000);
    List<MixedProfile> all = lh.solve(g);
    assertThat(all).isEqualTo(lh.solveExact(g));
    for (MixedProfile x : all) assertThat(StrategicPayoffs.isNash(g, x)).isTrue();
  }

  /** Random games with all payoffs of each player distinct (in 0..99): nondegenerate for these seeds. */
  static StrategicGame distinct(SplittableRandom rnd, int rows, int cols) {
    long[][] a = new long[rows][cols];
    long[][] b = new long[rows][cols];
    java.util.Set<Long> usedA = new java.util.HashSet<>();
    java.util.Set<Long> usedB = new java.util.HashSet<>();
    for (int i = 0; i < rows; i++)
      for (int j = 0; j < cols; j++) {
        do a[i][j] = rnd.nextInt(100); while (!usedA.add(a[i][j]));
        do b[i][j] = rnd.nextInt(100); while (!usedB.add(b[i][j]));
      }
    return StrategicGame.bimatrix("distinct", m(a), m(b));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 746})
  void solve_nondegenerateGames_reachableOddAndUnreachedComeInPairs(long seed) {
    // In a nondegenerate game the paths of each label pair up the artificial equilibrium and all equilibria. The set
    // reachable from the artificial one is closed under every label's pairing, so its complement is paired too: an even
    // number of unreached equilibria, and (with the artificial one) an odd number reached (Shapley 1974).
    StrategicGame g = distinct(new SplittableRandom(seed), 4, 4);
    List<MixedProfile> reached = lh.solve(g);
    List<MixedProfile> all = new VertexEnumeration().solve(g);
    assertThat(all).containsAll(reached);
    assertThat(all.size() % 2).isEqualTo(1);
    assertThat(reached.size() % 2).isEqualTo(1);
  }

  @Test
  void solve_gameWithUnreachableEquilibria_findsOnlyThePureOne() {
    // Found by seeded search (distinct(SplittableRandom(746), 4, 4)): three equilibria, and the two mixed ones are linked
    // only to each other, so Lemke-Howson from the artificial equilibrium (and from the pure one) never reaches them.
    StrategicGame g = distinct(new SplittableRandom(746), 4, 4);
    MixedProfile pure = profile(new Rational[] {r(0, 1), r(1, 1), r(0, 1), r(0, 1)}, new Rational[] {r(1, 1), r(0, 1), r(0, 1), r(0, 1)});
    assertThat(lh.solve(g)).containsExactly(pure);
    List<MixedProfile> all = new VertexEnumeration().solve(g);
    assertThat(all).hasSize(3).contains(pure)
        .contains(profile(new Rational[] {r(0, 1), r(0, 1), r(19, 40), r(21, 40)}, new Rational[] {r(0, 1), r(33, 50), r(0, 1), r(17, 50)}));
    for (MixedProfile x : all) assertThat(StrategicPayoffs.isNash(g, x)).isTrue();
  }
}
