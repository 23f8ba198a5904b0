package io.peninsula.app.scenario;

import io.peninsula.app.Provenance;
import io.peninsula.app.Sha256;
import io.peninsula.model.Scenario;
import java.util.Objects;

/**
 * A scenario as a request loaded it: the model, where it came from (bundled name or path), the
 * input format it was read with, its raw text and the SHA-256 of that text (the scenario hash in
 * every run's provenance). The hash is computed once, when the scenario is loaded, so a scenario
 * kept and reused (the workbench keeps the bundled ones) is not hashed again on every run.
 */
public record LoadedScenario(Scenario scenario, String origin, String format, String content, String sha256) {
  public LoadedScenario {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sha256, "sha256");
    if (sha256.length() != 64) throw new IllegalArgumentException("sha256 must be 64 hex digits, got \"" + sha256 + "\"");
  }

  /** A loaded scenario whose hash is computed here from {@code content}. */
  public LoadedScenario(Scenario scenario, String origin, String format, String content) {
    this(scenario, origin, format, content, Sha256.of(Objects.requireNonNull(content, "content")));
  }

  /** The provenance stamp of this scenario. */
  public Provenance.ScenarioStamp stamp() {
    return new Provenance.ScenarioStamp(scenario.metadata().id(), origin, format, sha256);
  }
}
