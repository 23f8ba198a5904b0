package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  static final Path FIXTURES = Path.of("..", "peninsula-formats", "src", "test", "resources", "scenarios");
  static final String MINI = FIXTURES.resolve("mini.yaml").toString();
  static final String FAULTS = FIXTURES.resolve("faults.yaml").toString();

  @Test
  void version_printsAppAndJava() {
    var r = CliRunner.run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("peninsula ");
  }

  @Test
  void help_onEveryCommand_exitsZero() {
    for (String cmd : Cli.commandLine().getSubcommands().keySet()) {
      var r = CliRunner.run(cmd, "--help");
      assertThat(r.exit()).as(cmd).isZero();
      assertThat(r.out()).as(cmd).contains("Usage: peninsula " + cmd);
    }
  }

  @Test
  void validate_goodAndBadFile_reportsAllProblemsOnStderrAndExits2() {
    var r = CliRunner.run("validate", MINI, FAULTS);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEqualTo(MINI + ": ok (3 actors, 2 issues, 5 positions, 1 relations, 2 options)\n");
    assertThat(r.err().lines()).hasSize(14).first().asString()
        .isEqualTo(FAULTS + ":1:5: id: scenario id \"Faulty_ID\" must be lower-case letters, digits and '-'");
    assertThat(r.err().lines().toList().get(13)).isEqualTo(FAULTS + ": 13 problems");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validate_missingFile_exit2WithHint() {
    var r = CliRunner.run("validate", "no-such-file.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("no-such-file.yaml: no such file, and no bundled scenario of that name");
  }

  @Test
  void forecast_unknownModel_exit2ListsModels() {
    var r = CliRunner.run("forecast", MINI, "--model", "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: unknown model \"nope\" (available: compromise, median");
  }

  @Test
  void forecast_unknownOption_exit2WithUsageHint() {
    var r = CliRunner.run("forecast", "--frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--frobnicate'").contains("Try 'peninsula forecast --help' for usage.");
  }

  @Test
  void forecast_unknownIssue_exit2ListsIssues() {
    var r = CliRunner.run("forecast", MINI, "--issue", "nukes");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: unknown issue \"nukes\" in " + MINI + " (issues: posture, sanctions)\n");
  }

  @Test
  void forecast_table_showsOutcomeAndLabel() {
    var r = CliRunner.run("forecast", MINI);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("posture       48.0  ≈ 48: offshore balancer");
  }

  @Test
  void forecast_csv_tidyLongFormat() {
    var r = CliRunner.run("forecast", MINI, "--format", "csv", "--issue", "posture");
    assertThat(r.out()).isEqualTo("round,actor,dimension,position\n0,A,posture,100\n0,B,posture,0\n0,C,posture,40\n");
  }

  @Test
  void forecast_json_carriesOutcomeAndProvenance() {
    var r = CliRunner.run("forecast", MINI, "--format", "json", "--model", "median");
    assertThat(r.exit()).isZero();
    var doc = readJson(r.out());
    assertThat(doc.at("/provenance/command").asText()).isEqualTo("forecast");
    assertThat(doc.at("/provenance/model").asText()).isEqualTo("median");
    assertThat(doc.at("/provenance/scenario/sha256").asText()).hasSize(64);
    assertThat(doc.at("/result/outcomes/0/issue").asText()).isEqualTo("posture");
    assertThat(doc.at("/result/outcomes/0/outcome").asDouble()).isEqualTo(40.0);
  }

  static com.fasterxml.jackson.databind.JsonNode readJson(String text) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  @Test
  void forecast_runtimeFailureWithoutVerbose_noStackTrace(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("s.yaml");
    Files.writeString(f, "id: [unclosed\n");
    var r = CliRunner.run("forecast", f.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith(f + ":").contains("malformed YAML").doesNotContain("\tat ");
  }

  @Test
  void convert_yamlToJsonAndBack_sameForecast(@TempDir Path dir) {
    Path json = dir.resolve("mini.json");
    assertThat(CliRunner.run("convert", MINI, "--to", "json", "-o", json.toString()).exit()).isZero();
    var a = CliRunner.run("forecast", MINI, "--format", "csv");
    var b = CliRunner.run("forecast", json.toString(), "--format", "csv");
    assertThat(b.exit()).isZero();
    assertThat(b.out()).isEqualTo(a.out());
  }
}
