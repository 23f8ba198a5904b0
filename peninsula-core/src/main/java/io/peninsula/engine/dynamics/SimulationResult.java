package io.peninsula.engine.dynamics;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link Simulation} returns: per year (0 = today) and issue the distribution of the issue's
 * value over runs, and per year and event how often it happened. {@code completed} runs out of
 * {@code requested} (fewer when cancelled); {@code skippedEffects} counts event effects that could
 * not apply in the run's state at the time (e.g. an edit of an actor another event removed);
 * {@code unconverged} counts yearly forecasts in which some issue hit the iteration cap.
 */
public record SimulationResult(
    int baseYear, List<String> issues, double[] today, List<YearIssue> values, List<YearEvent> events,
    int completed, int requested, boolean cancelled, long skippedEffects, long unconverged) {
  public SimulationResult {
    issues = List.copyOf(issues);
    today = today.clone();
    values = List.copyOf(values);
    events = List.copyOf(events);
  }

  @Override
  public double[] today() {
    return today.clone();
  }

  /** One issue in one year: mean, percentiles over runs, and the share of runs away from today. */
  public record YearIssue(int year, String issue, double mean, double sd, double p05, double p50, double p95, double pChanged) {
    public YearIssue {
      Objects.requireNonNull(issue, "issue");
    }
  }

  /** One event in one year: the share of runs in which it happened that year, and by that year. */
  public record YearEvent(int year, String event, double pThisYear, double pByThisYear) {
    public YearEvent {
      Objects.requireNonNull(event, "event");
    }
  }
}
