package io.peninsula.engine.bargaining;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a {@link BargainingModel} returns: per-issue trajectories and outcomes, plus explanations. */
public record ForecastResult(String model, List<IssueForecast> issues, List<RoundNote> notes) {
  public ForecastResult {
    Objects.requireNonNull(model, "model");
    issues = List.copyOf(issues);
    notes = List.copyOf(notes);
  }

  public Optional<IssueForecast> issue(String issueId) {
    return issues.stream().filter(i -> i.issueId().equals(issueId)).findFirst();
  }

  /** The largest number of iterations any issue took. */
  public int iterations() {
    return issues.stream().mapToInt(IssueForecast::iterations).max().orElse(0);
  }

  /** True when every issue converged. */
  public boolean converged() {
    return issues.stream().allMatch(IssueForecast::converged);
  }
}
