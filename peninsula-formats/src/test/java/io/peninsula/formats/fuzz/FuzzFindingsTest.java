package io.peninsula.formats.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.formats.InputException;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.formats.gambit.NfgReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Each finding of bench/fuzz.sh, as the user now sees it (the crashing input is also a regression input). */
class FuzzFindingsTest {
  @Test
  void deuWithTheSameDecisionTwice_isALocatedInputError_notAnIllegalArgumentException() {
    String deu = "\"isnr\"\t\"pcom\"\t\"pde\"\t\"pfr\"\t\"scom\"\t\"sde\"\t\"sfr\"\t\"rp\"\t\"out\"\n"
        + "\t2\t4\t1\t\t\t\t\t\n"
        + "\"t1\"\t100\t0\t50\t50\t100\t100\t0\t30\n"
        + "\"t1\"\t80\t20\t50\t50\t100\t100\t0\t40\n";
    assertThatThrownBy(() -> ScenarioFormats.read("deu", "d.tsv", deu)).isInstanceOf(InputException.class)
        .hasMessage("d.tsv: decision \"t1\" appears more than once; as a scenario every decision is one issue, so give each decision once");
  }

  /**
   * bench/fuzz.sh on nfg: a header of 10,100,000 × 1 strategies (under the profile limit) in a
   * 65-byte file made the reader build ten million strategy labels before noticing the file had no
   * payoffs: OutOfMemoryError in a 512 MB heap. Regression input nfg/crash-e7099307….
   */
  @Test
  void nfgDeclaringMillionsOfStrategiesInAShortFile_isRefusedBeforeAllocating() {
    String text = new String(Base64.getDecoder().decode(
        "TkZHIDEgUiAiaHVn//////////////////////////////9lIiB7ICIxIiAiMiIgfSB7IDEwMTAwMDAwCjEgMgo="), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> NfgReader.read("f.nfg", text)).isInstanceOf(InputException.class)
        .hasMessage("f.nfg:1:53: the strategy counts give 10100000 strategy profiles, but only 3 characters follow, too few for one"
            + " number per profile; check the strategy counts (or is the file truncated?)");
  }

  @Test
  void nfgWithEnoughTextForItsProfiles_stillReads() {
    // 3 × 1 profiles need 3 payoffs of one player... here 2 players: 6 numbers, 11 characters with separators
    var g = NfgReader.read("g.nfg", "NFG 1 R \"t\" { \"a\" \"b\" } { 3 1 }\n1 2 3 4 5 6");
    org.assertj.core.api.Assertions.assertThat(g.numProfiles()).isEqualTo(3);
  }

  /** bench/fuzz.sh on decide: two #D rows for one actor and issue -> IllegalArgumentException "two positions for a2 on toll" (exit 1). */
  @Test
  void decideWithTwoRowsForOneActorAndIssue_isALocatedInputError() {
    String decide = "'#A'\t'a1'\t'A'\n'#A'\t'a2'\t'B'\n'#P'\t'toll'\t'Toll'\n'#M'\t'toll'\t0\t'low'\n'#M'\t'toll'\t10\t'high'\n"
        + "'#D'\t'a1'\t'toll'\t3.0\t0.7\t1.0\n'#D'\t'a2'\t'toll'\t5\t0.9\t0.6\n'#D'\t'a2'\t'toll'\t5\t0.9\t0.6\n";
    assertThatThrownBy(() -> ScenarioFormats.read("decide", "d.txt", decide)).isInstanceOf(InputException.class)
        .hasMessage("d.txt:8:2: actor: a second #D row for actor 'a2' on issue 'toll' (the first is on line 7); give one row per actor and issue");
  }

  /** bench/fuzz.sh on deu: an actor's position column twice in the header -> IllegalArgumentException "duplicate actor id de" (exit 1). */
  @Test
  void deuWithAnActorColumnTwice_isALocatedInputError() {
    String deu = "\"isnr\"\t\"pde\"\t\"pfr\"\t\"sde\"\t\"sfr\"\t\"pde\"\t\"rp\"\t\"out\"\n"
        + "\t4\t1\t\t\t4\t\t\n"
        + "\"t1\"\t100\t0\t50\t50\t100\t0\t30\n";
    assertThatThrownBy(() -> ScenarioFormats.read("deu", "d.tsv", deu)).isInstanceOf(InputException.class)
        .hasMessage("d.tsv:1:6: pde: column \"pde\" appears twice (first as column 2); give each actor's position column once");
  }

  @Test
  void bdmCsvWhosePositionsAreAllOneHugeNumber_isALocatedInputError() {
    String csv = "Actor,Capability,Position,Salience\nA,0.08,6e128,0.5\nB,0.1,6e128,0.5\n";
    assertThatThrownBy(() -> ScenarioFormats.read("bdm-csv", "b.csv", csv)).isInstanceOf(InputException.class)
        .hasMessageStartingWith("b.csv:2:8: Position: every actor's position is ")
        .hasMessageEndingWith(", too large to widen into a scale by 1 on each side; rescale the positions (e.g. to 0-100)");
  }

  @Test
  void nfgPayoffWhoseExactFormIsLong_readsBackAfterWriting() {
    // .5e410 reads as a 410-digit integer; the writer writes it so, and the reader must take it back
    String text = "NFG 1 R \"g\" { \"1\" \"2\" } { 1 1 }\n.5e410 0\n";
    io.peninsula.game.StrategicGame g = NfgReader.read("w.nfg", text);
    String written = io.peninsula.formats.gambit.NfgWriter.write(g);
    org.assertj.core.api.Assertions.assertThat(written).contains("5" + "0".repeat(409));
    org.assertj.core.api.Assertions.assertThat(NfgReader.read("w2.nfg", written)).isEqualTo(g);
  }
}
