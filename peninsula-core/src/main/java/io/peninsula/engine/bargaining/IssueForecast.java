package io.peninsula.engine.bargaining;

import java.util.List;
import java.util.Objects;

/**
 * The trajectory and outcome of one issue. {@code rounds.get(r).get(k)} is the position of
 * {@code actorIds.get(k)} after round r; round 0 holds the inputs. {@code outcome} is the model's
 * forecast settlement on the issue's scale.
 */
public record IssueForecast(
    String issueId, List<String> actorIds, List<List<Double>> rounds, double outcome, int iterations, boolean converged) {
  public IssueForecast {
    Objects.requireNonNull(issueId, "issueId");
    actorIds = List.copyOf(actorIds);
    rounds = rounds.stream().map(List::copyOf).toList();
    for (List<Double> r : rounds)
      if (r.size() != actorIds.size())
        throw new IllegalArgumentException("round has " + r.size() + " positions for " + actorIds.size() + " actors");
    if (rounds.isEmpty()) throw new IllegalArgumentException("a forecast needs at least round 0");
  }

  /** Positions after the last round. */
  public List<Double> finalPositions() {
    return rounds.get(rounds.size() - 1);
  }
}
