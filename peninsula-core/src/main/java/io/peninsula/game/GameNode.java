package io.peninsula.game;

import io.peninsula.error.InvalidInputException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a game tree. A terminal node has no children and no information set; a decision or
 * chance node belongs to the information set {@code (player, infoSet)} and has one child per
 * action of that set. Any node may carry an outcome: payoffs add up along the path from the root
 * (Gambit's semantics).
 */
public record GameNode(String label, int player, int infoSet, List<GameNode> children, Optional<Outcome> outcome) {
  /** Player value of terminal nodes. */
  public static final int NONE = Integer.MIN_VALUE;

  public GameNode {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(outcome, "outcome");
    children = List.copyOf(children);
    if (children.isEmpty() != (player == NONE))
      throw new InvalidInputException("node " + label + ": terminal nodes have no player, decision and chance nodes have children");
  }

  public static GameNode terminal(String label, Optional<Outcome> outcome) {
    return new GameNode(label, NONE, -1, List.of(), outcome);
  }

  public static GameNode decision(String label, int player, int infoSet, List<GameNode> children, Optional<Outcome> outcome) {
    return new GameNode(label, player, infoSet, children, outcome);
  }

  public boolean isTerminal() {
    return children.isEmpty();
  }

  public boolean isChance() {
    return player == ExtensiveGame.CHANCE;
  }
}
