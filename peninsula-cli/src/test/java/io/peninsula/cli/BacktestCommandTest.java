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
        "model,issues,mae,median_ae", "compromise,3,12.1111,8.0000", "compromise+veto,3,12.1111,8.0000",
        "median,3,20.0000,20.0000", "median+veto,3,20.0000,20.0000", "status_quo,2,60.0000,60.0000", ""));
  }

  @Test
  void backtest_constraintNone_printsTheModelsAloneAsBefore() throws Exception {
    Run r = run("backtest", fixture(), "--input-format", "deu", "--models", "compromise,median", "--format", "csv", "--constraint", "none");
    assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
        "model,issues,mae,median_ae", "compromise,3,12.1111,8.0000", "median,3,20.0000,20.0000", ""));
  }

  /**
   * Synthetic DEU file with procedures (mini-deu-proc.tsv). u1: co-decision, unanimity, rp 50; de at 0
   * blocks any move up, compromise 60 -> 50 (observed 50). q1: consultation, QMV of de fr it nl
   * (Amsterdam weights 10 10 10 5, threshold 62/87 of 35 = 24.94), rp 40: reaches 2(x − 40): nl 120,
   * de 100, fr 30 -> the coalition reaches 25 with fr: edge 70; compromise 73 -> 70 (observed 60).
   */
  @Test
  void backtest_deuProcedures_constrainedRowsHandComputed() throws Exception {
    String f = Path.of(BacktestCommandTest.class.getResource("/deu/mini-deu-proc.tsv").toURI()).toString();
    Run r = run("backtest", f, "--models", "compromise", "--format", "csv");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
        "model,issues,mae,median_ae", "compromise,2,11.5000,11.5000", "compromise+veto,2,5.0000,5.0000", "status_quo,2,10.0000,10.0000", ""));
  }

  static String veto(String name) throws Exception {
    return Path.of(BacktestCommandTest.class.getResource("/veto/" + name).toURI()).toString();
  }

  /** Synthetic scenario and outcomes: posture observed 75 (compromise 65, +veto 80, SQ 80), sanctions 5 (7.5, 6, 2). */
  @Test
  void backtest_outcomes_scoresEveryModelWithAndWithoutTheConstraintAndTheStatusQuo() throws Exception {
    Run r = run("backtest", veto("veto-mini.yaml"), "--outcomes", veto("outcomes-synthetic.csv"), "--models", "compromise,median", "--format", "csv");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(),
        "model,issues,mae,median_ae", "compromise,2,6.2500,6.2500", "compromise+veto,2,3.0000,3.0000",
        "median,2,4.0000,4.0000", "median+veto,2,3.0000,3.0000", "status_quo,2,4.0000,4.0000", ""));
  }

  @Test
  void backtest_badOutcomes_locatedErrorsExitTwo() throws Exception {
    String f = veto("outcomes-bad-synthetic.csv");
    Run r = run("backtest", veto("veto-mini.yaml"), "--outcomes", f);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(
        f + ":2:1: issue: unknown issue \"postur\" in scenario veto-mini (issues: posture, sanctions); did you mean \"posture\"?",
        f + ":3:11: value: 12 is off the scale of issue sanctions [0, 10]",
        f + ":4:11: value: \"x\" is not a number; give the outcome on the scale of issue sanctions");
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
