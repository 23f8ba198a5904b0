package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.game.BehaviorProfile;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SequenceFormLemkeTest {
  private final SequenceFormLemke lcp = new SequenceFormLemke();

  /** Builds games in code (our own fixtures; Gambit's files are only read by the formats tests). */
  static final class Builder {
    final List<List<InfoSet>> sets = List.of(new ArrayList<>(), new ArrayList<>());
    final List<InfoSet> chance = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();

    int infoSet(int player, String... actions) {
      List<InfoSet> own = sets.get(player);
      own.add(new InfoSet(player, own.size(), "h" + own.size(), List.of(actions), List.of()));
      return own.size() - 1;
    }

    GameNode leaf(long u1, long u2) {
      Outcome o = new Outcome(outcomes.size() + 1, "", List.of(Rational.of(u1), Rational.of(u2)));
      outcomes.add(o);
      return GameNode.terminal("", Optional.of(o));
    }

    GameNode move(int player, int set, GameNode... children) {
      return GameNode.decision("", player, set, List.of(children), Optional.empty());
    }

    GameNode chance(Rational[] probs, GameNode... children) {
      List<String> acts = new ArrayList<>();
      for (int a = 0; a < probs.length; a++) acts.add("c" + a);
      chance.add(new InfoSet(ExtensiveGame.CHANCE, chance.size(), "chance" + chance.size(), acts, List.of(probs)));
      return GameNode.decision("", ExtensiveGame.CHANCE, chance.size() - 1, List.of(children), Optional.empty());
    }

    ExtensiveGame game(GameNode root) {
      return new ExtensiveGame("test", "", List.of("1", "2"), root, sets, chance, outcomes);
    }
  }

  static Rational r(long p, long q) {
    return Rational.of(p, q);
  }

  /** Myerson's (1991) one-card poker: chance deals King or Queen (1/2 each) to player 1, who raises or folds; player 2 meets or passes. */
  static ExtensiveGame poker() {
    Builder b = new Builder();
    int king = b.infoSet(0, "Raise", "Fold");
    int queen = b.infoSet(0, "Raise", "Fold");
    int bob = b.infoSet(1, "Meet", "Pass");
    return b.game(b.chance(new Rational[] {r(1, 2), r(1, 2)},
        b.move(0, king, b.move(1, bob, b.leaf(2, -2), b.leaf(1, -1)), b.leaf(-1, 1)),
        b.move(0, queen, b.move(1, bob, b.leaf(-2, 2), b.leaf(1, -1)), b.leaf(-1, 1))));
  }

  @Test
  void equilibrium_oneCardPoker_uniqueMixedEquilibriumHandComputed() {
    // King: raising beats folding whatever Bob does. Queen raises with q, Bob meets with m. Bob is indifferent after a
    // raise when P(King | raise) = 1/(1+q) gives -2/(1+q) + 2q/(1+q) = -1, i.e. q = 1/3; Alice with the Queen is
    // indifferent when -2m + (1-m) = -1, i.e. m = 2/3. Value to Alice: 1/2(2·2/3 + 1/3) + 1/2(1/3(-4/3 + 1/3) - 2/3) = 1/3.
    ExtensiveGame g = poker();
    BehaviorProfile b = lcp.equilibrium(g);
    assertThat(b.probabilities()).containsExactly(
        List.of(List.of(Rational.ONE, Rational.ZERO), List.of(r(1, 3), r(2, 3))),
        List.of(List.of(r(2, 3), r(1, 3))));
    assertThat(ExtensivePayoffs.expected(g, b)).containsExactly(r(1, 3), r(-1, 3));
    assertThat(new LinearComplementarity().solve(g)).containsExactly(b);
  }

  /** Selten's (1975) figure-2 game: 1 takes R (1,1) or L; then 2 takes R (0,2) or L; then 1 takes r (0,3) or l (2,0). */
  static ExtensiveGame selten() {
    Builder b = new Builder();
    int first = b.infoSet(0, "R", "L");
    int second = b.infoSet(0, "r", "l");
    int two = b.infoSet(1, "R", "L");
    return b.game(b.move(0, first, b.leaf(1, 1), b.move(1, two, b.leaf(0, 2), b.move(0, second, b.leaf(0, 3), b.leaf(2, 0)))));
  }

  @Test
  void equilibrium_seltenPerfectInformation_nashButNotSubgamePerfect() {
    // In every equilibrium 1 takes R at once (L never pays more than max(2q, 0) and makes 2 answer R whenever 1 would
    // then take l), and 2's L has probability q <= 1/2 (else L, l pays 1 more than 1). The sequence form leaves 1's
    // second move undefined since 1's own plan never reaches it; the centroid (1/2, 1/2) is returned there, which is
    // not optimal in that subgame (l pays 2 > 0): a Nash equilibrium that backward induction would not give.
    ExtensiveGame g = selten();
    BehaviorProfile b = lcp.equilibrium(g);
    assertThat(ExtensivePayoffs.isNash(g, b)).isTrue();
    assertThat(b.probabilities().get(0)).containsExactly(List.of(Rational.ONE, Rational.ZERO), List.of(r(1, 2), r(1, 2)));
    assertThat(b.probability(1, 0, 1)).isLessThanOrEqualTo(r(1, 2));
    assertThat(b).isNotEqualTo(new BackwardInduction().solve(g).get(0));
  }

  /** A bimatrix game as a tree: 1 moves, 2 moves without seeing it. */
  static ExtensiveGame simultaneous(long[][] a, long[][] bm) {
    Builder b = new Builder();
    String[] rows = new String[a.length];
    String[] cols = new String[a[0].length];
    for (int i = 0; i < rows.length; i++) rows[i] = "r" + i;
    for (int j = 0; j < cols.length; j++) cols[j] = "c" + j;
    int one = b.infoSet(0, rows);
    int two = b.infoSet(1, cols);
    GameNode[] kids = new GameNode[rows.length];
    for (int i = 0; i < rows.length; i++) {
      GameNode[] leaves = new GameNode[cols.length];
      for (int j = 0; j < cols.length; j++) leaves[j] = b.leaf(a[i][j], bm[i][j]);
      kids[i] = b.move(1, two, leaves);
    }
    return b.game(b.move(0, one, kids));
  }

  @Test
  void equilibrium_matchingPenniesTree_halfHalf() {
    BehaviorProfile b = lcp.equilibrium(simultaneous(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}}));
    assertThat(b.probabilities()).containsExactly(List.of(List.of(r(1, 2), r(1, 2))), List.of(List.of(r(1, 2), r(1, 2))));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void equilibrium_randomBimatrixAsTree_isAnEquilibriumOfTheStrategicGame(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int rows = 2 + rnd.nextInt(3);
    int cols = 2 + rnd.nextInt(3);
    long[][] a = new long[rows][cols];
    long[][] bm = new long[rows][cols];
    for (int i = 0; i < rows; i++)
      for (int j = 0; j < cols; j++) {
        a[i][j] = rnd.nextInt(-1000, 1000); // wide range: nondegenerate, so every equilibrium is extreme
        bm[i][j] = rnd.nextInt(-1000, 1000);
      }
    BehaviorProfile b = lcp.equilibrium(simultaneous(a, bm));
    StrategicGame g = StrategicGame.bimatrix("random", VertexEnumerationTest.m(a), VertexEnumerationTest.m(bm));
    MixedProfile x = new MixedProfile(List.of(b.probabilities().get(0).get(0), b.probabilities().get(1).get(0)));
    assertThat(new VertexEnumeration().solve(g)).contains(x);
  }

  /** Random signalling games: chance draws one of k types for 1 (random probabilities), 1 acts, 2 sees only the act. */
  static ExtensiveGame signalling(SplittableRandom rnd, int types, int acts, int replies, int lo, int hi) {
    Builder b = new Builder();
    int[] typeSet = new int[types];
    String[] a = new String[acts];
    String[] rep = new String[replies];
    for (int k = 0; k < acts; k++) a[k] = "a" + k;
    for (int k = 0; k < replies; k++) rep[k] = "b" + k;
    for (int t = 0; t < types; t++) typeSet[t] = b.infoSet(0, a);
    int[] seen = new int[acts];
    for (int k = 0; k < acts; k++) seen[k] = b.infoSet(1, rep);
    Rational[] probs = new Rational[types];
    long[] w = new long[types];
    long total = 0;
    for (int t = 0; t < types; t++) total += (w[t] = 1 + rnd.nextInt(5));
    for (int t = 0; t < types; t++) probs[t] = r(w[t], total);
    GameNode[] kids = new GameNode[types];
    for (int t = 0; t < types; t++) {
      GameNode[] moves = new GameNode[acts];
      for (int k = 0; k < acts; k++) {
        GameNode[] leaves = new GameNode[replies];
        for (int j = 0; j < replies; j++) leaves[j] = b.leaf(rnd.nextInt(lo, hi), rnd.nextInt(lo, hi));
        moves[k] = b.move(1, seen[k], leaves);
      }
      kids[t] = b.move(0, typeSet[t], moves);
    }
    return b.game(b.chance(probs, kids));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void equilibrium_randomSignallingGames_nashByIndependentCheck(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    // seeds 1-10: payoffs in -2..2 (many ties, degenerate LCPs); 11-20: wide range
    ExtensiveGame g = signalling(rnd, 2 + rnd.nextInt(2), 2 + rnd.nextInt(2), 2 + rnd.nextInt(2), seed <= 10 ? -2 : -100, seed <= 10 ? 3 : 100);
    BehaviorProfile b = lcp.equilibrium(g);
    assertThat(ExtensivePayoffs.isNash(g, b)).isTrue();
  }

  @Test
  void equilibrium_imperfectRecall_refusedWithReason() {
    // 1 forgets its first move: both of its second-move nodes share a set
    Builder b = new Builder();
    int first = b.infoSet(0, "a", "b");
    int forgot = b.infoSet(0, "c", "d");
    ExtensiveGame g = b.game(b.move(0, first, b.move(0, forgot, b.leaf(1, 0), b.leaf(0, 0)), b.move(0, forgot, b.leaf(0, 0), b.leaf(1, 0))));
    assertThat(lcp.supports(g)).isFalse();
    assertThatThrownBy(() -> lcp.equilibrium(g)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("lcp: the sequence form needs perfect recall: ");
  }

  @Test
  void equilibrium_onlyPlayerOneMovesAfterChance_bestActionPerType() {
    // player 2 never moves: its realization plan is just y_∅ = 1; player 1 picks, per chance type, its better action
    Builder b = new Builder();
    int low = b.infoSet(0, "a", "b");
    int high = b.infoSet(0, "a", "b");
    ExtensiveGame g = b.game(b.chance(new Rational[] {r(1, 4), r(3, 4)},
        b.move(0, low, b.leaf(1, 5), b.leaf(3, 0)), b.move(0, high, b.leaf(2, 0), b.leaf(-1, 7))));
    BehaviorProfile p = lcp.equilibrium(g);
    assertThat(p.probabilities()).containsExactly(List.of(List.of(Rational.ZERO, Rational.ONE), List.of(Rational.ONE, Rational.ZERO)), List.of());
    assertThat(ExtensivePayoffs.expected(g, p)).containsExactly(r(9, 4), Rational.ZERO);
  }

  @Test
  void sequenceForm_outcomeOnInnerNode_addsToEveryLeafBelowAndDecidesTheGame() {
    // 1: L -> (1, 1), or R -> 2's node carrying outcome (-3, 0), then l -> (0, 0) or r -> (2, 2). Leaf totals for 1:
    // 1, -3, -1; shifted by max + 1 = 2: A[L][∅] = -1, A[R][l] = -5, A[R][r] = -3. For 2: 1, 0, 2 shifted by 3.
    // Without the inner outcome (R, r) would pay player 1 two and be an equilibrium; with it R pays at most -1 < 1: L.
    Builder b = new Builder();
    int one = b.infoSet(0, "L", "R");
    int two = b.infoSet(1, "l", "r");
    GameNode left = b.leaf(1, 1);
    GameNode l = b.leaf(0, 0);
    GameNode r = b.leaf(2, 2);
    Outcome toll = new Outcome(b.outcomes.size() + 1, "toll", List.of(Rational.of(-3), Rational.ZERO));
    b.outcomes.add(toll);
    ExtensiveGame g = b.game(b.move(0, one, left, GameNode.decision("", 1, two, List.of(l, r), Optional.of(toll))));
    var sf = SequenceFormLemke.SequenceForm.of(g);
    assertThat(sf.a()).isDeepEqualTo(big(new long[][] {{0, 0, 0}, {-1, 0, 0}, {0, -5, -3}}));
    assertThat(sf.b()).isDeepEqualTo(big(new long[][] {{0, 0, 0}, {-2, 0, 0}, {0, -3, -1}}));
    BehaviorProfile p = lcp.equilibrium(g);
    assertThat(p.probabilities().get(0)).containsExactly(List.of(Rational.ONE, Rational.ZERO));
    assertThat(ExtensivePayoffs.isNash(g, p)).isTrue();
  }

  static java.math.BigInteger[][] big(long[][] v) {
    java.math.BigInteger[][] out = new java.math.BigInteger[v.length][v[0].length];
    for (int i = 0; i < v.length; i++) for (int j = 0; j < v[0].length; j++) out[i][j] = java.math.BigInteger.valueOf(v[i][j]);
    return out;
  }
}
