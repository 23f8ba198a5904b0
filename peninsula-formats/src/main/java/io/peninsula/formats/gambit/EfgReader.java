package io.peninsula.formats.gambit;

import io.peninsula.formats.InputException;
import io.peninsula.formats.gambit.GambitTokenizer.Kind;
import io.peninsula.formats.gambit.GambitTokenizer.Token;
import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads Gambit's extensive-form files ({@code .efg}, version 2): the header
 * {@code EFG 2 R|D "title" { "player" … } "comment"}, then the nodes in depth-first pre-order —
 * {@code c "name" set ["set name" { "action" prob … }] outcome ["name" { payoffs }]} for chance,
 * {@code p "name" player set ["set name" { "action" … }] outcome […]} for a player, and
 * {@code t "name" outcome […]} for a terminal node. A set or outcome is described at its first
 * use; a repeated description must match it (an error otherwise). Outcome 0 is the null outcome.
 * Numbers are exact; errors name line and column.
 */
public final class EfgReader {
  private final String file;
  private final GambitTokenizer.Tokens tokens;
  private int pos;
  private int players;
  private final Map<Integer, Map<Integer, InfoSet>> sets = new TreeMap<>(); // player (0 = chance) -> number -> set
  private final Map<Integer, Outcome> outcomes = new TreeMap<>();

  private EfgReader(String file, String text) {
    this.file = file;
    this.tokens = new GambitTokenizer.Tokens(file, text);
  }

  public static ExtensiveGame read(String fileName, String text) {
    return new EfgReader(fileName, text).game();
  }

  private ExtensiveGame game() {
    Token efg = next("EFG");
    if (!efg.text().equals("EFG"))
      throw error(efg, "an extensive-form file starts with EFG, found \"" + efg.text() + "\" (strategic games are .nfg)");
    Token version = next("version 2");
    if (!version.text().equals("2")) throw error(version, "only EFG version 2 is supported, found " + version.text());
    Token type = next("R or D");
    if (!type.text().equals("R") && !type.text().equals("D")) throw error(type, "expected R or D after the version, found " + type.text());
    String title = expect(Kind.STRING, "the game's title in quotes").text();
    expect(Kind.LBRACE, "'{' opening the list of players");
    List<String> names = new ArrayList<>();
    while (peek().kind() != Kind.RBRACE) names.add(expect(Kind.STRING, "a player name in quotes or '}'").text());
    pos++;
    players = names.size();
    String comment = peekIs(Kind.STRING) ? tokens.get(pos++).text() : "";
    GameNode root = node();
    if (tokens.has(pos)) throw error(tokens.get(pos), "unexpected \"" + tokens.get(pos).text() + "\" after the last node of the tree");
    List<List<InfoSet>> perPlayer = new ArrayList<>();
    for (int p = 1; p <= players; p++) perPlayer.add(indexed(sets.getOrDefault(p, Map.of())));
    List<InfoSet> chance = indexed(sets.getOrDefault(0, Map.of()));
    try {
      return new ExtensiveGame(title, comment, names, reindex(root), perPlayer, chance, List.copyOf(outcomes.values()));
    } catch (IllegalArgumentException e) {
      throw InputException.of(file, 0, 0, "", e.getMessage());
    }
  }

  private static List<InfoSet> indexed(Map<Integer, InfoSet> byNumber) {
    List<InfoSet> out = new ArrayList<>();
    for (InfoSet s : byNumber.values()) out.add(new InfoSet(s.player(), out.size(), s.label(), s.actions(), s.probabilities()));
    return out;
  }

  /**
   * Node set numbers in the file are Gambit's (1-based, per player); the model uses list indices,
   * assigned in order of each set's first node in the tree (pre-order), which is how Gambit 17
   * orders and renumbers information sets ({@code GameTreeRep::SortInfosets}), so behaviour profiles
   * print in Gambit's order even when a file numbers its sets otherwise.
   */
  private GameNode reindex(GameNode n) {
    if (n.isTerminal()) return n;
    List<GameNode> kids = n.children().stream().map(this::reindex).toList();
    int owner = n.isChance() ? 0 : n.player() + 1;
    int index = new ArrayList<>(sets.get(owner).keySet()).indexOf(n.infoSet());
    return new GameNode(n.label(), n.player(), index, kids, n.outcome());
  }

  /** Deepest tree read (the readers and solvers recurse once per level). */
  static final int MAX_DEPTH = 2000;

  private int depth;

  private GameNode node() {
    Token kind = next("a node (c, p or t)");
    if (depth >= MAX_DEPTH)
      throw error(kind, "the tree is deeper than " + MAX_DEPTH + " levels here; such a game is beyond what peninsula reads");
    String label = expect(Kind.STRING, "the node's name in quotes").text();
    switch (kind.text()) {
      case "t" -> {
        return GameNode.terminal(label, outcome());
      }
      case "c", "p" -> {
        boolean chance = kind.text().equals("c");
        int player = 0;
        if (!chance) {
          Token pt = expect(Kind.NUMBER, "the player number");
          player = integer(pt);
          if (player < 1 || player > players) throw error(pt, "player " + player + " does not exist (players: 1.." + players + ")");
        }
        Token st = expect(Kind.NUMBER, "the information set number");
        int number = integer(st);
        InfoSet set = infoSet(chance ? 0 : player, number, st);
        Optional<Outcome> outcome = outcome();
        List<GameNode> kids = new ArrayList<>();
        depth++;
        for (int a = 0; a < set.numActions(); a++) kids.add(node());
        depth--;
        return new GameNode(label, chance ? ExtensiveGame.CHANCE : player - 1, number, kids, outcome);
      }
      default -> throw error(kind, "expected a node type c (chance), p (player) or t (terminal), found \"" + kind.text() + "\"");
    }
  }

  private InfoSet infoSet(int owner, int number, Token at) {
    // first appearance order: nodes come in pre-order, so this is the order of the sets' first nodes
    Map<Integer, InfoSet> known = sets.computeIfAbsent(owner, k -> new java.util.LinkedHashMap<>());
    InfoSet existing = known.get(number);
    if (!peekIs(Kind.STRING)) {
      if (existing == null) throw error(at, "information set " + number + " is used before it is described (give its name and actions here)");
      return existing;
    }
    Token nameTok = tokens.get(pos++);
    expect(Kind.LBRACE, "'{' opening the actions of information set " + number);
    List<String> actions = new ArrayList<>();
    List<Rational> probs = new ArrayList<>();
    while (peek().kind() != Kind.RBRACE) {
      actions.add(expect(Kind.STRING, "an action name in quotes or '}'").text());
      if (owner == 0) probs.add(number("the probability of chance action \"" + actions.get(actions.size() - 1) + "\""));
    }
    pos++;
    InfoSet set;
    try {
      set = new InfoSet(owner == 0 ? ExtensiveGame.CHANCE : owner - 1, number, nameTok.text(), actions, probs);
    } catch (IllegalArgumentException e) {
      throw error(nameTok, e.getMessage());
    }
    if (existing != null) {
      if (!existing.actions().equals(set.actions()) || !existing.probabilities().equals(set.probabilities()))
        throw error(nameTok, "information set " + number + " is described differently from its first description "
            + existing.actions() + "; repeat it exactly or leave the description out");
      return existing;
    }
    known.put(number, set);
    return set;
  }

  private Optional<Outcome> outcome() {
    Token ot = expect(Kind.NUMBER, "the outcome number (0 for none)");
    int number = integer(ot);
    if (number < 0) throw error(ot, "outcome numbers are >= 0, found " + number);
    Outcome existing = outcomes.get(number);
    if (peekIs(Kind.STRING) && tokens.has(pos + 1) && tokens.get(pos + 1).kind() == Kind.LBRACE) {
      String name = tokens.get(pos++).text();
      pos++;
      List<Rational> pay = new ArrayList<>();
      for (int p = 0; p < players; p++) pay.add(number("payoff " + (p + 1) + " of outcome " + number));
      expect(Kind.RBRACE, "'}' closing outcome " + number + " (one payoff per player: " + players + ")");
      if (number == 0) throw error(ot, "outcome 0 is the null outcome and takes no payoffs; number the outcome from 1");
      Outcome o = new Outcome(number, name, pay);
      if (existing != null && !existing.equals(o))
        throw error(ot, "outcome " + number + " is described differently from its first description " + existing.payoffs());
      outcomes.put(number, o);
      return Optional.of(o);
    }
    if (number == 0) return Optional.empty();
    if (existing == null) throw error(ot, "outcome " + number + " is used before it is described (give its name and payoffs here)");
    return Optional.of(existing);
  }

  private Rational number(String what) {
    Token t = expect(Kind.NUMBER, what);
    io.peninsula.formats.InputLimits.checkNumber(file, t.line(), t.column(), t.text());
    try {
      return Rational.parse(t.text());
    } catch (ArithmeticException | NumberFormatException e) {
      throw error(t, "\"" + t.text() + "\" is not a valid number");
    }
  }

  private int integer(Token t) {
    try {
      return Integer.parseInt(t.text());
    } catch (NumberFormatException e) {
      throw error(t, "expected a whole number, found " + t.text());
    }
  }

  private Token peek() {
    if (!tokens.has(pos)) throw InputException.of(file, 0, 0, "", "the file ends inside the tree (truncated?)");
    return tokens.get(pos);
  }

  private boolean peekIs(Kind k) {
    return tokens.has(pos) && tokens.get(pos).kind() == k;
  }

  private Token next(String what) {
    if (!tokens.has(pos)) throw InputException.of(file, 0, 0, "", "the file ends where " + what + " was expected (truncated?)");
    return tokens.get(pos++);
  }

  private Token expect(Kind kind, String what) {
    Token t = next(what);
    if (t.kind() != kind) throw error(t, "expected " + what + ", found \"" + t.text() + "\"");
    return t;
  }

  private InputException error(Token t, String message) {
    return InputException.of(file, t.line(), t.column(), "", message);
  }
}
