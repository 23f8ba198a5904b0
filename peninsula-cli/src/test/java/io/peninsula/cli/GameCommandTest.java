package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GameCommandTest {
  static final Path GAMES = Path.of("..", "peninsula-formats", "src", "test", "resources", "games");

  @Test
  void solve_gambitFormat_oneLinePerEquilibrium() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("battle-of-the-sexes.nfg").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("NE,1,0,1,0\nNE,0,1,0,1\n");
  }

  @Test
  void solve_table_namesStrategies() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("prisoners-dilemma.nfg").toString(), "--format", "table");
    assertThat(r.out()).isEqualTo("Prisoner's dilemma: 1 equilibrium (enumpure)\n  1. Row: Defect; Column: Defect; payoffs Row 1, Column 1\n");
  }

  @Test
  void solve_unknownMethod_exit2() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("matching-pennies.nfg").toString(), "--method", "magic");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: unknown method \"magic\" (available: enumpure");
  }

  @Test
  void show_twoPlayers_matrix() {
    var r = CliRunner.run("game", "show", GAMES.resolve("matching-pennies.nfg").toString());
    assertThat(r.out()).contains("1 \\ 2  1      2").contains("1      1, -1  -1, 1");
  }

  @Test
  void solve_extensive_speAndPureBehaviourProfiles() {
    String f = GAMES.resolve("entry-deterrence.efg").toString();
    assertThat(CliRunner.run("game", "solve", f, "--method", "spe").out()).isEqualTo("NE,1,0,0,1\n");
    assertThat(CliRunner.run("game", "solve", f).out()).isEqualTo("NE,0,1,1,0\nNE,1,0,0,1\n");
    var r = CliRunner.run("game", "solve", GAMES.resolve("deterrence-with-chance.efg").toString(), "--method", "spe");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("backward induction needs perfect information");
  }

  /** Fudenberg & Tirole (1991) Fig. 2.1: R goes (by M), then D (by U), then L (by M); (U, M) is the only equilibrium. */
  static final String FT = """
      NFG 1 R "Fudenberg-Tirole 2.1" { "Row" "Column" }

      { { "U" "D" }
      { "L" "M" "R" }
      }
      ""

      1 0 0 3 1 2 0 1 0 1 2 0
      """;

  /** Row's D pays (1, 1): only the mix 1/2 U + 1/2 M dominates it. */
  static final String MIXDOM = """
      NFG 1 R "mixed dominance" { "Row" "Column" }

      { { "U" "M" "D" }
      { "L" "R" }
      }
      ""

      3 1 0 0 1 0 0 0 3 1 1 0
      """;

  @TempDir Path tmp;

  Path file(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text);
  }

  @Test
  void solve_json_exactRationalsAndPayoffs() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("battle-of-the-sexes.nfg").toString(), "--method", "enummixed", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(CliTest.readJson(r.out()).at("/provenance/command").asText()).isEqualTo("game solve");
    assertThat(result(r.out())).startsWith("""
        {
          "title" : "Battle of the sexes, outcome form",
          "form" : "strategic",
          "players" : [ "She", "He" ],
          "method" : "enummixed",
          "strategies" : [ [ "Opera", "Football" ], [ "Opera", "Football" ] ],
          "equilibria" : [ {
            "profile" : [ [ "1", "0" ], [ "1", "0" ] ],
            "payoffs" : [ "2", "1" ],
            "verified" : true
          }, {
            "profile" : [ [ "2/3", "1/3" ], [ "1/3", "2/3" ] ],
            "payoffs" : [ "2/3", "2/3" ],
            "verified" : true
          }, {""");
    var e = CliRunner.run("game", "solve", GAMES.resolve("entry-deterrence.efg").toString(), "--method", "spe", "--format", "json");
    assertThat(result(e.out())).isEqualTo("""
        {
          "title" : "Entry deterrence (Selten's chain-store stage game)",
          "form" : "extensive",
          "players" : [ "Entrant", "Incumbent" ],
          "method" : "spe",
          "infoSets" : [ [ {
            "label" : "enter?",
            "actions" : [ "In", "Out" ]
          } ], [ {
            "label" : "respond",
            "actions" : [ "Fight", "Accommodate" ]
          } ] ],
          "equilibria" : [ {
            "profile" : [ [ [ "1", "0" ] ], [ [ "0", "1" ] ] ],
            "payoffs" : [ "1", "1" ],
            "verified" : true
          } ]
        }
        """);
  }

  /** The result half of a {"provenance", "result"} document, indented as the CLI prints JSON. */
  static String result(String document) {
    try {
      var m = new com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
      return m.writeValueAsString(m.readTree(document).get("result")) + "\n";
    } catch (java.io.IOException ex) {
      throw new AssertionError(ex);
    }
  }

  @Test
  void solve_tableExtensive_headerThenProfilesWithPayoffs() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("deterrence-with-chance.efg").toString(), "--format", "table");
    // Challenge; resolute resists, weak concedes: 1/3·(-2, 1) + 2/3·(2, -1) = (2/3, -1/3)
    assertThat(r.out()).startsWith("Challenger meets a resolute or a weak defender: ")
        .contains(". Challenger@challenge?: Challenge; Defender@resolute defender: Resist; Defender@weak defender: Concede; "
            + "payoffs Challenger 2/3, Defender -1/3\n");
  }

  @Test
  void solve_eliminateDominated_sameEquilibriaInTheFullStrategySpace() throws IOException {
    String ft = file("ft.nfg", FT).toString();
    assertThat(CliRunner.run("game", "solve", ft, "--method", "enummixed").out()).isEqualTo("NE,1,0,0,1,0\n");
    assertThat(CliRunner.run("game", "solve", ft, "--method", "enummixed", "--eliminate-dominated").out()).isEqualTo("NE,1,0,0,1,0\n");
    String mix = file("mix.nfg", MIXDOM).toString();
    assertThat(CliRunner.run("game", "solve", mix, "--eliminate-dominated", "--format", "table").out())
        .contains("\n  no strictly dominated strategy to eliminate\n");
    String all = CliRunner.run("game", "solve", mix, "--method", "enummixed").out();
    assertThat(CliRunner.run("game", "solve", mix, "--method", "enummixed", "--eliminate-dominated=mixed").out()).isEqualTo(all);
    assertThat(CliRunner.run("game", "solve", ft, "--eliminate-dominated", "--format", "table").out()).isEqualTo("""
        Fudenberg-Tirole 2.1: 1 equilibrium (enumpure)
          solved after eliminating 3 strictly dominated strategies in 3 rounds (game reduce shows them)
          1. Row: U; Column: M; payoffs Row 1, Column 2
        """);
    // on a tree it works on the reduced strategic form: nothing is strictly dominated in the entry game
    var tree = CliRunner.run("game", "solve", GAMES.resolve("entry-deterrence.efg").toString(), "--eliminate-dominated", "--format", "table");
    assertThat(tree.exit()).as(tree.err()).isZero();
    assertThat(tree.out()).isEqualTo("""
        Entry deterrence (Selten's chain-store stage game): 2 equilibria (enumpure)
          no strictly dominated strategy to eliminate
          1. Entrant: Out; Incumbent: Fight; payoffs Entrant 0, Incumbent 2
          2. Entrant: In; Incumbent: Accommodate; payoffs Entrant 1, Incumbent 1
        """);
  }

  @Test
  void reduce_table_roundsThenReducedGame() throws IOException {
    var r = CliRunner.run("game", "reduce", file("ft.nfg", FT).toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        Fudenberg-Tirole 2.1: iterated elimination of strictly dominated strategies (pure dominators)
        Round 1: Column drops R (dominated by M)
        Round 2: Row drops D (dominated by U)
        Round 3: Column drops L (dominated by M)
        Reduced game: 1 x 1 strategies
        Fudenberg-Tirole 2.1 (2 players: Row, Column)
        Row \\ Column  M
        ------------  ----
        U             1, 2
        """);
    String mix = file("mix.nfg", MIXDOM).toString();
    assertThat(CliRunner.run("game", "reduce", mix).out()).contains("No strategy is strictly dominated; the game is unchanged.\n");
    assertThat(CliRunner.run("game", "reduce", mix, "--mixed").out()).contains("Round 1: Row drops D (dominated by 1/2 U + 1/2 M)\n");
    assertThat(CliRunner.run("game", "reduce", mix, "--weak").out())
        .startsWith("mixed dominance: iterated elimination of weakly dominated strategies (pure dominators)\nNo strategy is weakly dominated");
    var both = CliRunner.run("game", "reduce", mix, "--weak", "--mixed");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).isEqualTo("error: --weak uses pure dominators only; leave out --mixed\n");
  }

  @Test
  void reduce_gambit_writesTheReducedNfg() throws IOException {
    var r = CliRunner.run("game", "reduce", file("mix.nfg", MIXDOM).toString(), "--mixed", "--format", "gambit");
    assertThat(r.out()).isEqualTo("""
        NFG 1 R "mixed dominance" { "Row" "Column" }

        { { "U" "M" }
        { "L" "R" }
        }
        ""

        {
        { "" 3, 1 }
        { "" 0, 0 }
        { "" 0, 0 }
        { "" 3, 1 }
        }
        1 2 3 4
        """);
    var e = CliRunner.run("game", "reduce", GAMES.resolve("entry-deterrence.efg").toString());
    assertThat(e.exit()).as(e.err()).isZero(); // a tree is reduced in its reduced strategic form
    assertThat(e.out()).contains("No strategy is strictly dominated; the game is unchanged.");
  }

  @Test
  void convert_rewritesInCanonicalLayout_refusesChangingTheForm() throws IOException {
    var r = CliRunner.run("game", "convert", GAMES.resolve("matching-pennies.nfg").toString(), "--to", "nfg");
    assertThat(r.out()).isEqualTo("""
        NFG 1 R "Matching pennies" { "1" "2" }

        { { "1" "2" }
        { "1" "2" }
        }
        ""

        {
        { "" 1, -1 }
        { "" -1, 1 }
        { "" -1, 1 }
        { "" 1, -1 }
        }
        1 2 3 4
        """);
    Path out = tmp.resolve("out.efg");
    String efg = GAMES.resolve("deterrence-with-chance.efg").toString();
    assertThat(CliRunner.run("game", "convert", efg, "--to", "efg", "-o", out.toString()).exit()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(Path.of(efg)));
    var nowhere = CliRunner.run("game", "convert", efg, "--to", "efg", "-o", tmp.resolve("missing/out.efg").toString());
    assertThat(nowhere.exit()).isEqualTo(2);
    assertThat(nowhere.err()).endsWith("out.efg: cannot be written: directory " + tmp.resolve("missing").toAbsolutePath() + " does not exist\n");
    // a tree becomes its reduced strategic form; by hand, (Challenge; Resist, Resist) pays the defender
    // 1/3 * 1 + 2/3 * (-3) = -5/3, and (Challenge; Resist, Concede) the challenger 1/3 * (-2) + 2/3 * 2 = 2/3
    var nfg = CliRunner.run("game", "convert", efg, "--to", "nfg");
    assertThat(nfg.exit()).as(nfg.err()).isZero();
    assertThat(nfg.out()).isEqualTo("""
        NFG 1 R "Challenger meets a resolute or a weak defender" { "Challenger" "Defender" }

        { { "Challenge" "Stay" }
        { "Resist,Resist" "Resist,Concede" "Concede,Resist" "Concede,Concede" }
        }
        ""

        {
        { "" -2, -5/3 }
        { "" 0, 0 }
        { "" 2/3, -1/3 }
        { "" 0, 0 }
        { "" -2/3, -7/3 }
        { "" 0, 0 }
        { "" 2, -1 }
        { "" 0, 0 }
        }
        1 2 3 4 5 6 7 8
        """);
    var bad = CliRunner.run("game", "convert", GAMES.resolve("matching-pennies.nfg").toString(), "--to", "efg");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).startsWith("error: ").contains("is a strategic (.nfg) game; --to efg would need a game tree");
  }

  /**
   * enummixed solves only strategic games, so on a tree it solves the reduced strategic form (as
   * gambit-enummixed does). By hand: against Challenge the defender's best reply is (Resist, Concede)
   * (-1/3), and the challenger gains 2/3 > 0; with Stay, every defender mix leaving the challenger at
   * most 0 is an equilibrium, whose extreme points are the two pure strategies paying the challenger
   * less than 0 and the four mixes paying exactly 0.
   */
  @Test
  void solve_enummixedOnTree_reducedStrategicFormEquilibria() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("deterrence-with-chance.efg").toString(), "--method", "enummixed");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactlyInAnyOrder("NE,1,0,0,1,0,0", "NE,0,1,1,0,0,0", "NE,0,1,0,0,1,0",
        "NE,0,1,1/4,3/4,0,0", "NE,0,1,1/2,0,0,1/2", "NE,0,1,0,1/2,1/2,0", "NE,0,1,0,0,3/4,1/4");
  }

  @Test
  void show_tree_outlineWithChanceProbabilitiesAndPayoffs_strategicWithS() {
    String f = GAMES.resolve("entry-deterrence.efg").toString();
    var r = CliRunner.run("game", "show", f);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("""
        Entry deterrence (Selten's chain-store stage game) (2 players: Entrant, Incumbent; extensive form, perfect information)
        Entrant at "enter?"
          In:
            Incumbent at "respond"
              Fight:
                end  payoffs -1, -1 (price war)
              Accommodate:
                end  payoffs 1, 1 (share)
          Out:
            end  payoffs 0, 2 (stay out)
        """);
    var c = CliRunner.run("game", "show", GAMES.resolve("deterrence-with-chance.efg").toString());
    assertThat(c.out()).contains("chance at \"type\" (node \"nature\")\n  resolute (1/3):\n");
    assertThat(CliRunner.run("game", "show", f, "-S").out()).contains("Entrant \\ Incumbent").contains("Out                  0, 2");
  }

  /**
   * enumpure on a tree reports reduced-strategy equilibria, as gambit-enumpure: an information set
   * the player's own moves exclude is unspecified (all 0 in gambit format). By hand: (R; r) is the
   * only pure equilibrium — against l, (L, x) would pay player 1 3 > 2.
   */
  @Test
  void solve_enumpureOnTree_ownExcludedSetUnspecified() throws IOException {
    Path f = file("two.efg", """
        EFG 2 R "two moves" { "1" "2" }
        ""

        p "" 1 1 "first" { "L" "R" } 0
        p "" 2 1 "reply" { "l" "r" } 0
        p "" 1 2 "again" { "x" "y" } 0
        t "" 1 "Llx" { 3, 1 }
        t "" 2 "Lly" { 0, 0 }
        t "" 3 "Lr" { 1, 2 }
        t "" 4 "R" { 2, 2 }
        """);
    assertThat(CliRunner.run("game", "solve", f.toString()).out()).isEqualTo("NE,0,1,0,0,0,1\n");
    assertThat(CliRunner.run("game", "solve", f.toString(), "--format", "table").out()).isEqualTo("""
        two moves: 1 equilibrium (enumpure)
          1. 1@first: R; 1@again: - (own moves exclude it); 2@reply: r; payoffs 1 2, 2 2
        """);
  }

  /** A tree without player moves has one (empty) profile; Gambit prints it as a bare NE. */
  @Test
  void solve_treeWithoutMoves_bareNeLineAsGambit() throws IOException {
    Path f = file("nature.efg", """
        EFG 2 R "only chance" { "1" "2" }
        ""

        c "" 1 "" { "a" 1/2 "b" 1/2 } 0
        t "" 1 "" { 1, 0 }
        t "" 2 "" { 0, 1 }
        """);
    assertThat(CliRunner.run("game", "solve", f.toString()).out()).isEqualTo("NE\n");
  }

  @Test
  void solve_unknownFormat_exit2ListsFormats() {
    var r = CliRunner.run("game", "solve", GAMES.resolve("matching-pennies.nfg").toString(), "--format", "xml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: unknown --format \"xml\" (allowed: gambit, table, json)");
  }
}
