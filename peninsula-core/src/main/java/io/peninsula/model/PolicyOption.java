package io.peninsula.model;

import java.util.List;
import java.util.Objects;

/**
 * A named counterfactual: a described list of edits to the baseline scenario, with the source or
 * rationale for it. An option with no edits is the status-quo baseline.
 */
public record PolicyOption(String id, String title, String description, List<ScenarioEdit> edits, SourceRef source) {
  public PolicyOption {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(source, "source");
    edits = List.copyOf(edits);
  }
}
