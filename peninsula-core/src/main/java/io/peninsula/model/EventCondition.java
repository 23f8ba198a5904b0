package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.Objects;

/**
 * A condition under which a {@link ScenarioEvent} can happen in a simulated year. An issue's value
 * is its status quo that year (the outcome carried forward from the year before).
 */
public sealed interface EventCondition {
  /** The issue's value is strictly above {@code threshold}. */
  record IssueAbove(String issue, double threshold) implements EventCondition {
    public IssueAbove {
      Objects.requireNonNull(issue, "issue");
      if (!Double.isFinite(threshold)) throw new InvalidInputException("threshold must be finite, got " + threshold);
    }
  }

  /** The issue's value is strictly below {@code threshold}. */
  record IssueBelow(String issue, double threshold) implements EventCondition {
    public IssueBelow {
      Objects.requireNonNull(issue, "issue");
      if (!Double.isFinite(threshold)) throw new InvalidInputException("threshold must be finite, got " + threshold);
    }
  }

  /** The other event has happened in an earlier simulated year. */
  record AfterEvent(String event) implements EventCondition {
    public AfterEvent {
      Objects.requireNonNull(event, "event");
    }
  }
}
