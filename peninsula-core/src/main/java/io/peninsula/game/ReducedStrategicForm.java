package io.peninsula.game;

import io.peninsula.error.InvalidInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reduced strategic form of an {@link ExtensiveGame}: each player's reduced pure strategies
 * (an action at every information set its own earlier choices do not exclude, nothing at the
 * others), the {@link StrategicGame} of their expected payoffs, and the map back from mixed
 * strategies to behaviour (Kuhn 1953). This is the strategic form Gambit solves for an extensive
 * game ({@code gambit-enumpure}, {@code gambit-enummixed}, {@code gambit-lcp -S}), and it follows
 * Gambit's conventions so that results compare one to one:
 *
 * <ul>
 *   <li><b>Order of strategies</b> (Gambit's {@code GamePlayerRep::MakeReducedStrats}): a depth-first
 *       walk of the tree that, at the player's own nodes, follows the chosen action and, at other
 *       players' and chance nodes, visits every child in order; the first information set met
 *       varies slowest. Strategies are labelled by their actions at the information sets they
 *       specify, in the player's information-set order, {@code *} where unspecified.
 *   <li><b>Payoffs</b>: expected payoff of a profile of reduced strategies, chance weighted,
 *       outcomes adding along the path.
 *   <li><b>Behaviour from mixed strategies</b> (Gambit's {@code MixedBehaviorProfile(const
 *       MixedStrategyProfile&amp;)}): for each player, the weight of a node is Σ over its strategies
 *       s of σ(s) times the probability of reaching the node when the player plays s, chance plays
 *       its probabilities and the other players play uniformly; the behaviour at an own node with
 *       positive weight is weight(child) / weight(node). An information set of zero weight — one the
 *       player's own strategy never reaches — has all probabilities 0 ("unspecified", see
 *       {@link BehaviorProfile}).
 * </ul>
 */
public final class ReducedStrategicForm {
  /**
   * Largest number of strategy profiles built: the form grows exponentially with the tree, and
   * past this size building it takes minutes and gigabytes; {@link #of} refuses instead.
   */
  public static final long MAX_PROFILES = 1_000_000;

  private static final int UNSET = -1;

  private final ExtensiveGame tree;
  private final List<List<int[]>> strategies; // per player: action per own information set, UNSET where unspecified
  private final StrategicGame game;

  private ReducedStrategicForm(ExtensiveGame tree) {
    this.tree = tree;
    List<List<int[]>> strats = new ArrayList<>();
    long profiles = 1;
    for (int p = 0; p < tree.numPlayers(); p++) {
      List<int[]> out = new ArrayList<>();
      int[] behav = new int[tree.infoSets(p).size()];
      Arrays.fill(behav, UNSET);
      Deque<GameNode> pending = new ArrayDeque<>();
      pending.push(tree.root());
      long budget = MAX_PROFILES / profiles;
      enumerate(p, pending, behav, out, budget);
      if (out.size() > budget) throw tooLarge(p);
      profiles *= out.size();
      strats.add(List.copyOf(out));
    }
    this.strategies = List.copyOf(strats);
    this.game = buildGame();
  }

  /**
   * The reduced strategic form of the game.
   *
   * @throws InvalidInputException when it has more than {@link #MAX_PROFILES} profiles
   */
  public static ReducedStrategicForm of(ExtensiveGame tree) {
    return new ReducedStrategicForm(tree);
  }

  /**
   * Depth-first generation of player p's reduced strategies: {@code pending} holds the nodes still
   * to visit (top = next). A first visit to one of p's information sets branches on its actions.
   */
  private InvalidInputException tooLarge(int player) {
    return new InvalidInputException("the reduced strategic form of \"" + tree.title() + "\" has more than " + MAX_PROFILES
        + " strategy profiles (counting reached player " + (player + 1) + "), too many to enumerate"
        + (tree.numPlayers() == 2 ? "; lcp solves two-player trees through the sequence form instead" : ""));
  }

  private void enumerate(int p, Deque<GameNode> pending, int[] behav, List<int[]> out, long budget) {
    if (out.size() > budget) return; // the caller reports the overflow
    if (pending.isEmpty()) {
      out.add(behav.clone());
      return;
    }
    GameNode n = pending.pop();
    try {
      if (n.isTerminal()) {
        enumerate(p, pending, behav, out, budget);
      } else if (n.player() == p) {
        int set = n.infoSet();
        if (behav[set] == UNSET) {
          for (int a = 0; a < n.children().size(); a++) {
            behav[set] = a;
            pending.push(n.children().get(a));
            enumerate(p, pending, behav, out, budget);
            pending.pop();
          }
          behav[set] = UNSET;
        } else {
          pending.push(n.children().get(behav[set]));
          enumerate(p, pending, behav, out, budget);
          pending.pop();
        }
      } else {
        for (int a = n.children().size() - 1; a >= 0; a--) pending.push(n.children().get(a));
        enumerate(p, pending, behav, out, budget);
        for (int a = 0; a < n.children().size(); a++) pending.pop();
      }
    } finally {
      pending.push(n);
    }
  }

  private StrategicGame buildGame() {
    List<List<String>> labels = new ArrayList<>();
    int profiles = 1;
    for (int p = 0; p < tree.numPlayers(); p++) {
      List<String> names = new ArrayList<>();
      for (int[] s : strategies.get(p)) names.add(label(p, s));
      labels.add(names);
      profiles = Math.multiplyExact(profiles, names.size());
    }
    List<List<Rational>> payoffs = new ArrayList<>(profiles);
    int[] idx = new int[tree.numPlayers()];
    for (int k = 0; k < profiles; k++) {
      int rest = k;
      for (int p = 0; p < idx.length; p++) {
        idx[p] = rest % strategies.get(p).size();
        rest /= strategies.get(p).size();
      }
      Rational[] v = new Rational[tree.numPlayers()];
      Arrays.fill(v, Rational.ZERO);
      accumulate(tree.root(), idx, Rational.ONE, v);
      payoffs.add(List.of(v));
    }
    return StrategicGame.ofPayoffs(tree.title(), tree.players(), labels, payoffs);
  }

  private void accumulate(GameNode n, int[] idx, Rational reach, Rational[] v) {
    if (n.outcome().isPresent())
      for (int p = 0; p < v.length; p++) v[p] = v[p].add(reach.multiply(n.outcome().get().payoff(p)));
    if (n.isTerminal()) return;
    if (n.isChance()) {
      List<Rational> probs = tree.infoSet(ExtensiveGame.CHANCE, n.infoSet()).probabilities();
      for (int a = 0; a < n.children().size(); a++)
        if (probs.get(a).signum() != 0) accumulate(n.children().get(a), idx, reach.multiply(probs.get(a)), v);
      return;
    }
    int a = strategies.get(n.player()).get(idx[n.player()])[n.infoSet()];
    if (a == UNSET) throw new IllegalStateException("reduced strategy leaves a reached information set unspecified");
    accumulate(n.children().get(a), idx, reach, v);
  }

  private String label(int p, int[] s) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < s.length; i++) parts.add(s[i] == UNSET ? "*" : tree.infoSet(p, i).actions().get(s[i]));
    return String.join(",", parts);
  }

  /** The extensive game this is the reduced strategic form of. */
  public ExtensiveGame tree() {
    return tree;
  }

  /** The strategic game of reduced strategies, players and title as in the tree. */
  public StrategicGame game() {
    return game;
  }

  /** Number of reduced strategies of a player. */
  public int numStrategies(int player) {
    return strategies.get(player).size();
  }

  /**
   * The action a reduced strategy takes at one of the player's information sets, or -1 where the
   * strategy leaves it unspecified (its own earlier choices exclude it).
   */
  public int action(int player, int strategy, int infoSet) {
    return strategies.get(player).get(strategy)[infoSet];
  }

  /** The behaviour profile equivalent to a mixed profile of reduced strategies (Gambit's rule, see class doc). */
  public BehaviorProfile behavior(MixedProfile sigma) {
    List<List<List<Rational>>> probs = new ArrayList<>();
    for (int p = 0; p < tree.numPlayers(); p++) {
      IdentityHashMap<GameNode, Rational> weight = new IdentityHashMap<>();
      for (int s = 0; s < strategies.get(p).size(); s++)
        if (sigma.probability(p, s).signum() > 0) realise(p, strategies.get(p).get(s), tree.root(), sigma.probability(p, s), weight);
      List<List<Rational>> rows = new ArrayList<>();
      for (InfoSet set : tree.infoSets(p)) rows.add(new ArrayList<>(Collections.nCopies(set.numActions(), Rational.ZERO)));
      assign(p, tree.root(), weight, rows);
      probs.add(rows);
    }
    return new BehaviorProfile(probs);
  }

  private void realise(int p, int[] s, GameNode n, Rational w, Map<GameNode, Rational> weight) {
    weight.merge(n, w, Rational::add);
    if (n.isTerminal()) return;
    for (int a = 0; a < n.children().size(); a++) {
      Rational pa;
      if (n.isChance()) pa = tree.infoSet(ExtensiveGame.CHANCE, n.infoSet()).probabilities().get(a);
      else if (n.player() == p) pa = s[n.infoSet()] == a ? Rational.ONE : Rational.ZERO;
      else pa = Rational.of(1, n.children().size());
      realise(p, s, n.children().get(a), w.multiply(pa), weight);
    }
  }

  private void assign(int p, GameNode n, Map<GameNode, Rational> weight, List<List<Rational>> rows) {
    if (n.isTerminal()) return;
    Rational wn = weight.getOrDefault(n, Rational.ZERO);
    if (n.player() == p && wn.signum() > 0)
      for (int a = 0; a < n.children().size(); a++)
        rows.get(n.infoSet()).set(a, weight.getOrDefault(n.children().get(a), Rational.ZERO).divide(wn));
    for (GameNode c : n.children()) assign(p, c, weight, rows);
  }
}
