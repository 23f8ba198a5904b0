package io.peninsula.engine.equilibrium;

import io.peninsula.game.MixedProfile;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@link IteratedDominance}: the reduced game (original labels, outcomes renumbered
 * in their original order), for each player the original indices of the strategies it keeps, and
 * the elimination rounds.
 */
public record DominanceReduction(StrategicGame original, StrategicGame reduced, List<List<Integer>> kept, List<Round> rounds) {
  public DominanceReduction {
    kept = kept.stream().map(List::copyOf).toList();
    rounds = List.copyOf(rounds);
  }

  /** One round: every strategy found dominated in the game left after the previous rounds, removed together. */
  public record Round(int number, List<Elimination> eliminated) {
    public Round {
      eliminated = List.copyOf(eliminated);
    }
  }

  /**
   * Strategy {@code strategy} (original index) of {@code player} is dominated by the mixed
   * strategy {@code dominator} (a probability per original strategy of the player; a single 1 for a
   * pure dominator): it pays strictly more against every profile of the others left in that round
   * (weak dominance: at least as much against every one, strictly more against one).
   */
  public record Elimination(int player, int strategy, String label, List<Rational> dominator) {
    public Elimination {
      dominator = List.copyOf(dominator);
    }

    /** "Defect" or "1/2 Top + 1/2 Bottom". */
    public String dominatorText(List<String> labels) {
      List<String> parts = new ArrayList<>();
      for (int s = 0; s < dominator.size(); s++) {
        Rational p = dominator.get(s);
        if (p.signum() != 0) parts.add(p.equals(Rational.ONE) ? labels.get(s) : p + " " + labels.get(s));
      }
      return String.join(" + ", parts);
    }
  }

  /** Total number of strategies removed. */
  public int eliminatedCount() {
    return rounds.stream().mapToInt(r -> r.eliminated().size()).sum();
  }

  /** A profile of the reduced game as a profile of the original: probability 0 on eliminated strategies. */
  public MixedProfile lift(MixedProfile reducedProfile) {
    List<List<Rational>> out = new ArrayList<>();
    for (int p = 0; p < original.numPlayers(); p++) {
      List<Rational> row = new ArrayList<>();
      for (int s = 0; s < original.numStrategies(p); s++) row.add(Rational.ZERO);
      for (int k = 0; k < kept.get(p).size(); k++) row.set(kept.get(p).get(k), reducedProfile.probability(p, k));
      out.add(row);
    }
    return new MixedProfile(out);
  }
}
