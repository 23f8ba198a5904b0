package io.peninsula.game;

import io.peninsula.error.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An n-player game in extensive form: a tree of {@link GameNode}s with chance moves, information
 * sets and outcomes on any node (payoffs add along the path). Immutable. The constructor checks
 * that every node's information set exists and has as many actions as the node has children.
 */
public final class ExtensiveGame {
  /** The player index of chance. */
  public static final int CHANCE = -1;

  private final String title;
  private final String comment;
  private final List<String> players;
  private final GameNode root;
  private final List<List<InfoSet>> infoSets; // per player
  private final List<InfoSet> chanceSets;
  private final List<Outcome> outcomes;

  public ExtensiveGame(String title, String comment, List<String> players, GameNode root,
      List<List<InfoSet>> infoSets, List<InfoSet> chanceSets, List<Outcome> outcomes) {
    this.title = Objects.requireNonNull(title, "title");
    this.comment = Objects.requireNonNull(comment, "comment");
    this.players = List.copyOf(players);
    this.root = Objects.requireNonNull(root, "root");
    this.infoSets = infoSets.stream().map(List::copyOf).toList();
    this.chanceSets = List.copyOf(chanceSets);
    this.outcomes = List.copyOf(outcomes);
    if (this.infoSets.size() != this.players.size())
      throw new InvalidInputException(this.infoSets.size() + " information-set lists for " + this.players.size() + " players");
    for (GameNode n : nodes()) {
      if (n.isTerminal()) {
        n.outcome().ifPresent(this::checkOutcome);
        continue;
      }
      InfoSet s = infoSet(n.player(), n.infoSet());
      if (s.numActions() != n.children().size())
        throw new InvalidInputException("node \"" + n.label() + "\" has " + n.children().size() + " children but its information set \""
            + s.label() + "\" has " + s.numActions() + " actions");
      n.outcome().ifPresent(this::checkOutcome);
    }
  }

  private void checkOutcome(Outcome o) {
    if (o.payoffs().size() != players.size())
      throw new InvalidInputException("outcome \"" + o.label() + "\" has " + o.payoffs().size() + " payoffs for " + players.size() + " players");
  }

  public String title() {
    return title;
  }

  public String comment() {
    return comment;
  }

  public List<String> players() {
    return players;
  }

  public int numPlayers() {
    return players.size();
  }

  public GameNode root() {
    return root;
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** Information sets of a player (0-based), or of chance with {@link #CHANCE}. */
  public List<InfoSet> infoSets(int player) {
    return player == CHANCE ? chanceSets : infoSets.get(player);
  }

  public InfoSet infoSet(int player, int index) {
    List<InfoSet> sets = infoSets(player);
    if (index < 0 || index >= sets.size())
      throw new InvalidInputException("player " + player + " has no information set " + index);
    return sets.get(index);
  }

  /** All nodes in depth-first pre-order (the order Gambit writes them). */
  public List<GameNode> nodes() {
    List<GameNode> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(GameNode n, List<GameNode> out) {
    out.add(n);
    for (GameNode c : n.children()) collect(c, out);
  }

  /** True when every information set of every player holds a single node. */
  public boolean isPerfectInformation() {
    Map<String, Integer> count = new HashMap<>();
    for (GameNode n : nodes())
      if (!n.isTerminal() && !n.isChance()) if (count.merge(n.player() + ":" + n.infoSet(), 1, Integer::sum) > 1) return false;
    return true;
  }

  /**
   * Why the game lacks perfect recall, or empty when it has it: every node of an information set
   * must be reached through the same sequence of the owner's own (information set, action) choices
   * (Kuhn 1953; the condition of Koller, Megiddo &amp; von Stengel 1996 for the sequence form).
   */
  public Optional<String> perfectRecallViolation() {
    Map<String, List<String>> seqOfSet = new HashMap<>();
    return check(root, new ArrayList<>(), seqOfSet);
  }

  private Optional<String> check(GameNode n, List<String> path, Map<String, List<String>> seqOfSet) {
    if (n.isTerminal()) return Optional.empty();
    if (!n.isChance()) {
      String key = n.player() + ":" + n.infoSet();
      List<String> own = path.stream().filter(s -> s.startsWith(n.player() + ":")).toList();
      List<String> prev = seqOfSet.putIfAbsent(key, own);
      if (prev != null && !prev.equals(own))
        return Optional.of("player " + (n.player() + 1) + "'s information set \"" + infoSet(n.player(), n.infoSet()).label()
            + "\" is reached after different own histories " + prev + " and " + own);
    }
    for (int a = 0; a < n.children().size(); a++) {
      List<String> next = new ArrayList<>(path);
      if (!n.isChance()) next.add(n.player() + ":" + n.infoSet() + ":" + a);
      Optional<String> v = check(n.children().get(a), next, seqOfSet);
      if (v.isPresent()) return v;
    }
    return Optional.empty();
  }

  /**
   * Structural equality: same title, comment, players, tree (node labels, owners, information-set
   * indices, outcomes, children in order), information sets (labels, actions, chance
   * probabilities) and outcome list.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ExtensiveGame g && title.equals(g.title) && comment.equals(g.comment) && players.equals(g.players)
        && root.equals(g.root) && infoSets.equals(g.infoSets) && chanceSets.equals(g.chanceSets) && outcomes.equals(g.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, players, root, infoSets, chanceSets, outcomes);
  }

  @Override
  public String toString() {
    return "ExtensiveGame[" + title + ", " + players.size() + " players, " + nodes().size() + " nodes]";
  }
}
