package io.peninsula.engine.equilibrium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolytopeVerticesTest {
  private static BigInteger[][] matrix(long[][] v) {
    BigInteger[][] out = new BigInteger[v.length][v[0].length];
    for (int i = 0; i < v.length; i++) for (int j = 0; j < v[0].length; j++) out[i][j] = BigInteger.valueOf(v[i][j]);
    return out;
  }

  private static int[] identityLabels(BigInteger[][] m) {
    int[] l = new int[m.length + m[0].length];
    for (int i = 0; i < l.length; i++) l[i] = i;
    return l;
  }

  /** Label sets as sorted lists, in enumeration order. */
  private static List<List<Integer>> labelSets(PolytopeVertices p, int labels) {
    List<List<Integer>> out = new ArrayList<>();
    for (int v = 0; v < p.size(); v++) {
      List<Integer> set = new ArrayList<>();
      for (int l = 0; l < labels; l++) if (PolytopeVertices.has(p.labels(), v * p.width(), l)) set.add(l);
      out.add(set);
    }
    return out;
  }

  /**
   * {z ≥ 0 : 2z1 + z2 ≤ 1, z1 + 3z2 ≤ 1} by hand: the origin (labels z1, z2 = 0, 1), (1/2, 0)
   * (z2 = 0 and row 0 tight: 1, 2), (0, 1/3) (0, 3) and (2/5, 1/5) (both rows: 2, 3).
   */
  @Test
  void enumerate_quadrilateral_fourVerticesWithTheirTightConstraints() {
    BigInteger[][] m = matrix(new long[][] {{2, 1}, {1, 3}});
    PolytopeVertices p = PolytopeVertices.enumerate(m, identityLabels(m), 100, "test");
    assertThat(labelSets(p, 4)).hasSize(4).first().isEqualTo(List.of(0, 1));
    assertThat(labelSets(p, 4)).containsExactlyInAnyOrder(List.of(0, 1), List.of(1, 2), List.of(0, 3), List.of(2, 3));
    assertThat(p.basesVisited()).isEqualTo(4);
  }

  /** A pyramid apex: z1 + z2 + z3 ≤ 1 three times over, so (1,0,0) is tight on all three rows — one vertex, several bases. */
  @Test
  void enumerate_degenerateVertex_reportedOnceWithAllItsLabels() {
    BigInteger[][] m = matrix(new long[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}});
    PolytopeVertices p = PolytopeVertices.enumerate(m, identityLabels(m), 100, "test");
    assertThat(labelSets(p, 6)).containsExactlyInAnyOrder(List.of(0, 1, 2), List.of(1, 2, 3, 4, 5), List.of(0, 2, 3, 4, 5),
        List.of(0, 1, 3, 4, 5));
  }

  /**
   * Scaling M by c leaves the polytope's combinatorics unchanged (it shrinks by 1/c) but makes the
   * integers c^k times larger: c = 2^20 switches between long and BigInteger, 10^20 runs in
   * BigInteger from the start. Same vertices, same order, same bases, same pivots.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void enumerate_scaledMatrix_sameVerticesThroughBigIntegerPivots(int seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int k = 3 + rnd.nextInt(7);
    int d = 3 + rnd.nextInt(7);
    long[][] v = new long[k][d];
    for (long[] row : v) for (int j = 0; j < d; j++) row[j] = 1 + rnd.nextInt(seed % 2 == 0 ? 3 : 99); // even seeds: degenerate
    BigInteger[][] m = matrix(v);
    PolytopeVertices base = PolytopeVertices.enumerate(m, identityLabels(m), 1_000_000, "test");
    assertThat(base.bigPivots()).isZero();
    for (BigInteger c : List.of(BigInteger.TWO.pow(20), BigInteger.TEN.pow(20))) {
      BigInteger[][] scaled = Arrays.stream(m).map(row -> Arrays.stream(row).map(c::multiply).toArray(BigInteger[]::new)).toArray(BigInteger[][]::new);
      PolytopeVertices big = PolytopeVertices.enumerate(scaled, identityLabels(m), 1_000_000, "test");
      assertThat(big.bigPivots()).isPositive();
      assertThat(labelSets(big, k + d)).isEqualTo(labelSets(base, k + d));
      assertThat(Arrays.copyOf(big.bases(), big.size() * big.width())).isEqualTo(Arrays.copyOf(base.bases(), base.size() * base.width()));
      assertThat(big.pivots()).isEqualTo(base.pivots());
    }
  }

  @Test
  void enumerate_beyondTheBudget_clearError() {
    BigInteger[][] m = matrix(new long[][] {{2, 1}, {1, 3}});
    assertThatThrownBy(() -> PolytopeVertices.enumerate(m, identityLabels(m), 3, "player 1's best-response polytope"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("player 1's best-response polytope has more than 3 lexicographic bases (vertex enumeration needs them all):"
            + " the game is too large for this method");
  }

  /** Against java.util: two-word keys, many collisions of the low word, growth. */
  @Test
  void wordKeyTable_randomKeys_behavesLikeAHashMap() {
    SplittableRandom rnd = new SplittableRandom(9);
    WordKeyTable table = new WordKeyTable(2);
    java.util.Map<List<Long>, Integer> reference = new java.util.HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      long[] key = {rnd.nextInt(64), rnd.nextLong(1, 5000)};
      int value = rnd.nextInt(1_000_000);
      Integer old = reference.putIfAbsent(List.of(key[0], key[1]), value);
      assertThat(table.putIfAbsent(key, 0, value)).isEqualTo(old == null ? -1 : old);
    }
    assertThat(table.size()).isEqualTo(reference.size());
    reference.forEach((k, v) -> assertThat(table.get(new long[] {k.get(0), k.get(1)}, 0)).isEqualTo(v));
    assertThat(table.get(new long[] {99, 1}, 0)).isEqualTo(-1);
  }
}
