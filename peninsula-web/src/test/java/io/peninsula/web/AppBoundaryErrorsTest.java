package io.peninsula.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers that depend on the app's error types and accessors (the web reads no file format and
 * no store itself): located problems of Gambit text and of inline scenario text, and a run store
 * that cannot be opened (503).
 */
class AppBoundaryErrorsTest {
  @TempDir Path dir;

  @Test
  void badGambitText_is400WithTheProblemLocated() {
    try (WorkbenchServer server = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("runs.duckdb")))) {
      Http http = new Http(server.url(), null);
      var a = http.post("/api/games/solve", Json.write(Map.of("game_text", "NFG 1 R \"PD\" { \"Row\" \"Col\" } { 2 2 }\n3 3 5 0 0 x 1 1\n")));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().get("error").asText()).isEqualTo("the game has 1 problem(s)");
      JsonNode p = a.json().get("problems").get(0);
      assertThat(p.get("line").asInt()).isEqualTo(2);
      assertThat(p.get("column").asInt()).isEqualTo(11);
      assertThat(p.get("message").asText()).isEqualTo("expected payoff 2 of profile 3 of 4, found \"x\"");
      var b = http.post("/api/games/solve", Json.write(Map.of("game_text", "nonsense")));
      assertThat(b.status()).isEqualTo(400);
      assertThat(b.json().get("problems").get(0).get("message").asText()).startsWith("a strategic-form file starts with NFG");
    }
  }

  @Test
  void gambitTree_isSolvedOnTheTree() {
    String efg = "EFG 2 R \"t\" { \"A\" \"B\" } \"\"\np \"\" 1 1 \"\" { \"L\" \"R\" } 0\nt \"\" 1 \"\" { 1, 0 }\nt \"\" 2 \"\" { 0, 1 }\n";
    try (WorkbenchServer server = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("runs.duckdb")))) {
      Http http = new Http(server.url(), null);
      var a = http.post("/api/games/solve", Json.write(Map.of("game_text", efg, "method", "spe")));
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.json().get("result").get("form").asText()).isEqualTo("extensive");
      assertThat(a.json().get("result").get("equilibria").get(0).get(0).get(0).get(0).get("exact").asText()).isEqualTo("1");
    }
  }

  @Test
  void badInlineScenario_is400WithEveryProblemLocated() {
    try (WorkbenchServer server = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("runs.duckdb")))) {
      Http http = new Http(server.url(), null);
      var a = http.post("/api/forecast", Json.write(Map.of("scenario_text", "{\"metadata\": 3}")));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().get("error").asText()).isEqualTo("the scenario has 5 problems");
      JsonNode last = a.json().get("problems").get(4);
      assertThat(last.get("line").asInt()).isEqualTo(1);
      assertThat(last.get("column").asInt()).isEqualTo(2);
      assertThat(last.get("field").asText()).isEqualTo("metadata");
      var v = http.post("/api/scenarios/validate", "metadata: [\n", "application/yaml");
      assertThat(v.status()).isEqualTo(200);
      assertThat(v.json().get("valid").asBoolean()).isFalse();
      assertThat(v.json().get("problems").get(0).get("line").asInt()).isEqualTo(1);
      assertThat(v.json().get("problems").get(0).get("column").asInt()).isEqualTo(12);
      assertThat(v.json().get("problems").get(0).get("message").asText()).startsWith("malformed YAML");
    }
  }

  @Test
  void aStoreThatCannotBeOpened_is503NamingTheFile() throws Exception {
    Path bad = dir.resolve("bad.duckdb");
    Files.writeString(bad, "this is not a database");
    try (WorkbenchServer server = WorkbenchServer.start(WorkbenchOptions.local(0, bad))) {
      Http http = new Http(server.url(), null);
      var a = http.get("/api/runs");
      assertThat(a.status()).isEqualTo(503);
      assertThat(a.json().get("error").asText()).startsWith("cannot open run store " + bad).contains("move it away or choose another file");
      assertThat(a.json().get("problems").size()).isZero();
      assertThat(a.body()).doesNotContain("\tat ");
    }
  }
}
