package io.peninsula.engine.bargaining.exchange;

import java.util.HashMap;
import java.util.Map;

/**
 * A candidate exchange of voting positions between two actors on two issues p and q, equal-gain
 * variant (Stokman &amp; Van Oosten 1994, "The exchange of voting positions: an object-oriented
 * model of policy networks", in Bueno de Mesquita &amp; Stokman (eds.), <i>European Community
 * Decision Making</i>, Yale UP, ch. 5), computed as in the decide-exchange-model tool
 * (EqualGainExchange). Side {@code i} demands p and supplies q; side {@code j} the reverse; the
 * actor whose salience ratio s_p/s_q is larger demands p.
 *
 * <p>An actor's shift of its vote on its supply issue moves the issue's outcome (the weighted mean)
 * by the exchange ratio Δ = |shift|·c·s/Σcs. Equal gain: Δ_p·s_ip − Δ_q·s_iq = Δ_q·s_jq − Δ_p·s_jp,
 * i.e. Δ_q = Δ_p·(s_ip + s_jp)/(s_iq + s_jq). The first side to reach its partner's position bounds
 * the exchange; {@link #checkOvershoot} then stops a shift from carrying the outcome past the
 * partner's position.
 */
final class PositionExchange {
  /**
   * Scale points under which two positions count as equal. Earlier adjustments put outcomes exactly
   * on actors' positions; in floating point they land a few ulps either side, and this tolerance
   * restores the exact-arithmetic comparison.
   */
  static final double EPS = 1e-9;

  final RoundState st;
  final ExchangeSide i;
  final ExchangeSide j;
  /** Positions of other actors already moved this round, by issue then actor (decide's "updates"). */
  final Map<Integer, Map<Integer, Double>> updates = new HashMap<>();
  double gain;
  boolean valid = true;
  private double dp;
  private double dq;

  PositionExchange(RoundState st, int a, int b, int p, int q) {
    this.st = st;
    boolean bDemandsP = st.salience[p][a] * st.salience[q][b] < st.salience[p][b] * st.salience[q][a];
    int demP = bDemandsP ? b : a;
    int demQ = bDemandsP ? a : b;
    this.i = new ExchangeSide(st, demP, q, p);
    this.j = new ExchangeSide(st, demQ, p, q);
  }

  ExchangeSide opposite(ExchangeSide s) {
    return s == i ? j : i;
  }

  /** Shift of the outcome of the side's supply issue when it moves by |shift|. */
  private double ratio(ExchangeSide s, double shift) {
    return shift * s.supplySalience * s.supplyPower / st.denominator[s.supplyIssue];
  }

  /** The shift of the side's vote that moves its supply issue's outcome by {@code ratio}. */
  private double shiftFor(ExchangeSide s, double ratio) {
    return ratio * st.denominator[s.supplyIssue] / (s.supplyPower * s.supplySalience);
  }

  /** The partner's equal-gain exchange ratio when {@code s} moves the outcome of its supply issue by r. */
  private double equalGainRatio(ExchangeSide s, double r) {
    ExchangeSide o = opposite(s);
    return (s.supplySalience + o.demandSalience) / (s.demandSalience + o.supplySalience) * r;
  }

  void calculate() {
    dp = ratio(j, Math.abs(i.demandPosition - j.supplyPosition));
    dq = equalGainRatio(j, dp);
    i.move = shiftFor(i, dq);
    j.move = Math.abs(i.demandPosition - j.supplyPosition);
    if (Math.abs(i.move) > Math.abs(j.demandPosition - i.supplyPosition)) {
      dq = ratio(i, Math.abs(j.demandPosition - i.supplyPosition));
      dp = equalGainRatio(i, dq);
      i.move = Math.abs(j.demandPosition - i.supplyPosition);
      j.move = shiftFor(j, dp);
    }
    if (i.supplyPosition > j.demandPosition) i.move = -i.move;
    if (j.supplyPosition > i.demandPosition) j.move = -j.move;
    i.moves.add(i.move);
    j.moves.add(j.move);
    i.y = i.supplyPosition + i.move;
    j.y = j.supplyPosition + j.move;
    gain = Math.abs(dq * i.supplySalience - dp * i.demandSalience);
    valid = i.isMoveValid(i.move) && j.isMoveValid(j.move) && gain >= 1e-10;
    if (!valid) return;
    checkOvershoot(i);
    checkOvershoot(j);
    valid = i.isMoveValid(i.move) && j.isMoveValid(j.move);
  }

  /** The outcome of the side's supply issue with the side's vote at {@code x} (decide's adjusted NBS). */
  double adjustedNbs(ExchangeSide s, double x) {
    double[] pos = st.position[s.supplyIssue].clone();
    updates.getOrDefault(s.supplyIssue, Map.of()).forEach((a, v) -> pos[a] = v);
    pos[s.actor] = x;
    return st.nbs(s.supplyIssue, pos);
  }

  /** The vote of the side that makes its supply issue's outcome equal {@code target}. */
  private double voteForOutcome(ExchangeSide s, double target) {
    double[] pos = st.position[s.supplyIssue].clone();
    updates.getOrDefault(s.supplyIssue, Map.of()).forEach((a, v) -> pos[a] = v);
    double others = 0;
    for (int a = 0; a < pos.length; a++)
      if (a != s.actor && st.present(s.supplyIssue, a))
        others += pos[a] * st.salience[s.supplyIssue][a] * st.power[s.supplyIssue][a];
    return (target * st.denominator[s.supplyIssue] - others) / (s.supplySalience * s.supplyPower);
  }

  /**
   * If the side's shift would carry the outcome of its supply issue past its partner's position,
   * shrink the shift so the outcome lands on that position and recompute the partner's shift with
   * equal gain.
   */
  private void checkOvershoot(ExchangeSide s) {
    ExchangeSide o = opposite(s);
    s.nbsBefore = adjustedNbs(s, s.supplyPosition);
    s.nbsAfter = adjustedNbs(s, s.y);
    double x = o.demandPosition;
    double before = x - s.nbsBefore;
    double after = x - s.nbsAfter;
    if ((before >= -EPS && after >= -EPS) || (before <= EPS && after <= EPS)) return;
    double vote = voteForOutcome(s, x);
    double delta = Math.abs(vote - s.supplyPosition);
    double r = ratio(s, delta);
    double ro = equalGainRatio(s, r);
    o.move = Math.abs(shiftFor(o, ro));
    s.move = delta;
    if (o.supplyPosition > s.demandPosition) o.move = -o.move;
    if (s.supplyPosition > o.demandPosition) s.move = -s.move;
    o.replaceLastMove(o.move);
    s.replaceLastMove(s.move);
    o.y = o.supplyPosition + o.move;
    s.y = s.supplyPosition + s.move;
    gain = Math.abs(ro * o.supplySalience - r * o.demandSalience);
    s.nbsAfter = adjustedNbs(s, s.y);
    valid = o.isMoveValid(o.move) && s.isMoveValid(s.move);
  }

  /**
   * Brings this exchange up to date after {@code done} was realised: a side that supplies the same
   * issue as an actor of {@code done} starts from that actor's new vote; a side that demands the
   * issue {@code done}'s partner moved on records the partner's new vote; then recalculates.
   */
  void recalculate(PositionExchange done) {
    boolean affected = false;
    for (ExchangeSide mine : new ExchangeSide[] {i, j}) {
      for (ExchangeSide theirs : new ExchangeSide[] {done.i, done.j}) {
        if (mine.sameActorAndSupply(theirs)) {
          mine.supplyPosition = theirs.y;
          mine.moves.add(theirs.moves.get(theirs.moves.size() - 1));
          affected = true;
          break;
        }
      }
    }
    if (affected) dropLastMoves();
    for (ExchangeSide theirs : new ExchangeSide[] {done.j, done.i}) {
      if (theirs.sameActorAndDemand(j) || theirs.sameActorAndDemand(i)) {
        ExchangeSide mover = done.opposite(theirs);
        Map<Integer, Double> u = updates.computeIfAbsent(theirs.demandIssue, k -> new HashMap<>());
        Double prev = u.get(mover.actor);
        u.put(mover.actor, prev == null ? mover.y : merged(mover, prev));
        if (!affected) {
          dropLastMoves();
          affected = true;
        }
      }
    }
    if (affected) calculate();
  }

  /** decide's update rule for a partner that moved twice on the same issue in one round. */
  private static double merged(ExchangeSide mover, double prev) {
    if (mover.startPosition <= prev) return prev < mover.y ? prev : mover.y;
    return prev > mover.y ? prev : mover.y;
  }

  private void dropLastMoves() {
    i.moves.remove(i.moves.size() - 1);
    j.moves.remove(j.moves.size() - 1);
  }
}
