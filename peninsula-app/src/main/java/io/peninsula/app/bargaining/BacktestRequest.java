package io.peninsula.app.bargaining;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Score models against observed outcomes: a DEU data set ({@code file}, format {@code deu}), or
 * with {@code outcomes} a scenario (bundled name or file, any scenario format) scored against a
 * CSV of recorded outcomes. {@code rows}: {@code both} (each model alone and +veto, and the status
 * quo), {@code veto} or {@code none}; {@code models} empty means every registered model; the
 * parameters go to every model.
 */
public record BacktestRequest(String file, Optional<String> inputFormat, Optional<String> outcomes, String rows, List<String> models,
    Map<String, String> parameters) {
  public BacktestRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(rows, "rows");
    models = List.copyOf(models);
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}
