package io.peninsula.model;

import io.peninsula.error.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * Something that may happen in a simulated year: with {@code probability} a year, when every
 * condition holds, its effects (edits in the vocabulary of {@link PolicyOption}) are applied to
 * the scenario from then on. {@code repeats} lets it happen again in later years; otherwise it
 * happens at most once per simulated run. The source cites the evidence for the probability or
 * marks it as a judgement with its reasoning.
 */
public record ScenarioEvent(
    String id, String title, double probability, SourceRef source, boolean repeats,
    List<EventCondition> conditions, List<ScenarioEdit> effects) {
  public ScenarioEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    if (!(probability >= 0 && probability <= 1))
      throw new InvalidInputException("event " + id + ": annual probability must be in [0, 1], got " + probability);
    conditions = List.copyOf(conditions);
    effects = List.copyOf(effects);
  }

  /** The ids of the events this one's conditions name. */
  public List<String> prerequisites() {
    return conditions.stream().filter(c -> c instanceof EventCondition.AfterEvent).map(c -> ((EventCondition.AfterEvent) c).event()).toList();
  }
}
