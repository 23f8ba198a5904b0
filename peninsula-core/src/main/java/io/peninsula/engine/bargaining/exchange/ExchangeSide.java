package io.peninsula.engine.bargaining.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * One actor's half of a candidate exchange: the issue on which it shifts its voting position
 * (supply) and the issue on which it receives a shift of its partner (demand). Mutable per-round
 * state; never shared between calls. Positions are on the normalised 0–100 scale.
 */
final class ExchangeSide {
  final int actor;
  final int supplyIssue;
  final int demandIssue;
  final double supplySalience;
  final double supplyPower;
  final double demandSalience;
  /** Position on the demand issue (fixed during the round). */
  final double demandPosition;
  /** Position on the supply issue at the start of the round. */
  final double startPosition;
  /** Current position on the supply issue (moves when an earlier exchange of the round moved it). */
  double supplyPosition;
  /** Signed shift of the voting position on the supply issue, and the voting position y. */
  double move;
  double y;
  /** Shifts on the supply issue in this round: realised ones followed by the current one. */
  final List<Double> moves = new ArrayList<>();
  double nbsBefore;
  double nbsAfter;

  ExchangeSide(RoundState st, int actor, int supplyIssue, int demandIssue) {
    this.actor = actor;
    this.supplyIssue = supplyIssue;
    this.demandIssue = demandIssue;
    this.supplySalience = st.salience[supplyIssue][actor];
    this.supplyPower = st.power[supplyIssue][actor];
    this.demandSalience = st.salience[demandIssue][actor];
    this.demandPosition = st.position[demandIssue][actor];
    this.startPosition = st.position[supplyIssue][actor];
    this.supplyPosition = startPosition;
  }

  boolean sameActorAndSupply(ExchangeSide o) {
    return actor == o.actor && supplyIssue == o.supplyIssue;
  }

  boolean sameActorAndDemand(ExchangeSide o) {
    return actor == o.actor && demandIssue == o.demandIssue;
  }

  void replaceLastMove(double m) {
    moves.remove(moves.size() - 1);
    moves.add(m);
  }

  /**
   * A move is acceptable when it is not negligible, keeps the position on [0, 100], the round's
   * moves on this issue sum to at most 100 and all point the same way (as in decide's
   * {@code is_move_valid}).
   */
  boolean isMoveValid(double m) {
    if (Math.abs(m) > 100 || Math.abs(m) <= 1e-10) return false;
    if (supplyPosition + m < 0 || supplyPosition + m > 100) return false;
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : moves) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (sum > 100) return false;
    return (min < 0 && max < 0) || (min > 0 && max > 0);
  }

  /**
   * The start position for the next round: a partial move towards the voting position, larger for
   * actors that care less about the issue: x' = ((1 − s)·0.4 + 0.1)·y + (1 − (1 − s)·0.4 − 0.1)·x.
   */
  double nextStartPosition() {
    double toward = (1 - supplySalience) * 0.4 + 0.1;
    return toward * y + (1 - toward) * startPosition;
  }
}
