package io.peninsula.formats.gambit;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.ExtensiveGame;
import io.peninsula.game.GameNode;
import io.peninsula.game.InfoSet;
import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EfgWriterTest {
  /** The fixtures were written by hand in exactly the writer's layout (first-use descriptions), so they come back byte for byte. */
  @ParameterizedTest
  @ValueSource(strings = {"deterrence-with-chance.efg", "entry-deterrence.efg"})
  void write_fixtures_byteIdentical(String name) {
    String text = NfgWriterTest.resource(name);
    assertThat(EfgWriter.write(EfgReader.read(name, text))).isEqualTo(text);
  }

  @Test
  void write_repeatedDescriptions_writtenOnceAtFirstUse() {
    String gambitStyle = """
        EFG 2 R "t" { "A" "B" }
        ""

        p "" 1 1 "i" { "l" "r" } 0
        p "x" 2 1 "j" { "a" "b" } 1 "o" { 1/2, -3/4 }
        t "" 2 "w" { 1, 0 }
        t "" 2 "w" { 1, 0 }
        p "y" 2 1 "j" { "a" "b" } 0
        t "" 2 "w" { 1, 0 }
        t "" 0
        """;
    ExtensiveGame g = EfgReader.read("g.efg", gambitStyle);
    assertThat(EfgWriter.write(g)).isEqualTo("""
        EFG 2 R "t" { "A" "B" }
        ""

        p "" 1 1 "i" { "l" "r" } 0
        p "x" 2 1 "j" { "a" "b" } 1 "o" { 1/2, -3/4 }
        t "" 2 "w" { 1, 0 }
        t "" 2
        p "y" 2 1 0
        t "" 2
        t "" 0
        """);
  }

  @Test
  void write_escapesAndChanceProbabilities_readBackEqual() {
    InfoSet chance = new InfoSet(ExtensiveGame.CHANCE, 0, "n\"ature", List.of("a\\", "b"), List.of(Rational.of(1, 3), Rational.of(2, 3)));
    Outcome o = new Outcome(3, "he said \"go\"", List.of(Rational.of(5, 2)));
    GameNode root = new GameNode("r", ExtensiveGame.CHANCE, 0,
        List.of(GameNode.terminal("", Optional.of(o)), GameNode.terminal("z", Optional.empty())), Optional.empty());
    ExtensiveGame g = new ExtensiveGame("t\\", "", List.of("solo"), root, List.of(List.of()), List.of(chance), List.of(o));
    String out = EfgWriter.write(g);
    assertThat(out).isEqualTo("EFG 2 R \"t\\\\\" { \"solo\" }\n\"\"\n\nc \"r\" 1 \"n\\\"ature\" { \"a\\\\\" 1/3 \"b\" 2/3 } 0\n"
        + "t \"\" 3 \"he said \\\"go\\\"\" { 5/2 }\nt \"z\" 0\n");
    assertThat(EfgReader.read("x.efg", out)).isEqualTo(g);
  }

  @Test
  void write_outcomeNumberClash_renumberedInFirstUseOrder_unusedSetLeftOut() {
    Outcome a = new Outcome(1, "a", List.of(Rational.ONE));
    Outcome b = new Outcome(1, "b", List.of(Rational.ZERO));
    InfoSet s = new InfoSet(0, 0, "s", List.of("x", "y", "z"), List.of());
    InfoSet unused = new InfoSet(0, 1, "never", List.of("w"), List.of());
    GameNode root = GameNode.decision("", 0, 0,
        List.of(GameNode.terminal("", Optional.of(b)), GameNode.terminal("", Optional.of(a)), GameNode.terminal("", Optional.of(b))), Optional.empty());
    ExtensiveGame g = new ExtensiveGame("t", "", List.of("1"), root, List.of(List.of(s, unused)), List.of(), List.of(a, b));
    String out = EfgWriter.write(g);
    assertThat(out).isEqualTo("""
        EFG 2 R "t" { "1" }
        ""

        p "" 1 1 "s" { "x" "y" "z" } 0
        t "" 1 "b" { 0 }
        t "" 2 "a" { 1 }
        t "" 1
        """);
    ExtensiveGame back = EfgReader.read("t.efg", out);
    assertThat(back.infoSets(0)).containsExactly(s);
    assertThat(back.outcomes()).extracting(Outcome::label).containsExactly("b", "a");
  }

  /** Gambit's collection (GPL: read from ../shared, never copied): every .efg reads, writes and reads back equal. */
  @Test
  void gambitCollection_everyEfgRoundTrips() throws IOException {
    Path dir = SharedFiles.require("anchors/gambit");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".efg")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(150);
    for (Path f : files) {
      ExtensiveGame g = EfgReader.read(f.toString(), Files.readString(f));
      String written = EfgWriter.write(g);
      assertThat(EfgReader.read("written " + f, written)).as(f.toString()).isEqualTo(g);
      assertThat(EfgWriter.write(EfgReader.read("again", written))).as(f.toString()).isEqualTo(written);
    }
  }
}
