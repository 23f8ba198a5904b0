package io.peninsula.engine.bargaining;

import io.peninsula.model.DecisionRule;
import io.peninsula.model.Issue;
import java.util.List;
import java.util.Optional;

/**
 * The winset of the status quo in one dimension and the projection of a settlement onto its
 * closure (Tsebelis 2002, <i>Veto Players: How Political Institutions Work</i>, ch. 1–2; docs/models/veto.md).
 *
 * <p>With distance-based preferences an actor with ideal point x<sub>i</sub> strictly prefers y to
 * the status quo q iff |y − x<sub>i</sub>| &lt; |q − x<sub>i</sub>|: the open interval between q
 * and its reflection 2x<sub>i</sub> − q. Its closure reaches right to r<sub>i</sub> =
 * max(q, 2x<sub>i</sub> − q) and left to l<sub>i</sub> = min(q, 2x<sub>i</sub> − q).
 *
 * <ul>
 *   <li>Veto players V (unanimity, or alongside a qualified majority): W(q) closure = [max<sub>V</sub>
 *       l<sub>i</sub>, min<sub>V</sub> r<sub>i</sub>] (Tsebelis ch. 1: the intersection of the
 *       veto players' preferred sets);
 *   <li>Qualified majority, weights w<sub>i</sub>, threshold t: the right edge is the largest
 *       r<sub>k</sub> with Σ<sub>r<sub>j</sub> ≥ r<sub>k</sub></sub> w<sub>j</sub> ≥ t·Σw (the
 *       members preferring every point in (q, r<sub>k</sub>) reach the threshold), q when even all
 *       right-leaning members fall short; the left edge likewise (Tsebelis ch. 2, qualified
 *       majorities). t = 0 leaves the whole scale.
 * </ul>
 *
 * The forecast is the settlement clamped to [L, R] ∩ [min, max]; when the winset is q alone
 * (veto players on both sides of q) the forecast is q. A settlement inside the winset is returned
 * unchanged, bit for bit. The pivotal actor is the one whose reach sets the binding edge; when a
 * qualified majority cannot form at all it is the blocking member nearest the status quo.
 */
public final class VetoWinset {
  private VetoWinset() {}

  /**
   * What the constraint did on one issue: the settlement the model found, the forecast after the
   * constraint, the closure [lower, upper] of the status quo's winset, whether the constraint moved
   * the settlement, and the actor whose preference set the binding edge (empty when not bound).
   */
  public record Binding(String issueId, double statusQuo, double settlement, double outcome, double lower, double upper,
      boolean bound, Optional<String> pivotal) {}

  /**
   * The closure [lower, upper] of the status quo's winset on one issue, with the actor whose
   * preference sets each edge (empty where the issue's own scale sets it). It depends only on the
   * status quo, the decision rule and the ideal points, not on any model's settlement, so it can
   * be computed once per scenario and applied to every settlement ({@link #bind}).
   */
  public record Winset(String issueId, double statusQuo, double lower, double upper, Optional<String> lowerBy, Optional<String> upperBy) {
    /** What the constraint does to {@code settlement}: clamped to [lower, upper], unchanged inside. */
    public Binding bind(double settlement) {
      if (settlement > upper) return new Binding(issueId, statusQuo, settlement, upper, lower, upper, true, upperBy);
      if (settlement < lower) return new Binding(issueId, statusQuo, settlement, lower, lower, upper, true, lowerBy);
      return new Binding(issueId, statusQuo, settlement, settlement, lower, upper, false, Optional.empty());
    }

    /** The constrained outcome of {@code settlement} (what {@link #bind} returns as outcome, without the record). */
    public double clamp(double settlement) {
      return settlement > upper ? upper : settlement < lower ? lower : settlement;
    }
  }

  /**
   * The constrained outcome of {@code settlement} on {@code issue} given the ideal points
   * {@code x} of {@code actorIds}; the issue must be {@link Issue#vetoConstrained()}. Every actor
   * the rule names must be among {@code actorIds} (the scenario checks that they hold a position).
   */
  public static Binding constrain(Issue issue, List<String> actorIds, double[] x, double settlement) {
    return winset(issue, actorIds, x).bind(settlement);
  }

  /** The winset of {@code issue}'s status quo given the ideal points {@code x} of {@code actorIds}. */
  public static Winset winset(Issue issue, List<String> actorIds, double[] x) {
    DecisionRule rule = issue.decision().orElseThrow();
    double q = issue.statusQuo().orElseThrow().value();
    double hi = Double.POSITIVE_INFINITY;
    double lo = Double.NEGATIVE_INFINITY;
    String hiBy = null;
    String loBy = null;
    for (String v : rule.vetoPlayers()) {
      double xi = x[slot(actorIds, v, issue)];
      double r = Math.max(q, 2 * xi - q);
      double l = Math.min(q, 2 * xi - q);
      if (r < hi) {
        hi = r;
        hiBy = v;
      }
      if (l > lo) {
        lo = l;
        loBy = v;
      }
    }
    if (rule.kind() == DecisionRule.Kind.QUALIFIED_MAJORITY) {
      Edge right = qualifiedEdge(issue, actorIds, x, rule, q, true);
      Edge left = qualifiedEdge(issue, actorIds, x, rule, q, false);
      if (right != null && right.value < hi) {
        hi = right.value;
        hiBy = right.actor;
      }
      if (left != null && left.value > lo) {
        lo = left.value;
        loBy = left.actor;
      }
    }
    if (hi >= issue.max()) {
      hi = issue.max();
      hiBy = null;
    }
    if (lo <= issue.min()) {
      lo = issue.min();
      loBy = null;
    }
    return new Winset(issue.id(), q, lo, hi, Optional.ofNullable(loBy), Optional.ofNullable(hiBy));
  }

  private record Edge(double value, String actor) {}

  /**
   * The right (or left) edge of the qualified-majority winset: sort members by how far their
   * preferred set reaches on that side, add weights from the farthest until the threshold is
   * reached; null when the threshold is 0 (no constraint).
   */
  private static Edge qualifiedEdge(Issue issue, List<String> actorIds, double[] x, DecisionRule rule, double q, boolean right) {
    double total = 0;
    for (double w : rule.weights().values()) total += w;
    double need = rule.threshold() * total;
    if (!(need > 0)) return null;
    int m = rule.weights().size();
    double[] reach = new double[m];
    double[] weight = new double[m];
    String[] who = new String[m];
    int k = 0;
    for (var e : rule.weights().entrySet()) {
      double xi = x[slot(actorIds, e.getKey(), issue)];
      double refl = 2 * xi - q;
      // distance gained beyond q on this side (0 when the member prefers nothing on this side)
      reach[k] = right ? Math.max(0, refl - q) : Math.max(0, q - refl);
      weight[k] = e.getValue();
      who[k] = e.getKey();
      k++;
    }
    // insertion sort by reach, descending (stable: ties keep the rule's order); m is small
    for (int i = 1; i < m; i++) {
      double rv = reach[i];
      double wv = weight[i];
      String av = who[i];
      int j = i - 1;
      while (j >= 0 && reach[j] < rv) {
        reach[j + 1] = reach[j];
        weight[j + 1] = weight[j];
        who[j + 1] = who[j];
        j--;
      }
      reach[j + 1] = rv;
      weight[j + 1] = wv;
      who[j + 1] = av;
    }
    double cum = 0;
    for (int i = 0; i < m; i++) {
      if (reach[i] <= 0) break;
      cum += weight[i];
      if (cum >= need) return new Edge(right ? q + reach[i] : q - reach[i], who[i]);
    }
    // the members preferring some move on this side fall short of the threshold: the pivotal
    // member is the blocker nearest the status quo (the first one a coalition would have to win)
    String blocker = null;
    double nearest = Double.POSITIVE_INFINITY;
    for (var e : rule.weights().entrySet()) {
      double xi = x[slot(actorIds, e.getKey(), issue)];
      boolean blocks = right ? xi <= q : xi >= q;
      if (blocks && e.getValue() > 0 && Math.abs(xi - q) < nearest) {
        nearest = Math.abs(xi - q);
        blocker = e.getKey();
      }
    }
    return new Edge(q, blocker);
  }

  private static int slot(List<String> actorIds, String actor, Issue issue) {
    int k = actorIds.indexOf(actor);
    if (k < 0)
      throw new IllegalArgumentException("issue " + issue.id() + ": decision rule names " + actor + ", who holds no position on it");
    return k;
  }
}
