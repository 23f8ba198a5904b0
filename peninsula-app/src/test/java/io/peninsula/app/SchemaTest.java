package io.peninsula.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.peninsula.app.bargaining.*;
import io.peninsula.app.games.GameReduceRequest;
import io.peninsula.app.games.GameReduceService;
import io.peninsula.app.games.GameSolveRequest;
import io.peninsula.app.games.GameSolveService;
import io.peninsula.app.scenario.ScenarioRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every command's real JSON output validates against its schema (draft 2020-12), and provenance has one shape. */
class SchemaTest {
  private static final ObjectMapper M = new ObjectMapper();
  private static final ScenarioRef KOREA = ScenarioRef.defaults();
  private static final String GAMES = "../peninsula-formats/src/test/resources/games/";

  static JsonNode resource(String name) {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/io/peninsula/app/schemas/" + name)) {
      assertThat(in).as(name).isNotNull();
      return M.readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The command's schema with the shared provenance schema inlined. */
  static Schema schema(String command) {
    ObjectNode s = (ObjectNode) resource(command + ".schema.json");
    ObjectNode prov = (ObjectNode) resource("provenance.schema.json").deepCopy();
    prov.remove("$id");
    prov.remove("$schema");
    ((ObjectNode) s.get("properties")).set("provenance", prov);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(s.toString(), InputFormat.JSON);
  }

  static void assertValid(String command, ServiceResult r) {
    List<Error> errors = schema(command).validate(r.json(), InputFormat.JSON);
    assertThat(errors).as(command + " output against " + command + ".schema.json").isEmpty();
    assertThat(r.provenance().command()).isEqualTo(command.replace('-', ' '));
    assertFixedKeyOrder(command + " result", r.resultJson());
    assertFixedKeyOrder(command + " provenance", r.provenance().toJson());
  }

  /**
   * Every object of the output with more than one field has a fixed iteration order (insertion or
   * sorted), so the JSON prints its keys in the same order on every run. {@code Map.of}'s order is
   * salted per JVM start: compare's JSON printed "utility" before "actor" on some runs and after it on
   * others, which a test inside one JVM cannot see by comparing outputs.
   */
  static void assertFixedKeyOrder(String where, Object value) {
    assertThat(JsonFields.unfixedOrder(where, value)).as("an object with no fixed key order (use JsonFields.of or a LinkedHashMap)").isEmpty();
  }

  @Test
  void forecast_compare_pivotal_levers() {
    assertValid("forecast", new ForecastService().run(new ForecastRequest(KOREA, ModelSpec.of("bdm"), Optional.empty())));
    assertValid("compare", new CompareService().run(new CompareRequest(KOREA, ModelSpec.defaults(), "all")));
    assertValid("pivotal", new PivotalService().run(new PivotalRequest(KOREA, ModelSpec.of("median"), Optional.of("opcon"))));
    assertValid("levers", new LeversService().run(new LeversRequest(KOREA, ModelSpec.defaults(), "force_posture", 50, 0.5)));
  }

  @Test
  void montecarlo_sensitivity() {
    assertValid("montecarlo", new MonteCarloService().run(new MonteCarloRequest(KOREA, ModelSpec.defaults(), "all", 64, 1, 0.1, 0.1, 0.1)));
    assertValid("sensitivity", new SensitivityService().run(
        new SensitivityRequest(KOREA, ModelSpec.defaults(), "morris", Optional.of(2), Optional.of("opcon"), 5)));
    assertValid("sensitivity", new SensitivityService().run(
        new SensitivityRequest(KOREA, ModelSpec.defaults(), "sobol", Optional.of(8), Optional.of("opcon"), 5)));
    ServiceResult replicated = new SensitivityService().run(
        new SensitivityRequest(KOREA, ModelSpec.defaults(), "sobol", Optional.of(8), Optional.of("opcon"), 5, Optional.of(2)));
    assertValid("sensitivity", replicated);
    JsonNode result = M.valueToTree(replicated.resultJson());
    assertThat(result.path("intervals").asText()).isEqualTo("replicates");
    assertThat(result.path("replicates").asInt()).isEqualTo(2);
    assertThat(result.has("resamples")).isFalse();
    assertThat(replicated.provenance().options()).containsEntry("replicates", 2);
  }

  /** The schema tells the two interval kinds apart: replicates without intervals, or resamples beside them, are refused. */
  @Test
  void sensitivitySchema_refusesMixedIntervalFields() throws IOException {
    ObjectNode doc = (ObjectNode) M.readTree(new SensitivityService().run(
        new SensitivityRequest(KOREA, ModelSpec.defaults(), "sobol", Optional.of(4), Optional.of("opcon"), 1, Optional.of(2))).json());
    assertThat(schema("sensitivity").validate(doc.toString(), InputFormat.JSON)).isEmpty();
    ObjectNode both = doc.deepCopy();
    ((ObjectNode) both.get("result")).put("resamples", 200);
    assertThat(schema("sensitivity").validate(both.toString(), InputFormat.JSON)).isNotEmpty();
    ObjectNode noKind = doc.deepCopy();
    ((ObjectNode) noKind.get("result")).remove("intervals");
    assertThat(schema("sensitivity").validate(noKind.toString(), InputFormat.JSON)).isNotEmpty();
    ObjectNode one = doc.deepCopy();
    ((ObjectNode) one.get("result")).put("replicates", 1);
    assertThat(schema("sensitivity").validate(one.toString(), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void simulate() {
    assertValid("simulate", new io.peninsula.app.dynamics.SimulateService().run(
        new io.peninsula.app.dynamics.SimulateRequest(KOREA, ModelSpec.defaults(), 2, 8, 1, Optional.empty())));
  }

  @Test
  void simulateWithArms() {
    var arms = new io.peninsula.app.dynamics.ArmsFitService.DyadRequest("USA", "USA", "PRC", "CHN", "sipri");
    assertValid("simulate", new io.peninsula.app.dynamics.SimulateService().run(
        new io.peninsula.app.dynamics.SimulateRequest(KOREA, ModelSpec.defaults(), 2, 8, 1, Optional.of(arms))));
  }

  /** Unstable with a holdout (USA-CHN), stable with an equilibrium (USA-RUS), without a holdout, and on the NMC data. */
  @Test
  void armsFit() {
    var service = new io.peninsula.app.dynamics.ArmsFitService();
    for (var r : List.of(
        new io.peninsula.app.dynamics.ArmsFitRequest("USA", "CHN", Optional.empty(), Optional.empty(), "auto", "sipri", 20, 42),
        new io.peninsula.app.dynamics.ArmsFitRequest("USA", "RUS", Optional.empty(), Optional.empty(), "auto", "sipri", 20, 42),
        new io.peninsula.app.dynamics.ArmsFitRequest("ROK", "JPN", Optional.of(1990), Optional.of(2010), "none", "sipri", 20, 1),
        new io.peninsula.app.dynamics.ArmsFitRequest("ROK", "PRK", Optional.empty(), Optional.empty(), "auto", "nmc", 20, 42)))
      assertValid("arms-fit", service.run(r));
  }

  @Test
  void gameSolve_gameReduce() {
    assertValid("game-solve", new GameSolveService().run(new GameSolveRequest(GAMES + "battle-of-the-sexes.nfg", "enummixed", Optional.empty(), false)));
    assertValid("game-solve", new GameSolveService().run(new GameSolveRequest(GAMES + "prisoners-dilemma.nfg", "enummixed", Optional.of("pure"), false)));
    assertValid("game-solve", new GameSolveService().run(new GameSolveRequest(GAMES + "entry-deterrence.efg", "spe", Optional.empty(), false)));
    assertValid("game-reduce", new GameReduceService().run(new GameReduceRequest(GAMES + "three-player.nfg", "mixed")));
  }

  @Test
  void gameBuild_everyKind() {
    for (String kind : io.peninsula.engine.security.SecurityGames.names())
      assertValid("game-build", new io.peninsula.app.games.GameBuildService().run(new io.peninsula.app.games.GameBuildRequest(KOREA, kind,
          Map.of(), Map.of(), Map.of(), List.of(), kind.equals("security-dilemma"), true, Optional.empty())));
  }

  @Test
  void backtest_scenarioAgainstRecordedOutcomes() {
    String veto = "../peninsula-cli/src/test/resources/veto/";
    assertValid("backtest", new BacktestService().run(new BacktestRequest(veto + "veto-mini.yaml", Optional.empty(),
        Optional.of(veto + "outcomes-synthetic.csv"), "both", List.of("compromise", "median"), Map.of())));
  }

  @Test
  void provenance_sameKeysEverywhere() {
    var a = new ForecastService().run(new ForecastRequest(KOREA, ModelSpec.defaults(), Optional.empty())).provenance().toJson();
    var b = new GameReduceService().run(new GameReduceRequest(GAMES + "prisoners-dilemma.nfg", "strict")).provenance().toJson();
    assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
    assertThat(b.get("scenario")).isNull();
    assertThat(((List<?>) b.get("inputs"))).hasSize(1);
    assertThat(((Map<?, ?>) a.get("scenario")).get("id")).isEqualTo("korea-2025");
  }

  @Test
  void schema_rejectsAWrongDocument() {
    var out = new ForecastService().run(new ForecastRequest(KOREA, ModelSpec.defaults(), Optional.empty())).json();
    String broken = out.replace("\"converged\"", "\"convergd\"");
    assertThat(schema("forecast").validate(broken, InputFormat.JSON)).isNotEmpty();
  }
}
