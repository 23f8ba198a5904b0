package io.peninsula.engine.bargaining;

import java.util.List;
import java.util.Objects;

/**
 * The trajectory and outcome of one issue. {@code rounds.get(r).get(k)} is the position of
 * {@code actorIds.get(k)} after round r; round 0 holds the inputs. {@code outcome} is the model's
 * forecast settlement on the issue's scale. The outcome and every position must be finite: a NaN or an
 * infinity is a {@link io.peninsula.error.NonFiniteResultException}, so it can never be printed or
 * stored as a figure (docs/reliability.md).
 */
public record IssueForecast(
    String issueId, List<String> actorIds, List<List<Double>> rounds, double outcome, int iterations, boolean converged) {
  public IssueForecast {
    Objects.requireNonNull(issueId, "issueId");
    actorIds = List.copyOf(actorIds);
    if (!(rounds instanceof CheckedRounds c && c.actors == actorIds.size())) rounds = check(issueId, actorIds, rounds);
    // the messages are built only on failure: this runs for every forecast of every sample
    if (!Double.isFinite(outcome)) io.peninsula.error.NonFiniteResultException.require(outcome, "the forecast outcome of issue " + issueId);
  }

  /**
   * {@code rounds} copied to unmodifiable lists and checked (at least round 0, one position per
   * actor, every position finite), wrapped so that a record rebuilt from these rounds — the veto
   * constraint moves only the outcome — does not check them again.
   */
  private static List<List<Double>> check(String issueId, List<String> actorIds, List<List<Double>> rounds) {
    rounds = immutableRounds(rounds);
    if (rounds.isEmpty()) throw new IllegalArgumentException("a forecast needs at least round 0");
    for (int r = 0; r < rounds.size(); r++) {
      List<Double> round = rounds.get(r);
      if (round.size() != actorIds.size())
        throw new IllegalArgumentException("round has " + round.size() + " positions for " + actorIds.size() + " actors");
      for (int k = 0; k < round.size(); k++)
        if (!Double.isFinite(round.get(k)))
          io.peninsula.error.NonFiniteResultException.require(round.get(k),
              "the position of " + actorIds.get(k) + " on issue " + issueId + " after round " + r);
    }
    return new CheckedRounds(rounds, actorIds.size());
  }

  /**
   * Rounds that passed {@link #check} for {@code actors} actors: an unmodifiable list, equal to any
   * list with the same rounds (AbstractList's equals and hashCode), so records compare as before.
   */
  private static final class CheckedRounds extends java.util.AbstractList<List<Double>>
      implements java.util.RandomAccess, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<List<Double>> rounds;
    private final int actors;

    CheckedRounds(List<List<Double>> rounds, int actors) {
      this.rounds = rounds;
      this.actors = actors;
    }

    @Override
    public List<Double> get(int index) {
      return rounds.get(index);
    }

    @Override
    public int size() {
      return rounds.size();
    }
  }

  /**
   * An unmodifiable copy of {@code rounds} and of each round; the lists themselves when they
   * already are such copies (a record rebuilt from another one's rounds copies nothing).
   */
  private static List<List<Double>> immutableRounds(List<List<Double>> rounds) {
    List<List<Double>> outer = List.copyOf(rounds);
    int k = 0;
    for (List<Double> r : outer) {
      if (List.copyOf(r) != r) break;
      k++;
    }
    if (k == outer.size()) return outer;
    @SuppressWarnings("unchecked")
    List<Double>[] copy = new List[outer.size()];
    for (int j = 0; j < copy.length; j++) copy[j] = List.copyOf(outer.get(j));
    return List.of(copy);
  }

  /** Positions after the last round. */
  public List<Double> finalPositions() {
    return rounds.get(rounds.size() - 1);
  }
}
