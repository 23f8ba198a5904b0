package io.peninsula.app;

import java.util.Optional;

/**
 * What every service returns: the provenance, the typed request it ran (the run store keeps it so
 * {@code runs rerun} can rebuild it), and the result as its JSON value (the {@code result} half of
 * the command's JSON document).
 */
public interface ServiceResult {
  Provenance provenance();

  /** The typed request this result answers. */
  Record request();

  /** The {@code result} object of the JSON document. */
  Object resultJson();

  /** The scenario this run read, if any (stored with the run so a rerun uses the same text). */
  Optional<io.peninsula.app.scenario.LoadedScenario> scenario();

  /** The JSON document {@code {"provenance": …, "result": …}}. */
  default String json() {
    return Json.document(provenance(), resultJson());
  }
}
