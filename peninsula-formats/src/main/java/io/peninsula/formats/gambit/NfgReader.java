package io.peninsula.formats.gambit;

import io.peninsula.formats.InputException;
import io.peninsula.formats.InputLimits;
import io.peninsula.formats.gambit.GambitTokenizer.Kind;
import io.peninsula.formats.gambit.GambitTokenizer.Token;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Gambit's strategic-form files ({@code .nfg}, version 1): the header
 * {@code NFG 1 R|D "title" { "player" … }}, strategies as counts {@code { 2 3 }} or labels
 * {@code { { "a" "b" } { … } }}, an optional comment string, then either the payoff form (one
 * payoff per player per profile, first player's strategy varying fastest) or the outcome form
 * ({@code { { "label" p1, p2 } … }} followed by one outcome number per profile, 0 = the null
 * outcome). Numbers are read exactly (integers, decimals, a/b). Errors name line and column.
 */
public final class NfgReader {
  private final String file;
  private final GambitTokenizer.Tokens tokens;
  private int pos;

  private NfgReader(String file, String text) {
    this.file = file;
    this.tokens = new GambitTokenizer.Tokens(file, text);
  }

  public static StrategicGame read(String fileName, String text) {
    return new NfgReader(fileName, text).game();
  }

  private StrategicGame game() {
    Token nfg = next("NFG");
    if (!nfg.text().equals("NFG"))
      throw error(nfg, "a strategic-form file starts with NFG, found \"" + nfg.text() + "\" (extensive games are .efg)");
    Token version = next("version 1");
    if (!version.text().equals("1")) throw error(version, "only NFG version 1 is supported, found " + version.text());
    Token type = next("R or D");
    if (!type.text().equals("R") && !type.text().equals("D")) throw error(type, "expected R or D after the version, found " + type.text());
    String title = expect(Kind.STRING, "the game's title in quotes").text();
    List<String> players = new ArrayList<>();
    expect(Kind.LBRACE, "'{' opening the list of players");
    while (peek().kind() != Kind.RBRACE) players.add(expect(Kind.STRING, "a player name in quotes or '}'").text());
    pos++;
    if (players.isEmpty()) throw error(tokens.get(pos - 1), "a game needs at least one player");
    Token strategiesStart = peek();
    List<List<String>> strategies = strategies(players.size());
    String comment = peekIs(Kind.STRING) ? tokens.get(pos++).text() : "";
    long[] counts = strategies.stream().mapToLong(List::size).toArray();
    int profiles = (int) InputLimits.checkProfiles(file, strategiesStart.line(), strategiesStart.column(), counts);
    if (peekIs(Kind.LBRACE)) return outcomeForm(title, comment, players, strategies, profiles);
    List<List<Rational>> payoffs = new ArrayList<>();
    for (int k = 0; k < profiles; k++) {
      List<Rational> v = new ArrayList<>();
      for (int p = 0; p < players.size(); p++) v.add(number("payoff " + (p + 1) + " of profile " + (k + 1) + " of " + profiles));
      payoffs.add(v);
    }
    endOfFile();
    StrategicGame g = StrategicGame.ofPayoffs(title, players, strategies, payoffs);
    return new StrategicGame(title, comment, players, strategies, g.outcomes(), profileMap(g));
  }

  private static int[] profileMap(StrategicGame g) {
    int[] m = new int[g.numProfiles()];
    for (int k = 0; k < m.length; k++) m[k] = g.outcomeNumber(k);
    return m;
  }

  private List<List<String>> strategies(int players) {
    expect(Kind.LBRACE, "'{' opening the strategies");
    List<List<String>> out = new ArrayList<>();
    if (peekIs(Kind.NUMBER)) {
      Token first = peek();
      long[] counts = new long[players];
      for (int p = 0; p < players; p++) counts[p] = positiveInt(expect(Kind.NUMBER, "the number of strategies of player " + (p + 1)));
      // before allocating a label per strategy: the profile limit, then the file's own size (both
      // payoff forms give at least one number per profile, i.e. two characters with its separator),
      // so a short file cannot make the reader allocate millions of labels
      long profiles = InputLimits.checkProfiles(file, first.line(), first.column(), counts);
      long left = tokens.charsLeft();
      if (left < 2 * profiles - 1)
        throw error(first, "the strategy counts give " + profiles + " strategy profiles, but only " + left
            + " characters follow, too few for one number per profile; check the strategy counts (or is the file truncated?)");
      for (long count : counts) {
        List<String> labels = new ArrayList<>();
        for (int s = 1; s <= count; s++) labels.add(String.valueOf(s));
        out.add(labels);
      }
    } else {
      for (int p = 0; p < players; p++) {
        expect(Kind.LBRACE, "'{' opening player " + (p + 1) + "'s strategy labels");
        List<String> labels = new ArrayList<>();
        while (peek().kind() != Kind.RBRACE) labels.add(expect(Kind.STRING, "a strategy label in quotes or '}'").text());
        Token close = tokens.get(pos++);
        if (labels.isEmpty()) throw error(close, "player " + (p + 1) + " has no strategy");
        out.add(labels);
      }
    }
    expect(Kind.RBRACE, "'}' closing the strategies (one entry per player: " + players + ")");
    return out;
  }

  private StrategicGame outcomeForm(String title, String comment, List<String> players, List<List<String>> strategies, int profiles) {
    expect(Kind.LBRACE, "'{' opening the outcomes");
    List<Outcome> outcomes = new ArrayList<>();
    while (peek().kind() != Kind.RBRACE) {
      expect(Kind.LBRACE, "'{' opening an outcome or '}' closing the list");
      String label = expect(Kind.STRING, "the outcome's label in quotes").text();
      List<Rational> pay = new ArrayList<>();
      for (int p = 0; p < players.size(); p++) pay.add(number("payoff " + (p + 1) + " of outcome " + (outcomes.size() + 1)));
      expect(Kind.RBRACE, "'}' closing outcome " + (outcomes.size() + 1) + " (it has one payoff per player: " + players.size() + ")");
      outcomes.add(new Outcome(outcomes.size() + 1, label, pay));
    }
    pos++;
    int[] map = new int[profiles];
    for (int k = 0; k < profiles; k++) {
      Token t = expect(Kind.NUMBER, "the outcome number of profile " + (k + 1) + " of " + profiles);
      int o;
      try {
        o = Integer.parseInt(t.text());
      } catch (NumberFormatException e) {
        throw error(t, "outcome numbers are whole numbers, found " + t.text());
      }
      if (o < 0 || o > outcomes.size()) throw error(t, "outcome " + o + " does not exist (outcomes: 1.." + outcomes.size() + ", 0 = null outcome)");
      map[k] = o;
    }
    endOfFile();
    return new StrategicGame(title, comment, players, strategies, outcomes, map);
  }

  private Rational number(String what) {
    Token t = expect(Kind.NUMBER, what);
    InputLimits.checkNumber(file, t.line(), t.column(), t.text());
    try {
      return Rational.parse(t.text());
    } catch (ArithmeticException | NumberFormatException e) {
      throw error(t, "\"" + t.text() + "\" is not a valid number (" + e.getMessage() + ")");
    }
  }

  private int positiveInt(Token t) {
    try {
      int v = Integer.parseInt(t.text());
      if (v >= 1) return v;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(t, "a strategy count must be a whole number >= 1, found " + t.text());
  }

  private void endOfFile() {
    if (tokens.has(pos)) throw error(tokens.get(pos), "unexpected \"" + tokens.get(pos).text() + "\" after the last payoff (too many payoffs?)");
  }

  private Token peek() {
    if (!tokens.has(pos)) throw InputException.of(file, 0, 0, "", "the file ends too early (truncated?)");
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
