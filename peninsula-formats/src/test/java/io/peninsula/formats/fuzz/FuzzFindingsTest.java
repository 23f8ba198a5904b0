package io.peninsula.formats.fuzz;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.formats.InputException;
import io.peninsula.formats.ScenarioFormats;
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
}
