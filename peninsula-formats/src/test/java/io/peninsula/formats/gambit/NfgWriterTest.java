package io.peninsula.formats.gambit;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.game.Outcome;
import io.peninsula.game.Rational;
import io.peninsula.game.StrategicGame;
import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NfgWriterTest {
  static String resource(String name) {
    try (InputStream in = NfgWriterTest.class.getResourceAsStream("/games/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void write_outcomeFormFixture_byteIdentical() {
    String text = resource("battle-of-the-sexes.nfg");
    assertThat(NfgWriter.write(NfgReader.read("bos.nfg", text))).isEqualTo(text);
  }

  @Test
  void write_payoffForm_becomesOutcomeFormWithOneOutcomePerProfile() {
    StrategicGame g = NfgReaderTest.fixture("prisoners-dilemma.nfg");
    assertThat(NfgWriter.write(g)).isEqualTo("""
        NFG 1 R "Prisoner's dilemma" { "Row" "Column" }

        { { "Cooperate" "Defect" }
        { "Cooperate" "Defect" }
        }
        "Payoff form with labelled strategies; the unique equilibrium is (Defect, Defect)."

        {
        { "" 3, 3 }
        { "" 5, 0 }
        { "" 0, 5 }
        { "" 1, 1 }
        }
        1 2 3 4
        """);
  }

  @Test
  void write_decimalsAndFractions_exactFractions_countsBecomeLabels() {
    String out = NfgWriter.write(NfgReaderTest.fixture("three-player.nfg"));
    assertThat(out).startsWith("NFG 1 R \"Three-player coordination with exact decimals and fractions\" { \"A\" \"B\" \"C\" }\n\n"
        + "{ { \"x\" \"y\" }\n{ \"x\" \"y\" }\n{ \"x\" \"y\" }\n}\n\"\"\n\n{\n{ \"\" 1/2, 1/2, 1/2 }\n");
    assertThat(out).contains("{ \"\" 1/4, 1/4, 1/4 }\n}\n1 2 3 4 5 6 7 8\n");
    StrategicGame mp = NfgReaderTest.fixture("matching-pennies.nfg"); // strategy counts { 2 2 } are labelled "1", "2"
    assertThat(NfgWriter.write(mp)).startsWith("NFG 1 R \"Matching pennies\" { \"1\" \"2\" }\n\n{ { \"1\" \"2\" }\n{ \"1\" \"2\" }\n}\n");
  }

  @Test
  void write_quotesAndBackslashes_escapedAndReadBack() {
    StrategicGame g = new StrategicGame("say \"no\" \\ twice", "two\nlines", List.of("P \"1\""), List.of(List.of("a\\b", "")),
        List.of(new Outcome(1, "o\"", List.of(Rational.of(-7, 3)))), new int[] {1, 0});
    String out = NfgWriter.write(g);
    assertThat(out).isEqualTo("NFG 1 R \"say \\\"no\\\" \\\\ twice\" { \"P \\\"1\\\"\" }\n\n{ { \"a\\\\b\" \"\" }\n}\n\"two\nlines\"\n\n"
        + "{\n{ \"o\\\"\" -7/3 }\n}\n1 0\n");
    assertThat(NfgReader.read("x.nfg", out)).isEqualTo(g);
  }

  /** Random games: shared and null outcomes, negative fractions, 1–4 players; read(write(g)) equals g. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void roundTrip_randomGames_equal(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int rep = 0; rep < 20; rep++) {
      StrategicGame g = random(r);
      assertThat(NfgReader.read("r.nfg", NfgWriter.write(g))).as("seed %d rep %d", seed, rep).isEqualTo(g);
    }
  }

  static StrategicGame random(SplittableRandom r) {
    int n = 1 + r.nextInt(4);
    List<String> players = new ArrayList<>();
    List<List<String>> strategies = new ArrayList<>();
    int profiles = 1;
    for (int p = 0; p < n; p++) {
      players.add("P" + p);
      List<String> s = new ArrayList<>();
      int k = 1 + r.nextInt(3);
      for (int i = 0; i < k; i++) s.add(p + "s" + i);
      strategies.add(s);
      profiles *= k;
    }
    List<Outcome> outcomes = new ArrayList<>();
    int count = r.nextInt(profiles + 1);
    for (int o = 1; o <= count; o++) {
      List<Rational> pay = new ArrayList<>();
      for (int p = 0; p < n; p++) pay.add(Rational.of(r.nextInt(-9, 10), 1 + r.nextInt(4)));
      outcomes.add(new Outcome(o, r.nextBoolean() ? "" : "o" + o, pay));
    }
    int[] map = new int[profiles];
    for (int k = 0; k < profiles; k++) map[k] = r.nextInt(count + 1);
    return new StrategicGame("random " + r.nextInt(100), "", players, strategies, outcomes, map);
  }

  /** Gambit's collection (GPL: read from ../shared, never copied): every .nfg reads, writes and reads back equal. */
  @Test
  void gambitCollection_everyNfgRoundTrips_outcomeFormFilesWrittenAsGambitDoes() throws IOException {
    Path dir = SharedFiles.require("anchors/gambit");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".nfg")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(50);
    for (Path f : files) {
      StrategicGame g = NfgReader.read(f.toString(), Files.readString(f));
      String written = NfgWriter.write(g);
      assertThat(NfgReader.read("written " + f, written)).as(f.toString()).isEqualTo(g);
      assertThat(NfgWriter.write(NfgReader.read("again", written))).as(f.toString()).isEqualTo(written);
    }
    // a file Gambit saved in outcome form comes out byte for byte as Gambit wrote it
    Path coord4 = dir.resolve("contrib/games/coord4.nfg");
    assertThat(NfgWriter.write(NfgReader.read("coord4.nfg", Files.readString(coord4)))).isEqualTo(Files.readString(coord4));
  }
}
