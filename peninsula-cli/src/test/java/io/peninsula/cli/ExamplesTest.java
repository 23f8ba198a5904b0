package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peninsula.testkit.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The data sets shipped in examples/ for the docs' commands: they run from a fresh clone, and equal the reference copies. */
class ExamplesTest {
  static final Path EXAMPLES = SharedFiles.repositoryRoot().resolve("examples");

  @Test
  void backtest_shippedDeu3_scoresCompromiseOn353Issues() {
    var r = CliRunner.run("backtest", EXAMPLES.resolve("deu/deu3.csv").toString(), "--input-format", "deu", "--format", "csv", "--models", "compromise");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("model,issues,mae,median_ae\ncompromise,353,23.2237,18.7979\n");
  }

  @Test
  void forecast_shippedExampleActors_bdmGivesThePublishedReplication7_2421() {
    var r = CliRunner.run("forecast", EXAMPLES.resolve("bdm/ExampleActors.csv").toString(), "--model", "bdm", "--format", "json");
    assertThat(r.exit()).isZero();
    // the last round's weighted mean of the replication's Example.log, 7.2421 (docs/models/bdm.md)
    assertThat(r.out()).contains("\"outcome\" : 7.2421");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bdm/ExampleActors.csv", "bdm/Sultan.csv", "deu/deu3.csv"})
  void shippedFile_equalsTheReferenceCopy(String file) throws IOException {
    Path reference = SharedFiles.require("anchors/" + file);
    assertThat(Files.readAllBytes(EXAMPLES.resolve(file))).isEqualTo(Files.readAllBytes(reference));
  }
}
