package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BacktestCommandTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Cli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static String fixture() throws Exception {
    return Path.of(BacktestCommandTest.class.getResource("/deu/mini-deu.tsv").toURI()).toString();
  }

  @Test
  void backtest_csv_printsHandComputedErrors() throws Exception {
    Run r = run("backtest", fixture(), "--input-format", "deu", "--models", "compromise,median", "--format", "csv");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
        "model,issues,mae,median_ae", "compromise,3,12.1111,8.0000", "median,3,20.0000,20.0000", ""));
  }

  @Test
  void backtest_table_listsModelsAndDecisionCount() throws Exception {
    Run r = run("backtest", fixture(), "--models", "compromise");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("compromise").contains("12.11").contains("3 decisions with an observed outcome");
  }

  @Test
  void backtest_unknownModel_exitsTwoListingKnownModels() throws Exception {
    Run r = run("backtest", fixture(), "--models", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--models: unknown model 'nope'; known models: compromise, median");
  }

  @Test
  void backtest_param_reachesTheModel() throws Exception {
    // fixture t1 (rp 0, actors at 100/0/50 with weights 1/4/1): de sits at the status quo -> nash keeps 0
    Run linearWorst = run("backtest", fixture(), "--models", "nash", "--param", "disagreement=worst", "--param", "utility=linear", "--format", "csv");
    Run statusQuo = run("backtest", fixture(), "--models", "nash", "--format", "csv");
    assertThat(linearWorst.code()).isEqualTo(0);
    assertThat(statusQuo.out()).startsWith("model,issues,mae,median_ae" + System.lineSeparator() + "nash,3,");
    assertThat(linearWorst.out()).isNotEqualTo(statusQuo.out());
  }

  @Test
  void backtest_badParam_exitsTwoWithTheModelsMessage() throws Exception {
    Run r = run("backtest", fixture(), "--models", "nash", "--param", "utility=cubic");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("error: model nash could not forecast any case; first failure: t1: parameter utility = 'cubic': must be quadratic or linear");
  }

  @Test
  void backtest_missingFile_exitsTwo() {
    Run r = run("backtest", "/nonexistent/deu.tsv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("/nonexistent/deu.tsv: file not found");
  }
}
