package io.peninsula.formats.scenario;

import io.peninsula.formats.InputException;
import io.peninsula.formats.Problem;
import io.peninsula.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a scenario from YAML or JSON text (format: docs/scenario-format.md). All problems of a file
 * are collected and thrown together as one {@link InputException}; a scenario is returned only
 * when the file is entirely valid.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /** Parses {@code content}; {@code fileName} is used in messages and, by its extension, to pick JSON. */
  public static Scenario parse(String fileName, String content) {
    boolean json = fileName.toLowerCase(Locale.ROOT).endsWith(".json");
    return parse(fileName, content, json);
  }

  public static Scenario parse(String fileName, String content, boolean json) {
    List<Problem> problems = new ArrayList<>();
    Node root = new LocatedTreeReader(fileName, problems).read(content, json);
    Reader reader = new Reader(fileName, problems);
    var scenario = new ScenarioBinder(reader).bind(root);
    if (!problems.isEmpty() || scenario.isEmpty()) {
      if (problems.isEmpty()) problems.add(new Problem(fileName, 0, 0, "", "invalid scenario"));
      problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new InputException(problems);
    }
    return scenario.get();
  }
}
