package io.peninsula.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.engine.bargaining.BargainingModels;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.formats.BundledScenarios;
import io.peninsula.formats.ScenarioFormats;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP, with the server on a free port. */
class RestApiTest {
  @TempDir static Path dir;
  static WorkbenchServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("runs.duckdb")).withQueue(1, 2));
    http = new Http(server.url(), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void health_answersOkAndVersion() {
    var a = http.get("/api/health");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("status").asText()).isEqualTo("ok");
    assertThat(a.json().has("version")).isTrue();
  }

  @Test
  void scenarios_listTheBundledOnes_andGetCarriesSources() {
    JsonNode list = http.get("/api/scenarios").json().get("scenarios");
    assertThat(list).extracting(n -> n.get("id").asText()).containsAll(BundledScenarios.names());
    var a = http.get("/api/scenarios/korea-2025");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("sources").size()).isGreaterThan(3);
    assertThat(a.json().get("actors").size()).isGreaterThan(3);
  }

  @Test
  void unknownScenario_is404WithError() {
    var a = http.get("/api/scenarios/atlantis");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).contains("no bundled scenario \"atlantis\"").contains("korea-2025");
  }

  @Test
  void forecast_matchesTheCoreModel_andLinkGivesTheSameNumbers() {
    var post = http.post("/api/forecast", "{\"scenario\":\"korea-2025\",\"model\":\"compromise\"}");
    assertThat(post.status()).isEqualTo(200);
    JsonNode prov = post.json().get("provenance");
    assertThat(prov.get("command").asText()).isEqualTo("forecast");
    assertThat(prov.get("model").asText()).isEqualTo("compromise");
    assertThat(prov.get("scenario").get("id").asText()).isEqualTo("korea-2025");
    assertThat(prov.get("scenario").get("sha256").asText()).hasSize(64);
    var scenario = ScenarioFormats.read("yaml", "k.yaml", BundledScenarios.text("korea-2025").orElseThrow());
    var expected = BargainingModels.byName("compromise").orElseThrow().forecast(scenario, ModelConfig.defaults());
    JsonNode outcomes = post.json().get("result").get("outcomes");
    assertThat(outcomes.size()).isEqualTo(expected.issues().size());
    for (int i = 0; i < outcomes.size(); i++)
      assertThat(outcomes.get(i).get("outcome").asDouble()).isEqualTo(expected.issues().get(i).outcome());
    assertThat(post.header("Location")).startsWith("/api/runs/");
    var link = http.get("/api/scenarios/korea-2025/forecast?model=compromise");
    assertThat(link.status()).isEqualTo(200);
    assertThat(link.json().get("result").get("outcomes")).isEqualTo(outcomes);
  }

  @Test
  void forecastLink_isKeptPerTypedRequest_revalidatesByEtag_andStoresNoRun() {
    int runs = http.get("/api/runs").json().get("runs").size();
    var first = http.get("/api/scenarios/korea-2025/forecast?model=bdm&seed=11");
    var second = http.get("/api/scenarios/korea-2025/forecast?model=bdm&seed=11");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("X-Peninsula-Cache")).isEqualTo("miss");
    assertThat(second.header("X-Peninsula-Cache")).isEqualTo("hit");
    // the kept answer is the computing run's document, provenance (started, seconds) included
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(first.header("ETag")).isEqualTo("\"" + io.peninsula.app.Sha256.of(first.body()) + "\"");
    var other = http.get("/api/scenarios/korea-2025/forecast?model=bdm&seed=12");
    assertThat(other.header("X-Peninsula-Cache")).isEqualTo("miss");
    assertThat(other.json().get("provenance").get("seed").asLong()).isEqualTo(12);
    var again = http.get("/api/scenarios/korea-2025/forecast?model=bdm&seed=11", "If-None-Match", first.header("ETag"));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(http.get("/api/scenarios/korea-2025/forecast?model=nope").status()).isEqualTo(400);
    assertThat(http.get("/api/runs").json().get("runs").size()).isEqualTo(runs);
  }

  @Test
  void forecast_ofInlineYaml_runsWithoutSaving() {
    String yaml = BundledScenarios.text("korea-2019").orElseThrow();
    var a = http.post("/api/forecast", Json.write(java.util.Map.of("scenario_text", yaml)));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("provenance").get("scenario").get("origin").asText()).isEqualTo("inline");
  }

  @Test
  void malformedJson_is400WithLocatedProblem() {
    var a = http.post("/api/forecast", "{\"scenario\": ");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("error").asText()).startsWith("malformed JSON");
    assertThat(a.json().get("problems").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(a.body()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void unknownField_andUnknownModel_are400NamingWhatIsAllowed() {
    var a = http.post("/api/forecast", "{\"modle\":\"bdm\"}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("problems").get(0).get("field").asText()).isEqualTo("modle");
    assertThat(a.json().get("problems").get(0).get("message").asText()).contains("allowed:").contains("model");
    var b = http.post("/api/forecast", "{\"model\":\"nope\"}");
    assertThat(b.status()).isEqualTo(400);
    assertThat(b.json().get("error").asText()).contains("unknown model \"nope\"").contains("compromise");
  }

  @Test
  void validate_reportsProblemsWithLineAndColumn() {
    String good = BundledScenarios.text("korea-2025").orElseThrow();
    var ok = http.post("/api/scenarios/validate", good, "application/yaml");
    assertThat(ok.json().get("valid").asBoolean()).isTrue();
    String bad = good.replaceFirst("salience: 0\\.", "salience: 7.");
    var a = http.post("/api/scenarios/validate", bad, "application/yaml");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("valid").asBoolean()).isFalse();
    JsonNode p = a.json().get("problems").get(0);
    assertThat(p.get("line").asInt()).isGreaterThan(0);
    assertThat(p.get("column").asInt()).isGreaterThan(0);
    assertThat(p.get("message").asText()).contains("7");
  }

  @Test
  void compare_pivotal_levers_answerWithProvenanceAndResult() {
    var c = http.post("/api/compare", "{\"scenario\":\"korea-2025\",\"options\":\"all\"}");
    assertThat(c.status()).isEqualTo(200);
    assertThat(c.json().get("result").get("options").size()).isGreaterThan(1);
    var p = http.post("/api/pivotal", "{\"scenario\":\"korea-2025\",\"issue\":\"dprk_nuclear\"}");
    assertThat(p.status()).isEqualTo(200);
    assertThat(p.json().get("result").get("effects").size()).isGreaterThan(3);
    var l = http.post("/api/levers", "{\"issue\":\"dprk_nuclear\",\"target\":40}");
    assertThat(l.status()).isEqualTo(200);
    assertThat(l.json().get("result").get("levers").size()).isGreaterThan(0);
    var bad = http.post("/api/levers", "{\"issue\":\"dprk_nuclear\",\"target\":400}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).contains("400 is outside the scale of dprk_nuclear");
  }

  static final String PD = "NFG 1 R \"PD\" { \"Row\" \"Col\" } { 2 2 }\n3 3 5 0 0 5 1 1\n";
  /** A chooses L (1, 1) or R; after R, B chooses l (2, 0) or r (0, 2). */
  static final String TREE = "EFG 2 R \"t\" { \"A\" \"B\" } \"\"\np \"\" 1 1 \"\" { \"L\" \"R\" } 0\nt \"\" 1 \"\" { 1, 1 }\n"
      + "p \"\" 2 1 \"\" { \"l\" \"r\" } 0\nt \"\" 2 \"\" { 2, 0 }\nt \"\" 3 \"\" { 0, 2 }\n";

  @Test
  void gameSolve_findsThePrisonersDilemmaEquilibrium() {
    var a = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", PD, "method", "enumpure")));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.json().get("result").get("solved").asText()).isEqualTo("strategic form");
    JsonNode eq = a.json().get("result").get("equilibria");
    assertThat(eq.size()).isEqualTo(1);
    assertThat(eq.get(0).get(0).get(1).get("exact").asText()).isEqualTo("1");
    assertThat(eq.get(0).get(1).get(1).get("exact").asText()).isEqualTo("1");
  }

  /**
   * The command line's rule: enummixed solves only strategic games, so a tree is solved through its
   * reduced strategic form (before, the web answered 400). By hand: A keeps L (payoff 1) as long as
   * B plays l with probability q <= 1/2 (R would pay A 2q); the extreme equilibria are (L, r) and
   * (L, 1/2 l + 1/2 r).
   */
  @Test
  void gameSolve_treeWithAStrategicOnlyMethod_solvesItsReducedStrategicForm() {
    var a = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", TREE, "method", "enummixed")));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode r = a.json().get("result");
    assertThat(r.get("solved").asText()).isEqualTo("reduced strategic form");
    assertThat(r.get("form").asText()).isEqualTo("strategic");
    assertThat(r.get("method").asText()).isEqualTo("enummixed");
    assertThat(r.get("cells").size()).isEqualTo(4);
    assertThat(r.get("equilibria")).extracting(e -> e.get(0).get(0).get("exact").asText() + " | " + e.get(1).get(0).get("exact").asText()
        + " " + e.get(1).get(1).get("exact").asText()).containsExactlyInAnyOrder("1 | 0 1", "1 | 1/2 1/2");
    var tree = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", TREE, "method", "lcp")));
    assertThat(tree.json().get("result").get("solved").asText()).isEqualTo("tree");
    var asked = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", TREE, "method", "lcp", "strategic", true)));
    assertThat(asked.json().get("result").get("solved").asText()).isEqualTo("reduced strategic form");
  }

  @Test
  void gameSolve_eliminateDominated_listsTheRounds_andBadOptionsNameTheirField() {
    var a = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", PD, "method", "enummixed", "eliminate_dominated", "pure")));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    JsonNode rounds = a.json().get("result").get("eliminated").get("rounds");
    assertThat(rounds.size()).isEqualTo(1);
    assertThat(rounds.get(0)).extracting(e -> e.get("player").asText() + " " + e.get("strategy").asText()).containsExactlyInAnyOrder("Row 1", "Col 1");
    assertThat(a.json().get("result").get("equilibria").size()).isEqualTo(1);
    var bad = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", PD, "eliminate_dominated", "weak")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).isEqualTo("eliminate_dominated: unknown value \"weak\" (allowed: pure, mixed)");
    assertThat(bad.json().get("problems").get(0).get("field").asText()).isEqualTo("eliminate_dominated");
    var notBool = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", PD, "strategic", "yes")));
    assertThat(notBool.status()).isEqualTo(400);
    assertThat(notBool.json().get("error").asText()).isEqualTo("strategic: must be true or false, got \"yes\"");
    var method = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", PD, "method", "simplex")));
    assertThat(method.status()).isEqualTo(400);
    assertThat(method.json().get("problems").get(0).get("field").asText()).isEqualTo("method");
  }

  /** A web game solve is stored as the service's run (the text with it): rerun from the store is identical. */
  @Test
  void gameSolve_storedRun_isTheServicesAndRerunsIdentically() {
    var a = http.post("/api/games/solve", Json.write(java.util.Map.of("game_text", TREE, "method", "enummixed", "eliminate_dominated", "mixed")));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    String run = a.header("Location").substring("/api/runs/".length());
    JsonNode stored = http.get("/api/runs/" + run).json();
    assertThat(stored.get("request_type").asText()).isEqualTo(io.peninsula.app.games.GameSolveRequest.class.getName());
    assertThat(stored.get("request").get("text").asText()).isEqualTo(TREE);
    var expected = new io.peninsula.app.games.GameSolveService().run(io.peninsula.app.games.GameSolveRequest.ofText(TREE, "enummixed",
        java.util.Optional.of("mixed"), false));
    assertThat(stored.get("result")).isEqualTo(Json.MAPPER.valueToTree(expected.resultJson()));
    var r = http.post("/api/runs/" + run + "/rerun", "");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("identical").asBoolean()).as(r.body()).isTrue();
  }

  /** The workbench's game build runs the CLI's GameBuildService: same derivation, same errors, and its run re-runs. */
  @Test
  void gameBuild_callsTheGameBuildService_andStoresItsRun() {
    var a = http.post("/api/games/build", "{\"kind\":\"deterrence\",\"challenger\":\"DPRK\",\"defender\":\"USA\"}");
    assertThat(a.status()).as(a.json().toString()).isEqualTo(200);
    assertThat(a.json().get("provenance").get("command").asText()).isEqualTo("game build");
    assertThat(a.json().get("result").get("game").get("form").asText()).isEqualTo("extensive");
    assertThat(a.json().get("result").get("classification").asText()).endsWith(")");
    var built = new io.peninsula.app.games.GameBuildService().run(new io.peninsula.app.games.GameBuildRequest(
        io.peninsula.app.scenario.ScenarioRef.defaults(), "deterrence", java.util.Map.of("challenger", java.util.List.of("DPRK"),
            "defender", java.util.List.of("USA")), java.util.Map.of(), java.util.Map.of(), java.util.List.of(), false, false,
        java.util.Optional.empty()));
    assertThat(a.json().get("result").get("derivation").size()).isEqualTo(built.built().derivation().size());
    String run = a.header("Location").substring("/api/runs/".length());
    JsonNode stored = http.get("/api/runs/" + run).json();
    assertThat(stored.get("request_type").asText()).isEqualTo(io.peninsula.app.games.GameBuildRequest.class.getName());
    assertThat(stored.get("result").get("payoffs")).isEqualTo(Json.MAPPER.valueToTree(built.resultJson()).get("payoffs"));
    var r = http.post("/api/runs/" + run + "/rerun", "");
    assertThat(r.json().get("identical").asBoolean()).as(r.body()).isTrue();
    var bad = http.post("/api/games/build", "{\"kind\":\"deterrence\",\"challenger\":\"DPRK\",\"defender\":\"XX\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("error").asText()).contains("\"XX\" is not an actor of scenario korea-2025");
  }

  @Test
  void montecarloJob_runs_reportsProgress_andStoresItsRun() throws Exception {
    var a = http.post("/api/jobs", "{\"kind\":\"montecarlo\",\"samples\":128,\"options\":\"all\"}");
    assertThat(a.status()).isEqualTo(202);
    String id = a.json().get("id").asText();
    JsonNode job = waitFor(id);
    assertThat(job.get("state").asText()).isEqualTo("done");
    assertThat(job.get("progress").get("done").asLong()).isEqualTo(128);
    assertThat(job.get("result").get("result").get("completed").asLong()).isEqualTo(128);
    String run = job.get("run").asText();
    var stored = http.get("/api/runs/" + run);
    assertThat(stored.status()).isEqualTo(200);
    assertThat(stored.json().get("command").asText()).isEqualTo("montecarlo");
    assertThat(http.get("/api/runs").json().get("runs").toString()).contains(run);
    var csv = http.get("/api/runs/" + run + "/export?format=csv");
    assertThat(csv.body()).startsWith("run,option,issue,model,samples,mean,sd,p05,p50,p95\n" + run + ",");
  }

  @Test
  void simulateJob_runs_givesYearsTimesIssuesRows_andExportsThem() throws Exception {
    var a = http.post("/api/jobs", "{\"kind\":\"simulate\",\"years\":3,\"runs\":40,\"seed\":7}");
    assertThat(a.status()).isEqualTo(202);
    JsonNode job = waitFor(a.json().get("id").asText());
    assertThat(job.get("state").asText()).isEqualTo("done");
    assertThat(job.get("progress").get("done").asLong()).isEqualTo(40);
    JsonNode result = job.get("result").get("result");
    assertThat(result.get("completed").asLong()).isEqualTo(40);
    int issues = ScenarioFormats.read("yaml", "k.yaml", BundledScenarios.text("korea-2025").orElseThrow()).issues().size();
    assertThat(issues).isPositive();
    // the CLI's --format json shape: years 0 (today) to 3, every issue each year, under "issues"
    java.util.List<String> keys = new java.util.ArrayList<>();
    result.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("config", "requested", "completed", "cancelled", "skipped_effects", "unconverged_forecasts", "issues", "events");
    assertThat(result.get("issues").size()).isEqualTo(4 * issues);
    for (JsonNode row : result.get("issues"))
      assertThat(row.get("p05").asDouble()).isLessThanOrEqualTo(row.get("p50").asDouble());
    assertThat(job.get("result").get("provenance").get("command").asText()).isEqualTo("simulate");
    var csv = http.get("/api/runs/" + job.get("run").asText() + "/export?format=csv");
    // the columns of simulate --format csv, behind the run id (as runs export writes them)
    assertThat(csv.body()).startsWith("run,year,issue,mean,p05,p50,p95,p_changed,sd\n" + job.get("run").asText() + ",2025,dprk_nuclear,");
    assertThat(csv.body().lines().count()).isEqualTo(1 + 4L * issues);
  }

  @Test
  void simulateJob_rejectsAnUnknownConstraint() {
    var a = http.post("/api/jobs", "{\"kind\":\"simulate\",\"constraint\":\"maybe\"}");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body()).contains("constraint");
  }

  @Test
  void jobEvents_streamProgressThenEnd() throws Exception {
    String id = http.post("/api/jobs", "{\"kind\":\"montecarlo\",\"samples\":640,\"model\":\"bdm\"}").json().get("id").asText();
    var client = java.net.http.HttpClient.newHttpClient();
    var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "api/jobs/" + id + "/events"))
        .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(120)).build();
    var lines = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofLines());
    assertThat(lines.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    java.util.List<String> events = lines.body().filter(l -> l.startsWith("event: ") || l.startsWith("data: ")).toList();
    assertThat(events.get(events.size() - 2)).isEqualTo("event: end");
    JsonNode end = Json.MAPPER.readTree(events.get(events.size() - 1).substring("data: ".length()));
    assertThat(end.get("state").asText()).isEqualTo("done");
    assertThat(end.get("progress").get("done").asLong()).isEqualTo(640);
  }

  @Test
  void job_cancel_stopsIt() throws Exception {
    var a = http.post("/api/jobs", "{\"kind\":\"montecarlo\",\"samples\":1000000,\"model\":\"bdm\"}");
    assertThat(a.status()).isEqualTo(202);
    String id = a.json().get("id").asText();
    assertThat(http.delete("/api/jobs/" + id).status()).isEqualTo(200);
    JsonNode job = waitFor(id);
    assertThat(job.get("state").asText()).isEqualTo("cancelled");
    assertThat(job.get("progress").get("done").asLong()).isLessThan(1000000);
  }

  @Test
  void sensitivityJob_countsItsForecasts_andStoresItsRun() throws Exception {
    var a = http.post("/api/jobs", "{\"kind\":\"sensitivity\",\"method\":\"morris\",\"samples\":4}");
    assertThat(a.status()).isEqualTo(202);
    JsonNode job = waitFor(a.json().get("id").asText());
    assertThat(job.get("state").asText()).isEqualTo("done");
    JsonNode result = job.get("result").get("result");
    long evaluations = result.get("evaluations").asLong();
    assertThat(evaluations).isEqualTo(4L * (job.get("result").get("provenance").get("options").get("inputs").asLong() + 1));
    assertThat(job.get("progress").get("total").asLong()).isEqualTo(evaluations);
    assertThat(job.get("progress").get("done").asLong()).isEqualTo(evaluations);
    assertThat(http.get("/api/runs/" + job.get("run").asText()).json().get("command").asText()).isEqualTo("sensitivity");
    // the export: sensitivity --format csv's columns behind the run id, a row per issue × input
    var csv = http.get("/api/runs/" + job.get("run").asText() + "/export?format=csv");
    assertThat(csv.body()).startsWith("run,issue,input,mu_star,mu_star_low,mu_star_high,sigma\n" + job.get("run").asText() + ",");
    assertThat(csv.body().lines().count()).isEqualTo(1L + result.get("rows").size());
  }

  /** A Sobol job with replicates counts all R·N(k + 2) forecasts and says how its intervals were made. */
  @Test
  void sensitivityJob_sobolReplicates_countsEveryReplicate() throws Exception {
    var a = http.post("/api/jobs", "{\"kind\":\"sensitivity\",\"method\":\"sobol\",\"samples\":4,\"replicates\":2,\"issue\":\"opcon\",\"top\":2}");
    assertThat(a.status()).as(a.body()).isEqualTo(202);
    JsonNode job = waitFor(a.json().get("id").asText());
    assertThat(job.get("state").asText()).isEqualTo("done");
    JsonNode result = job.get("result").get("result");
    long inputs = job.get("result").get("provenance").get("options").get("inputs").asLong();
    assertThat(result.get("evaluations").asLong()).isEqualTo(2 * 4 * (inputs + 2));
    assertThat(result.get("intervals").asText()).isEqualTo("replicates");
    assertThat(result.get("replicates").asInt()).isEqualTo(2);
    assertThat(job.get("result").get("provenance").get("options").get("replicates").asInt()).isEqualTo(2);
    assertThat(job.get("progress").get("total").asLong()).isEqualTo(2 * 4 * (inputs + 2));
    assertThat(job.get("progress").get("done").asLong()).isEqualTo(2 * 4 * (inputs + 2));
  }

  @Test
  void sensitivityJob_badReplicates_is400NamingTheField() {
    for (String body : new String[] {
        "{\"kind\":\"sensitivity\",\"method\":\"sobol\",\"replicates\":1}",
        "{\"kind\":\"sensitivity\",\"method\":\"sobol\",\"replicates\":\"3\"}",
        "{\"kind\":\"sensitivity\",\"method\":\"morris\",\"replicates\":3}"}) {
      var a = http.post("/api/jobs", body);
      assertThat(a.status()).as(body).isEqualTo(400);
      assertThat(a.json().get("problems").get(0).get("field").asText()).as(body).isEqualTo("replicates");
    }
    var one = http.post("/api/jobs", "{\"kind\":\"sensitivity\",\"method\":\"sobol\",\"replicates\":1}");
    assertThat(one.json().get("error").asText()).isEqualTo("replicates: must be in [2, 1000], got 1");
    var morris = http.post("/api/jobs", "{\"kind\":\"sensitivity\",\"method\":\"morris\",\"replicates\":3}");
    assertThat(morris.json().get("error").asText()).isEqualTo("replicates: applies to method sobol only (Morris' bootstrap intervals already measure its error)");
  }

  @Test
  void sensitivityJob_progressIncreases_andCancelEndsItWithNothingStored() throws Exception {
    int runs = http.get("/api/runs").json().get("runs").size();
    var a = http.post("/api/jobs", "{\"kind\":\"sensitivity\",\"method\":\"morris\",\"samples\":500,\"model\":\"bdm\"}");
    assertThat(a.status()).isEqualTo(202);
    String id = a.json().get("id").asText();
    java.util.List<Long> seen = new java.util.ArrayList<>();
    Instant end = Instant.now().plus(Duration.ofSeconds(120));
    while (seen.stream().distinct().filter(d -> d > 0).count() < 2 && Instant.now().isBefore(end)) {
      JsonNode p = http.get("/api/jobs/" + id).json().get("progress");
      seen.add(p.get("done").asLong());
      assertThat(p.get("total").asLong()).isGreaterThan(500L);
      Thread.sleep(100);
    }
    assertThat(seen).isSorted();
    assertThat(seen.get(seen.size() - 1)).isGreaterThan(seen.stream().filter(d -> d > 0).findFirst().orElseThrow());
    assertThat(http.delete("/api/jobs/" + id).status()).isEqualTo(200);
    JsonNode job = waitFor(id);
    assertThat(job.get("state").asText()).isEqualTo("cancelled");
    assertThat(job.get("progress").get("done").asLong()).isLessThan(job.get("progress").get("total").asLong());
    assertThat(job.get("run").isNull()).isTrue();
    assertThat(job.get("result").isNull()).isTrue();
    assertThat(http.get("/api/runs").json().get("runs").size()).isEqualTo(runs);
  }

  @Test
  void jobs_beyondTheQueue_get429WithRetryAfter_andUnknownJobIs404() throws Exception {
    String slow = "{\"kind\":\"montecarlo\",\"samples\":1000000,\"model\":\"bdm\"}";
    java.util.List<String> ids = new java.util.ArrayList<>();
    int refused = 0;
    for (int k = 0; k < 6; k++) {
      var a = http.post("/api/jobs", slow);
      if (a.status() == 202) ids.add(a.json().get("id").asText());
      else {
        assertThat(a.status()).isEqualTo(429);
        assertThat(a.header("Retry-After")).isEqualTo("5");
        refused++;
      }
    }
    assertThat(refused).isGreaterThanOrEqualTo(3);
    for (String id : ids) http.delete("/api/jobs/" + id);
    for (String id : ids) waitFor(id);
    assertThat(http.get("/api/jobs/job-nope").status()).isEqualTo(404);
  }

  @Test
  void rerun_ofAStoredForecast_isIdentical() {
    var post = http.post("/api/forecast", "{\"scenario\":\"korea-2025\",\"model\":\"bdm\"}");
    String run = post.header("Location").substring("/api/runs/".length());
    var r = http.post("/api/runs/" + run + "/rerun", "");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("identical").asBoolean()).isTrue();
  }

  @Test
  void unknownEndpoint_is404Json() {
    var a = http.get("/api/nothing-here");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).contains("no such endpoint");
  }

  @Test
  void ui_isServedAtRoot() {
    var a = http.get("/");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).contains("data-testid=\"scenario-view\"");
    assertThat(http.get("/vendor/echarts.min.js").status()).isEqualTo(200);
  }

  static JsonNode waitFor(String id) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(end)) {
      JsonNode j = http.get("/api/jobs/" + id).json();
      String s = j.get("state").asText();
      if (!s.equals("queued") && !s.equals("running")) return j;
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish");
  }
}
