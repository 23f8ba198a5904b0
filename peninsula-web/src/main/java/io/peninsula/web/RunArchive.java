package io.peninsula.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.runs.RunLog;
import io.peninsula.app.runs.RunRecord;
import io.peninsula.web.ops.WorkbenchView;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's door to the run store. DuckDB admits one writing process per file, so, as the CLI
 * does, the store is opened for each access and closed at once (other peninsula commands can then
 * write between requests); accesses from the server's threads are serialised.
 */
public final class RunArchive {
  private final Path file;

  public RunArchive(Path file) {
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /**
   * Stores a finished operation as the CLI does (typed request, provenance, scenario text, the
   * service's result; for a {@link WorkbenchView} its outcome, not the view); returns its run id.
   */
  public synchronized String record(ServiceResult o, String how) {
    return new RunLog(file).record(WorkbenchView.stored(o), List.of("serve", how));
  }

  public synchronized List<Map<String, Object>> list() {
    return new RunLog(file).list().stream().map(RunArchive::summary).toList();
  }

  public synchronized Optional<RunRecord> get(String id) {
    return new RunLog(file).get(id);
  }

  static Map<String, Object> summary(RunRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("command", r.command());
    m.put("model", r.model());
    m.put("scenario", r.scenarioId());
    m.put("scenario_sha256", r.scenarioSha256());
    m.put("seed", r.seed());
    m.put("started", r.started().toString());
    m.put("seconds", (r.ended().toEpochMilli() - r.started().toEpochMilli()) / 1000.0);
    m.put("executor", r.executor());
    m.put("app_version", r.appVersion());
    return m;
  }

  /** The full run: summary, configuration, arguments, the scenario text and the result as stored. */
  public static Map<String, Object> detail(RunRecord r) {
    Map<String, Object> m = summary(r);
    m.put("args", tree(r.argsJson()));
    JsonNode config = tree(r.configJson());
    m.put("provenance", config.path("provenance"));
    m.put("request_type", config.path("request_type"));
    m.put("request", config.path("request"));
    m.put("scenario_origin", r.scenarioOrigin());
    m.put("scenario_format", r.scenarioFormat());
    m.put("scenario_text", r.scenarioText());
    m.put("java_version", r.javaVersion());
    m.put("result", tree(r.resultJson()));
    return m;
  }

  private static JsonNode tree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      return Json.MAPPER.getNodeFactory().textNode(json);
    }
  }
}
