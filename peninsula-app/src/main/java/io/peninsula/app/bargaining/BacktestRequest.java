package io.peninsula.app.bargaining;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Score models against observed outcomes: the data file, its format ({@code deu}), the models
 * (empty: every registered model) and parameters passed to every model that declares them.
 */
public record BacktestRequest(String file, String inputFormat, List<String> models, Map<String, String> parameters) {
  public BacktestRequest {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(inputFormat, "inputFormat");
    models = List.copyOf(models);
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}
