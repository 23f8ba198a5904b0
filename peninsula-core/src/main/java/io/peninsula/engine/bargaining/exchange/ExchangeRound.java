package io.peninsula.engine.bargaining.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One round of the exchange model (decide's ModelLoop.loop): find every candidate exchange, realise
 * them greedily by highest gain while recalculating the rest, then set voting positions and the next
 * round's start positions. O(m² n² · E) per round for m issues, n actors, E realised exchanges.
 */
final class ExchangeRound {
  private ExchangeRound() {}

  /** The realised exchanges of the round, in order; {@code st} is not modified. */
  static List<PositionExchange> realise(RoundState st) {
    int m = st.position.length;
    int n = m == 0 ? 0 : st.position[0].length;
    double[] nbs = new double[m];
    for (int p = 0; p < m; p++) nbs[p] = st.nbs(p);
    List<PositionExchange> candidates = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      for (int q = p + 1; q < m; q++) {
        List<List<Integer>> group = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int a = 0; a < n; a++) {
          if (!st.present(p, a) || !st.present(q, a)) continue;
          int g = (st.position[p][a] <= nbs[p] + PositionExchange.EPS ? 1 : 0) | (st.position[q][a] <= nbs[q] + PositionExchange.EPS ? 2 : 0);
          group.get(g).add(a);
        }
        addPairs(st, group.get(0), group.get(3), p, q, candidates);
        addPairs(st, group.get(1), group.get(2), p, q, candidates);
      }
    }
    List<PositionExchange> realised = new ArrayList<>();
    // Gains are compared after rounding to 1e-10 so that exchanges whose gains are equal in exact
    // arithmetic tie (and keep their list order) whatever the floating-point noise.
    Comparator<PositionExchange> byGainDesc =
        Comparator.comparingDouble((PositionExchange e) -> Math.rint(e.gain * 1e10)).reversed();
    while (!candidates.isEmpty()) {
      candidates.sort(byGainDesc); // stable: equal gains keep discovery order
      PositionExchange best = candidates.remove(0);
      if (!best.valid) continue;
      List<PositionExchange> still = new ArrayList<>();
      for (PositionExchange e : candidates) {
        if (!e.valid) continue;
        e.recalculate(best);
        if (e.valid) still.add(e);
      }
      candidates = still;
      realised.add(best);
    }
    return realised;
  }

  private static void addPairs(RoundState st, List<Integer> left, List<Integer> right, int p, int q, List<PositionExchange> out) {
    for (int a : left) {
      for (int b : right) {
        PositionExchange e = new PositionExchange(st, a, b, p, q);
        e.calculate();
        out.add(e);
      }
    }
  }
}
