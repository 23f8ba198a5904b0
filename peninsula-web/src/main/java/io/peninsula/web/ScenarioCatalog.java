package io.peninsula.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.app.scenario.Bundled;
import io.peninsula.app.scenario.Formats;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioRef;
import io.peninsula.app.scenario.ScenarioService;
import io.peninsula.app.scenario.ScenarioSource;
import io.peninsula.model.Scenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scenarios the API can reach: the bundled ones by name, or one carried in the request
 * ({@code "scenario": {…}} as JSON, or {@code "scenario_text"} in YAML or JSON). The server never
 * reads a path a client names: services get a {@link ScenarioSource} that answers with the scenario
 * resolved here. Bundled scenarios are parsed once and kept (they are immutable).
 */
public final class ScenarioCatalog {
  private final Map<String, LoadedScenario> bundled = new ConcurrentHashMap<>();

  /** A scenario resolved for one request: the reference that goes into the typed request, and the source that serves it. */
  public record Resolved(LoadedScenario loaded, ScenarioRef ref, ScenarioSource source) {}

  /** id, title and sizes of every bundled scenario. */
  public List<Map<String, Object>> list() {
    return Bundled.names().stream().map(n -> {
      Scenario s = bundled(n).scenario();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", n);
      m.put("title", s.metadata().title());
      m.put("date", s.metadata().date());
      m.put("actors", s.actors().size());
      m.put("issues", s.issues().size());
      m.put("options", s.options().size());
      return m;
    }).toList();
  }

  /** A bundled scenario by name, or 404 naming the bundled ones. */
  public LoadedScenario bundled(String name) {
    return bundled.computeIfAbsent(name, n -> Bundled.load(n).orElseThrow(() -> ApiException.notFound(
        "no bundled scenario \"" + n + "\" (bundled: " + String.join(", ", Bundled.names()) + ")")));
  }

  /** The scenario as the JSON scenario format writes it, sources included. */
  public JsonNode asJson(Scenario s) {
    try {
      return Json.MAPPER.readTree(ScenarioService.toJson(s));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The scenario a request body names: {@code scenario} (a bundled name or an inline JSON
   * scenario) or {@code scenario_text} (YAML or JSON text, as the editor sends it); neither means
   * the default bundled scenario.
   */
  public Resolved resolve(Request body) {
    JsonNode node = body.raw("scenario");
    String text = body.optionalText("scenario_text").orElse(null);
    if (node != null && !node.isNull() && text != null)
      throw ApiException.badField("scenario", "give either scenario or scenario_text, not both");
    LoadedScenario loaded;
    if (text != null) loaded = parse(text, body.optionalText("input_format").orElse("auto"));
    else if (node == null || node.isNull()) loaded = bundled(Bundled.DEFAULT);
    else if (node.isTextual()) loaded = bundled(node.asText());
    else if (node.isObject()) loaded = parse(Json.write(node), "json");
    else throw ApiException.badField("scenario", "must be a bundled scenario name or a scenario object, got " + node.getNodeType());
    return new Resolved(loaded, ScenarioRef.of(loaded.origin(), loaded.format()), ScenarioSource.fixed(loaded));
  }

  /** Parses scenario text; bad input becomes 400 with every problem located by line and column. */
  public LoadedScenario parse(String text, String format) {
    if (!Formats.names().contains(format))
      throw ApiException.badField("input_format", "unknown format \"" + format + "\" (allowed: " + String.join(", ", Formats.names()) + ")");
    String f = format.equals("auto") ? detect(text) : format;
    ScenarioService.TextCheck check = ScenarioService.check("inline", f, text);
    int n = check.problems().size();
    return check.loaded().orElseThrow(() -> new ApiException(400, "the scenario has " + n + " problem" + (n == 1 ? "" : "s"),
        check.problems().stream().map(ApiProblem::of).toList()));
  }

  /** JSON when the text opens with a brace, else whatever auto-detection makes of it (YAML by default). */
  static String detect(String text) {
    String t = text.stripLeading();
    return t.startsWith("{") ? "json" : ScenarioService.detect("inline", text);
  }
}
