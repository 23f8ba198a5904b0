package io.peninsula.app.scenario;

import io.peninsula.app.Provenance;
import io.peninsula.app.Sha256;
import io.peninsula.model.Scenario;
import java.util.Objects;

/**
 * A scenario as a request loaded it: the model, where it came from (bundled name or path), the
 * input format it was read with, its raw text and the SHA-256 of that text (the scenario hash in
 * every run's provenance).
 */
public record LoadedScenario(Scenario scenario, String origin, String format, String content) {
  public LoadedScenario {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
  }

  public String sha256() {
    return Sha256.of(content);
  }

  /** The provenance stamp of this scenario. */
  public Provenance.ScenarioStamp stamp() {
    return new Provenance.ScenarioStamp(scenario.metadata().id(), origin, format, sha256());
  }
}
