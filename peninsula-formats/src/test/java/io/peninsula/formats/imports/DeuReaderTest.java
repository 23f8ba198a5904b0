package io.peninsula.formats.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peninsula.engine.backtest.BacktestCase;
import io.peninsula.formats.InputException;
import io.peninsula.model.Position;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeuReaderTest {
  static Path fixture() throws URISyntaxException {
    return Path.of(DeuReaderTest.class.getResource("/deu/mini-deu.tsv").toURI());
  }

  @Test
  void read_fixture_skipsBlankOutcomesAndDropsActorsWithBlankCells() throws Exception {
    List<BacktestCase> cases = DeuReader.read(fixture());
    assertThat(cases).extracting(BacktestCase::id).containsExactly("t1", "t2", "t4");
    BacktestCase t2 = cases.get(1);
    assertThat(t2.scenario().actors()).extracting(a -> a.id()).containsExactly("com", "fr");
    assertThat(t2.reference()).isEmpty();
    assertThat(t2.observed()).isEqualTo(60.0);
    BacktestCase t4 = cases.get(2);
    assertThat(t4.scenario().actors()).extracting(a -> a.id()).containsExactly("com", "fr");
    assertThat(t4.reference()).isEqualTo(Optional.of(100.0));
  }

  @Test
  void read_fixture_capabilityFromRowTwoAndSalienceDividedBy100() throws Exception {
    BacktestCase t1 = DeuReader.read(fixture()).get(0);
    assertThat(t1.scenario().actor("de").orElseThrow().capability()).isEqualTo(4.0);
    Position com = t1.scenario().position("com", "t1").orElseThrow();
    assertThat(com.position()).isEqualTo(100.0);
    assertThat(com.salience()).isEqualTo(0.5);
    assertThat(t1.issue().min()).isEqualTo(0.0);
    assertThat(t1.issue().max()).isEqualTo(100.0);
    assertThat(t1.reference()).contains(0.0);
  }

  @Test
  void read_badCells_reportsEveryProblemWithLineColumnAndRange() {
    String text = "isnr\tpa\tpb\tsa\tsb\tout\n\t1\tx\t\t\t\nq1\t120\t5\t50\t50\t40\nq2\t1\t5\t50\tfoo\t40\n";
    assertThatThrownBy(() -> DeuReader.read(new StringReader(text), "bad.tsv"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).hasSize(3))
        .hasMessageContaining("bad.tsv:2:3: pb (capability): \"x\" is not a number")
        .hasMessageContaining("bad.tsv:3:2: pa: 120 is out of range; must be in [0, 100]")
        .hasMessageContaining("bad.tsv:4:5: sb: \"foo\" is not a number");
  }

  @Test
  void read_noOutColumn_isAnInputError() {
    assertThatThrownBy(() -> DeuReader.read(new StringReader("pa\tsa\n1\t\n"), "x.tsv"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("x.tsv:1: out: header has no \"out\" column");
  }
}
