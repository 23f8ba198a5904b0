package io.peninsula.app.runs;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.app.BadRequestException;
import io.peninsula.app.Json;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.Services;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.formats.ScenarioFormats;
import java.util.Optional;

/**
 * {@code runs rerun}: rebuilds a stored run's typed request from the store, runs it again through
 * the same service on the stored scenario text (never re-reading the file) and compares the new
 * result with the stored one. Nothing is stored.
 */
public final class Rerun {
  private Rerun() {}

  /** The comparison: identical, or the first difference as a JSON path with both values. */
  public record Verdict(RunRecord run, boolean identical, Optional<String> firstDifference) {}

  public static Verdict of(RunRecord run) {
    JsonNode config = RunLog.request(run).orElseThrow(() -> new BadRequestException("run " + run.id()
        + " was stored without its typed request (by an older peninsula); it cannot be re-run"));
    String type = config.get("request_type").asText();
    Optional<LoadedScenario> scenario = run.scenarioText().isEmpty() && run.scenarioOrigin().isEmpty() ? Optional.empty()
        : Optional.of(new LoadedScenario(ScenarioFormats.read(run.scenarioFormat(), run.scenarioOrigin(), run.scenarioText()),
            run.scenarioOrigin(), run.scenarioFormat(), run.scenarioText()));
    ScenarioSource source = scenario.<ScenarioSource>map(ScenarioSource::fixed)
        .orElse(ref -> { throw new BadRequestException("run " + run.id() + " stored no scenario"); });
    ServiceResult again = Services.rerun(type, config.get("request"), source);
    // both sides through text, so numbers compare by value and not by the Java type that held them
    JsonNode before = parse(run, run.resultJson());
    JsonNode after = parse(run, Json.write(again.resultJson()));
    return before.equals(after) ? new Verdict(run, true, Optional.empty())
        : new Verdict(run, false, Optional.of(JsonDiff.firstDifference(before, after)));
  }

  private static JsonNode parse(RunRecord run, String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("run " + run.id() + ": a result that is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
