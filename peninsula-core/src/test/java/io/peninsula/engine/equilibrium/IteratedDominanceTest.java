package io.peninsula.engine.equilibrium;

import static io.peninsula.engine.equilibrium.VertexEnumerationTest.m;
import static io.peninsula.engine.equilibrium.VertexEnumerationTest.r;
import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.engine.equilibrium.DominanceReduction.Elimination;
import io.peninsula.game.MixedProfile;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IteratedDominanceTest {
  static StrategicGame labelled(StrategicGame g, List<String> rows, List<String> cols) {
    return new StrategicGame(g.title(), "", List.of("Row", "Column"), List.of(rows, cols), g.outcomes(), map(g));
  }

  static int[] map(StrategicGame g) {
    int[] m = new int[g.numProfiles()];
    for (int k = 0; k < m.length; k++) m[k] = g.outcomeNumber(k);
    return m;
  }

  @Test
  void reduce_prisonersDilemma_cooperateGoesInOneRound() {
    StrategicGame pd = labelled(StrategicGame.bimatrix("pd", m(new long[][] {{3, 0}, {5, 1}}), m(new long[][] {{3, 5}, {0, 1}})),
        List.of("C", "D"), List.of("C", "D"));
    DominanceReduction red = IteratedDominance.pureOnly().reduce(pd);
    assertThat(red.rounds()).hasSize(1);
    assertThat(red.rounds().get(0).eliminated()).containsExactly(
        new Elimination(0, 0, "C", List.of(Rational.ZERO, Rational.ONE)), new Elimination(1, 0, "C", List.of(Rational.ZERO, Rational.ONE)));
    assertThat(red.reduced().strategies()).containsExactly(List.of("D"), List.of("D"));
    assertThat(red.reduced().payoff(new int[] {0, 0}, 0)).isEqualTo(Rational.ONE);
    assertThat(red.reduced().outcomes()).hasSize(1); // only D,D's outcome is still used, renumbered 1
    assertThat(red.kept()).containsExactly(List.of(1), List.of(1));
  }

  /** Fudenberg & Tirole (1991), §2.1, Fig. 2.1: R goes (dominated by M), then D (by U), then L (by M): (U, M) remains. */
  @Test
  void reduce_fudenbergTirole_threeRoundsToUM() {
    StrategicGame g = labelled(StrategicGame.bimatrix("ft", m(new long[][] {{1, 1, 0}, {0, 0, 2}}), m(new long[][] {{0, 2, 1}, {3, 1, 0}})),
        List.of("U", "D"), List.of("L", "M", "R"));
    DominanceReduction red = IteratedDominance.pureOnly().reduce(g);
    assertThat(red.rounds()).extracting(rd -> rd.eliminated().stream().map(e -> e.player() + ":" + e.label()).toList())
        .containsExactly(List.of("1:R"), List.of("0:D"), List.of("1:L"));
    assertThat(red.rounds().get(0).eliminated().get(0).dominatorText(g.strategies().get(1))).isEqualTo("M");
    assertThat(red.reduced().strategies()).containsExactly(List.of("U"), List.of("M"));
  }

  /**
   * Myerson (1991), §3.1-style: D pays (1, 1), U (3, 0), M (0, 3). No pure strategy dominates D, the mix
   * 1/2 U + 1/2 M (1.5, 1.5) does. Hand-solved LP (payoffs + 1): min x_U + x_M s.t. 4x_U + x_M ≥ 2,
   * x_U + 4x_M ≥ 2 → x = (2/5, 2/5), sum 4/5 < 1, σ = (1/2, 1/2).
   */
  @Test
  void reduce_mixedDominance_onlyWithMixed_exactDominator() {
    StrategicGame g = labelled(StrategicGame.bimatrix("mix", m(new long[][] {{3, 0}, {0, 3}, {1, 1}}), m(new long[][] {{0, 0}, {0, 0}, {0, 0}})),
        List.of("U", "M", "D"), List.of("L", "R"));
    assertThat(IteratedDominance.pureOnly().reduce(g).rounds()).isEmpty();
    DominanceReduction red = IteratedDominance.withMixed().reduce(g);
    assertThat(red.rounds()).hasSize(1);
    Elimination e = red.rounds().get(0).eliminated().get(0);
    assertThat(e.label()).isEqualTo("D");
    assertThat(e.dominator()).containsExactly(r(1, 2), r(1, 2), Rational.ZERO);
    assertThat(e.dominatorText(g.strategies().get(0))).isEqualTo("1/2 U + 1/2 M");
    // with D paying (3/2, 3/2) = 1/2 U + 1/2 M exactly, D is a best reply to 1/2 L + 1/2 R: not strictly dominated
    Rational h = r(3, 2);
    StrategicGame bestReply = new StrategicGame("br", "", g.players(), g.strategies(),
        List.of(new Outcome(1, "", List.of(Rational.of(3), Rational.ZERO)), new Outcome(2, "", List.of(h, Rational.ZERO))),
        new int[] {1, 0, 2, 0, 1, 2}); // profiles row-fastest: U: (3, 0), M: (0, 3), D: (3/2, 3/2)
    assertThat(IteratedDominance.withMixed().reduce(bestReply).rounds()).isEmpty();
  }

  @Test
  void reduce_threePlayers_pureDominanceUsesAllOpponentProfiles() {
    // Player C's "y" pays 1 more than "x" in every profile -> x goes; then A and B coordinate on what C's y rewards.
    List<List<Rational>> pay = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      int a = k % 2, b = (k / 2) % 2, c = k / 4;
      Rational coord = a == b ? Rational.of(2 + a) : Rational.ZERO;
      pay.add(List.of(coord, coord, Rational.of(c + a)));
    }
    StrategicGame g = StrategicGame.ofPayoffs("3p", List.of("A", "B", "C"), List.of(List.of("a0", "a1"), List.of("b0", "b1"), List.of("x", "y")), pay);
    DominanceReduction red = IteratedDominance.pureOnly().reduce(g);
    assertThat(red.rounds()).hasSize(1);
    assertThat(red.rounds().get(0).eliminated()).extracting(Elimination::label).containsExactly("x");
    assertThat(red.reduced().strategies().get(2)).containsExactly("y");
    assertThat(red.eliminatedCount()).isEqualTo(1);
  }

  /**
   * Weak dominance: T = (1, 1) weakly dominates B = (1, 0); L and R are identical for Column, so neither goes.
   * Pure equilibria (T, L), (T, R), (B, L); removing B loses (B, L) — the documented caveat. Strict removes nothing.
   */
  @Test
  void reduce_weak_removesWeaklyDominated_canLoseEquilibria() {
    StrategicGame g = labelled(StrategicGame.bimatrix("weak", m(new long[][] {{1, 1}, {1, 0}}), m(new long[][] {{1, 1}, {0, 0}})),
        List.of("T", "B"), List.of("L", "R"));
    assertThat(IteratedDominance.withMixed().reduce(g).rounds()).isEmpty();
    DominanceReduction weak = IteratedDominance.weak().reduce(g);
    assertThat(weak.rounds()).hasSize(1);
    assertThat(weak.rounds().get(0).eliminated()).containsExactly(new Elimination(0, 1, "B", List.of(Rational.ONE, Rational.ZERO)));
    assertThat(weak.reduced().strategies()).containsExactly(List.of("T"), List.of("L", "R"));
    assertThat(new PureStrategyEnumeration().solve(g)).hasSize(3);
    assertThat(new PureStrategyEnumeration().solve(weak.reduced())).hasSize(2);
  }

  /**
   * Strict dominance preserves the equilibrium set: on random two-player games, enummixed's extreme
   * equilibria of the full game are exactly those of the reduced game, lifted with zeros; on random
   * three-player games the same holds for enumpure. Seeded; payoffs in 0..6 so ties and
   * degenerate games occur.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void reduce_randomGames_equilibriumSetPreserved(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int reducedPure = 0;
    int reducedMixed = 0;
    for (int rep = 0; rep < 25; rep++) {
      int rows = 2 + rnd.nextInt(3);
      int cols = 2 + rnd.nextInt(3);
      StrategicGame g = StrategicGame.bimatrix("r", random(rnd, rows, cols), random(rnd, rows, cols));
      List<MixedProfile> full = new VertexEnumeration().solve(g);
      for (IteratedDominance d : List.of(IteratedDominance.pureOnly(), IteratedDominance.withMixed())) {
        DominanceReduction red = d.reduce(g);
        List<MixedProfile> lifted = new VertexEnumeration().solve(red.reduced()).stream().map(red::lift).toList();
        assertThat(lifted).as("seed %d rep %d mixed %s", seed, rep, d.mixed()).containsExactlyInAnyOrderElementsOf(full);
        if (red.eliminatedCount() > 0) {
          if (d.mixed()) reducedMixed++;
          else reducedPure++;
        }
      }
      assertThat(IteratedDominance.withMixed().reduce(g).eliminatedCount()).isGreaterThanOrEqualTo(IteratedDominance.pureOnly().reduce(g).eliminatedCount());
      StrategicGame three = random3(rnd);
      DominanceReduction red3 = IteratedDominance.withMixed().reduce(three);
      assertThat(new PureStrategyEnumeration().solve(red3.reduced()).stream().map(red3::lift).toList())
          .containsExactlyInAnyOrderElementsOf(new PureStrategyEnumeration().solve(three));
    }
    assertThat(reducedPure).as("games where something was eliminated").isGreaterThan(3);
    assertThat(reducedMixed).isGreaterThanOrEqualTo(reducedPure);
  }

  /**
   * Order independence of strict dominance (Gilboa, Kalai & Zemel 1990): removing one dominated
   * strategy at a time, chosen at random, ends in the same game as removing all of them per round.
   * Pure dominance is checked against a brute-force reference; mixed uses the first round of
   * {@link IteratedDominance} on each intermediate game to list what is dominated there.
   */
  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24})
  void reduce_oneAtATimeInRandomOrder_sameReducedGame(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int rep = 0; rep < 30; rep++) {
      int rows = 2 + rnd.nextInt(4);
      int cols = 2 + rnd.nextInt(4);
      StrategicGame g = rep % 3 == 0 ? random3(rnd) : StrategicGame.bimatrix("r", random(rnd, rows, cols), random(rnd, rows, cols));
      for (IteratedDominance d : List.of(IteratedDominance.pureOnly(), IteratedDominance.withMixed())) {
        List<List<Integer>> kept = new ArrayList<>();
        for (int p = 0; p < g.numPlayers(); p++) {
          List<Integer> all = new ArrayList<>();
          for (int s = 0; s < g.numStrategies(p); s++) all.add(s);
          kept.add(all);
        }
        while (true) {
          List<int[]> dominated = d.mixed() ? firstRound(d, g, kept) : bruteForcePure(g, kept);
          if (dominated.isEmpty()) break;
          int[] pick = dominated.get(rnd.nextInt(dominated.size()));
          kept.get(pick[0]).remove(Integer.valueOf(pick[1]));
        }
        assertThat(kept).as("seed %d rep %d mixed %s", seed, rep, d.mixed()).isEqualTo(d.reduce(g).kept());
      }
    }
  }

  /** (player, original strategy) pairs strictly dominated by a pure strategy in the game restricted to kept. */
  private static List<int[]> bruteForcePure(StrategicGame g, List<List<Integer>> kept) {
    List<int[]> out = new ArrayList<>();
    StrategicGame sub = IteratedDominance.subgame(g, kept);
    for (int p = 0; p < sub.numPlayers(); p++)
      for (int s = 0; s < sub.numStrategies(p); s++)
        for (int t = 0; t < sub.numStrategies(p); t++) {
          if (t == s) continue;
          boolean better = true;
          for (int k = 0; k < sub.numProfiles() && better; k++) {
            int[] prof = sub.profile(k);
            if (prof[p] != s) continue;
            int[] dev = prof.clone();
            dev[p] = t;
            better = sub.payoff(dev, p).compareTo(sub.payoff(prof, p)) > 0;
          }
          if (better) {
            out.add(new int[] {p, kept.get(p).get(s)});
            break;
          }
        }
    return out;
  }

  private static List<int[]> firstRound(IteratedDominance d, StrategicGame g, List<List<Integer>> kept) {
    DominanceReduction red = d.reduce(IteratedDominance.subgame(g, kept));
    if (red.rounds().isEmpty()) return List.of();
    return red.rounds().get(0).eliminated().stream().map(e -> new int[] {e.player(), kept.get(e.player()).get(e.strategy())}).toList();
  }

  private static Rational[][] random(SplittableRandom r, int rows, int cols) {
    Rational[][] a = new Rational[rows][cols];
    for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) a[i][j] = Rational.of(r.nextInt(7));
    return a;
  }

  private static StrategicGame random3(SplittableRandom r) {
    List<List<Rational>> pay = new ArrayList<>();
    for (int k = 0; k < 27; k++) pay.add(List.of(Rational.of(r.nextInt(7)), Rational.of(r.nextInt(7)), Rational.of(r.nextInt(7))));
    List<String> s = List.of("1", "2", "3");
    return StrategicGame.ofPayoffs("r3", List.of("1", "2", "3"), List.of(s, s, s), pay);
  }
}
