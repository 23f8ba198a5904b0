package io.peninsula.formats.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.Issue;
import io.peninsula.model.Scenario;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KtabCsvReaderTest {

  @Test
  void read_dummyData3Dim_givesActorsIssuesAndScaledSaliences() throws IOException {
    Scenario s = KtabCsvReader.read("dummyData_3Dim.csv", KtabSmpAnchorTest.resource("dummyData_3Dim.csv"));
    assertThat(s.metadata().title()).isEqualTo("DummyData_3Dim");
    assertThat(s.metadata().description()).isEqualTo("Dummy scenario to test reading format");
    assertThat(s.actors()).hasSize(7);
    assertThat(s.issues()).extracting(Issue::id).containsExactly("pstn1", "pstn2", "pstn3");
    assertThat(s.issues()).allMatch(i -> i.min() == 0 && i.max() == 100);
    assertThat(s.actor("SActor-00").orElseThrow().capability()).isEqualTo(102.543);
    assertThat(s.actor("SActor-00").orElseThrow().name()).isEqualTo("Random Spatial Actor");
    var p = s.position("SActor-06", "pstn3").orElseThrow();
    assertThat(p.position()).isEqualTo(90.36);
    assertThat(p.salience()).isEqualTo(26.03 / 100.0);
  }

  @ParameterizedTest
  @CsvSource({"SOE-Pol-Comp,13,2", "SOE-Policy,26,1", "SOE-Competitive,34,1", "dummyData_6Dim,27,6",
      "dummyData-a040,40,1", "dummyData-a080,80,1", "dummyData-a160,160,1"})
  void read_everyShippedKtabInput_hasDeclaredShape(String input, int actors, int dims) throws IOException {
    Scenario s = KtabCsvReader.read(input + ".csv", KtabSmpAnchorTest.resource(input + ".csv"));
    assertThat(s.actors()).hasSize(actors);
    assertThat(s.issues()).hasSize(dims);
    assertThat(s.positions()).hasSize(actors * dims);
  }

  @Test
  void read_dimensionNamesInHeader_becomeIssueTitles() throws IOException {
    Scenario s = KtabCsvReader.read("SOE-Pol-Comp.csv", KtabSmpAnchorTest.resource("SOE-Pol-Comp.csv"));
    assertThat(s.issues()).extracting(Issue::title).containsExactly("Policy Position", "Competitive Position");
    assertThat(s.issues()).extracting(Issue::id).containsExactly("policy-position", "competitive-position");
    assertThat(s.metadata().title()).isEqualTo("China Policy/Competitive; scen 2");
  }

  @Test
  void read_badRows_reportsEveryProblemWithLineAndColumn() {
    String csv = """
        demo, bad rows, 4, 2,
        Actor,Description,Power,P1,S1,P2,S2,
        A, first, x, 50, 20, 50, 20,
        B, second, 10, 120, 20, 50, 20,
        A, third, 10, 50, 70, 50, 40,
        """;
    InputException e = catchThrowableOfType(() -> KtabCsvReader.read("bad.csv", csv), InputException.class);
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(Problem::format).anySatisfy(m -> assertThat(m).startsWith("bad.csv:3:3: actors[0].power: 'x' is not a number"))
        .anySatisfy(m -> assertThat(m).startsWith("bad.csv:4:4: actors[1].p1.position: position = 120; must be in [0, 100]"))
        .anySatisfy(m -> assertThat(m).contains("bad.csv:5:1: actors[2].name: actor name 'A' is used twice"))
        .anySatisfy(m -> assertThat(m).contains("saliences of actor 'A' sum to 110; must total at most 100"))
        .anySatisfy(m -> assertThat(m).contains("declares nActors = 4 but the file has 3 actor row(s)"));
  }

  @Test
  void read_firstLineNotNumbers_saysWhatLine1MustBe() {
    InputException e = catchThrowableOfType(() -> KtabCsvReader.read("h.csv", "demo, d, many, 2\nActor,Description,Power\n"), InputException.class);
    assertThat(e.getMessage()).isEqualTo("h.csv:1:3: nActors: nActors = 'many' is not a whole number");
  }

  @Test
  void read_shortRowAndExtraValue_areLocated() {
    String csv = "demo, d, 3, 1\nActor,Description,Power,P1,S1\nA, a, 1, 10\nB, b, 1, 10, 10, 99\nC, c, 1, 10, 10\n";
    InputException e = catchThrowableOfType(() -> KtabCsvReader.read("s.csv", csv), InputException.class);
    assertThat(e.problems()).extracting(Problem::format)
        .anySatisfy(m -> assertThat(m).startsWith("s.csv:3:5: actors[0]: row has 4 fields; needs 5"))
        .anySatisfy(m -> assertThat(m).startsWith("s.csv:4:6: actors[1]: unexpected extra value '99'"));
  }

  @Test
  void read_tooShortFile_isOneClearProblem() {
    InputException e = catchThrowableOfType(() -> KtabCsvReader.read("e.csv", "\n\n"), InputException.class);
    assertThat(e.getMessage()).contains("e.csv:1: a KTAB CSV needs a first line");
  }
}
