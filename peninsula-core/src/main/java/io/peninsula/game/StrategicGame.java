package io.peninsula.game;

import io.peninsula.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An n-player game in strategic (normal) form with exact payoffs. Profiles are indexed as Gambit
 * lists them: the first player's strategy varies fastest. Each profile points at an
 * {@link Outcome} (several profiles may share one) or at none, which pays every player 0 (Gambit's
 * null outcome). Immutable; players and strategies are 0-based in the API.
 */
public final class StrategicGame {
  private final String title;
  private final String comment;
  private final List<String> players;
  private final List<List<String>> strategies;
  private final List<Outcome> outcomes;
  private final int[] outcomeOfProfile; // 0 = null outcome, k = outcomes.get(k - 1)
  private final int[] radix;

  /**
   * @param outcomeOfProfile for each profile (first player fastest), 0 for the null outcome or the
   *     1-based number of an outcome in {@code outcomes}
   */
  public StrategicGame(String title, String comment, List<String> players, List<List<String>> strategies,
      List<Outcome> outcomes, int[] outcomeOfProfile) {
    this.title = Objects.requireNonNull(title, "title");
    this.comment = Objects.requireNonNull(comment, "comment");
    this.players = List.copyOf(players);
    this.strategies = strategies.stream().map(List::copyOf).toList();
    this.outcomes = List.copyOf(outcomes);
    if (this.players.isEmpty()) throw new InvalidInputException("a game needs at least one player");
    if (this.strategies.size() != this.players.size())
      throw new InvalidInputException(this.strategies.size() + " strategy lists for " + this.players.size() + " players");
    radix = new int[this.players.size()];
    long profiles = 1;
    for (int p = 0; p < radix.length; p++) {
      radix[p] = this.strategies.get(p).size();
      if (radix[p] < 1) throw new InvalidInputException("player " + (p + 1) + " has no strategy");
      profiles *= radix[p];
      if (profiles > Integer.MAX_VALUE) throw new InvalidInputException("too many strategy profiles");
    }
    if (outcomeOfProfile.length != profiles)
      throw new InvalidInputException("expected " + profiles + " profile entries, got " + outcomeOfProfile.length);
    for (int k = 0; k < this.outcomes.size(); k++) {
      Outcome o = this.outcomes.get(k);
      if (o.number() != k + 1) throw new InvalidInputException("outcome " + (k + 1) + " is numbered " + o.number());
      if (o.payoffs().size() != this.players.size())
        throw new InvalidInputException("outcome " + o.number() + " has " + o.payoffs().size() + " payoffs for " + this.players.size() + " players");
    }
    for (int v : outcomeOfProfile)
      if (v < 0 || v > this.outcomes.size()) throw new InvalidInputException("profile refers to unknown outcome " + v);
    this.outcomeOfProfile = outcomeOfProfile.clone();
  }

  /** A game given by one payoff vector per profile (Gambit's payoff form): one outcome per profile. */
  public static StrategicGame ofPayoffs(String title, List<String> players, List<List<String>> strategies,
      List<List<Rational>> payoffsPerProfile) {
    List<Outcome> outcomes = new ArrayList<>();
    int[] map = new int[payoffsPerProfile.size()];
    for (int k = 0; k < map.length; k++) {
      outcomes.add(new Outcome(k + 1, "", payoffsPerProfile.get(k)));
      map[k] = k + 1;
    }
    return new StrategicGame(title, "", players, strategies, outcomes, map);
  }

  /** A two-player game from payoff matrices A (row player) and B (column player), A[i][j]. */
  public static StrategicGame bimatrix(String title, Rational[][] a, Rational[][] b) {
    int m = a.length;
    int n = a[0].length;
    List<List<Rational>> pay = new ArrayList<>();
    for (int j = 0; j < n; j++) for (int i = 0; i < m; i++) pay.add(List.of(a[i][j], b[i][j]));
    return ofPayoffs(title, List.of("1", "2"), List.of(labels(m), labels(n)), pay);
  }

  private static List<String> labels(int n) {
    List<String> out = new ArrayList<>();
    for (int k = 1; k <= n; k++) out.add(String.valueOf(k));
    return out;
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

  public List<List<String>> strategies() {
    return strategies;
  }

  public int numStrategies(int player) {
    return radix[player];
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  public int numProfiles() {
    return outcomeOfProfile.length;
  }

  /** Index of a profile (strategy per player), first player varying fastest. */
  public int profileIndex(int... profile) {
    int idx = 0;
    for (int p = radix.length - 1; p >= 0; p--) {
      if (profile[p] < 0 || profile[p] >= radix[p]) throw new IndexOutOfBoundsException("strategy " + profile[p] + " of player " + p);
      idx = idx * radix[p] + profile[p];
    }
    return idx;
  }

  /** The profile (strategy per player) with this index. */
  public int[] profile(int index) {
    int[] out = new int[radix.length];
    for (int p = 0; p < radix.length; p++) {
      out[p] = index % radix[p];
      index /= radix[p];
    }
    return out;
  }

  /** 0 for the null outcome, otherwise the outcome's number. */
  public int outcomeNumber(int profileIndex) {
    return outcomeOfProfile[profileIndex];
  }

  public Rational payoff(int profileIndex, int player) {
    int o = outcomeOfProfile[profileIndex];
    return o == 0 ? Rational.ZERO : outcomes.get(o - 1).payoff(player);
  }

  public Rational payoff(int[] profile, int player) {
    return payoff(profileIndex(profile), player);
  }

  /** Payoff matrix of one player in a two-player game: M[i][j] for row strategy i, column j. */
  public Rational[][] matrix(int player) {
    if (numPlayers() != 2) throw new IllegalStateException("matrix() needs a two-player game, this has " + numPlayers());
    Rational[][] m = new Rational[radix[0]][radix[1]];
    for (int i = 0; i < radix[0]; i++) for (int j = 0; j < radix[1]; j++) m[i][j] = payoff(new int[] {i, j}, player);
    return m;
  }

  /**
   * Structural equality: same title, comment, players, strategy labels, outcome list (labels and
   * payoffs) and outcome of every profile. Two games with equal payoffs but differently shared
   * outcomes are not equal (the outcome structure is part of the game, as in Gambit's files).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof StrategicGame g && title.equals(g.title) && comment.equals(g.comment) && players.equals(g.players)
        && strategies.equals(g.strategies) && outcomes.equals(g.outcomes) && Arrays.equals(outcomeOfProfile, g.outcomeOfProfile);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, players, strategies, outcomes) * 31 + Arrays.hashCode(outcomeOfProfile);
  }

  @Override
  public String toString() {
    return "StrategicGame[" + title + ", strategies " + Arrays.toString(radix) + "]";
  }
}
