package io.peninsula.web.ops;

import io.peninsula.app.Provenance;
import io.peninsula.app.ServiceResult;
import io.peninsula.app.scenario.LoadedScenario;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an operation the application layer has no service for yet (game build and solve
 * over HTTP), in the same {@link ServiceResult} shape so that it is answered and stored like the rest.
 */
public record WebResult(Provenance provenance, Record request, Object resultJson, Optional<LoadedScenario> scenario)
    implements ServiceResult {
  public WebResult {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(resultJson, "resultJson");
    Objects.requireNonNull(scenario, "scenario");
  }
}
