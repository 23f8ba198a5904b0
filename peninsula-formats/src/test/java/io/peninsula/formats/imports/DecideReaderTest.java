package io.peninsula.formats.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.formats.InputException;
import io.peninsula.model.Scenario;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A hand-made input in the decide #A/#P/#M/#D layout (invented numbers). */
class DecideReaderTest {
  static final String GOOD = String.join("\n",
      "'#A'\t'a1'\t'Actor One'\t''",
      "'#A'\t'a2'\t'a2'\t'note'",
      "'#/'\tcomment row",
      "'#P'\t'toll'\t'Toll level'",
      "'#M'\t'toll'\t0.5\t'low'",
      "'#M'\t'toll'\t7\t'high'",
      "'#P'\t'ring'\t''",
      "'#D'\t'a1'\t'toll'\t3.0\t0.7\t1.0",
      "'#D'\t'a1'\t'ring'\t75\t0.95\t1.0",
      "'#D'\t'a2'\t'toll'\t5\t0.9\t0.6\t'a comment'",
      "");

  @Test
  void read_goodFile_buildsScenarioWithScalesFromMRows() {
    Scenario s = DecideReader.read(new StringReader(GOOD), "good.txt", "good");
    assertThat(s.actors()).extracting(a -> a.id()).containsExactly("a1", "a2");
    assertThat(s.actor("a1").orElseThrow().name()).isEqualTo("Actor One");
    assertThat(s.actor("a2").orElseThrow().capability()).isEqualTo(0.6);
    assertThat(s.issue("toll").orElseThrow().min()).isEqualTo(0.5);
    assertThat(s.issue("toll").orElseThrow().max()).isEqualTo(7.0);
    assertThat(s.issue("toll").orElseThrow().title()).isEqualTo("Toll level");
    assertThat(s.issue("toll").orElseThrow().describe(7)).isEqualTo("high");
    assertThat(s.issue("ring").orElseThrow().max()).isEqualTo(100.0);
    assertThat(s.position("a2", "ring")).isEmpty();
    assertThat(s.position("a1", "ring").orElseThrow().salience()).isEqualTo(0.95);
  }

  @Test
  void read_mRowsWithoutMeaning_fixTheScaleButLabelNothing() {
    // as in Decide's own sample_data.txt: '#M' rows with a position and no meaning
    String text = String.join("\n",
        "'#A'\t'a1'\t'a1'\t''",
        "'#P'\t'toll'\t'toll'\t'toll'",
        "'#M'\t'toll'\t0",
        "'#M'\t'toll'\t100",
        "'#D'\t'a1'\t'toll'\t30\t0.7\t1.0",
        "");
    Scenario s = DecideReader.read(new StringReader(text), "m.txt", "m");
    var toll = s.issue("toll").orElseThrow();
    assertThat(toll.min()).isEqualTo(0.0);
    assertThat(toll.max()).isEqualTo(100.0);
    assertThat(toll.anchors()).isEmpty();
    assertThat(toll.describe(50)).isEmpty();
  }

  @Test
  void read_badRows_reportsAllProblemsWithLines() {
    String bad = String.join("\n",
        "#A\ta1", "#P\tp", "#M\tp\t0", "#M\tp\t10",
        "#D\ta1\tp\t3\t0.5\t1",
        "#D\ta1\tq\t3\t0.5\t1",
        "#D\ta9\tp\t3\t0.5\t1",
        "#D\ta1\tp\t30\t1.5\t2",
        "#X\tfoo");
    assertThatThrownBy(() -> DecideReader.read(new StringReader(bad), "bad.txt", "bad"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).hasSize(4))
        .hasMessageContaining("bad.txt:6:3: issue: 'q' is not declared; add a row '#P\tq'")
        .hasMessageContaining("bad.txt:7:2: actor: 'a9' is not declared")
        .hasMessageContaining("bad.txt:8:4: position: 30 is outside the scale of p [0.0, 10.0]")
        .hasMessageContaining("bad.txt:9:1: unknown row type '#X'");
  }

  @Test
  void read_powerDiffersBetweenIssues_isAnError() {
    String text = "#A\ta\n#P\tp\n#P\tq\n#D\ta\tp\t1\t0.5\t1\n#D\ta\tq\t1\t0.5\t2\n";
    assertThatThrownBy(() -> DecideReader.read(new StringReader(text), "pw.txt", "pw"))
        .hasMessageContaining("pw.txt:5:6: power: 2 differs from a's power 1.0 on an earlier issue; give one power per actor");
  }
}
