package io.peninsula.formats;

import io.peninsula.formats.scenario.ScenarioLoader;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.Locale;

/**
 * Reads a scenario from any supported input format. {@code auto} picks the format from the file
 * extension and, for CSV and text files, from the first lines.
 */
public final class ScenarioFormats {
  /** Accepted values of {@code --input-format}. */
  public static final List<String> NAMES = List.of("auto", "yaml", "json", "ktab-csv", "bdm-csv", "decide", "deu");

  private ScenarioFormats() {}

  public static Scenario read(String format, String fileName, String content) {
    Scenario s = readUnchecked(format, fileName, content);
    InputLimits.checkCells(fileName, s.actors().size(), s.issues().size());
    return s;
  }

  private static Scenario readUnchecked(String format, String fileName, String content) {
    String f = format.equals("auto") ? detect(fileName, content) : format;
    return switch (f) {
      case "yaml" -> ScenarioLoader.parse(fileName, content, false);
      case "json" -> ScenarioLoader.parse(fileName, content, true);
      case "ktab-csv" -> io.peninsula.formats.imports.KtabCsvReader.read(fileName, content);
      case "bdm-csv" -> io.peninsula.formats.imports.BdmCsvReader.read(fileName, content);
      case "decide" -> io.peninsula.formats.imports.DecideReader.parse(fileName, content);
      case "deu" -> deuAsScenario(fileName, content);
      default -> throw InputException.of(fileName, 0, 0, "",
          "unknown input format \"" + format + "\" (allowed: " + String.join(", ", NAMES) + ")");
    };
  }

  /** The format {@code auto} chooses for this file. */
  public static String detect(String fileName, String content) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) return "json";
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
    String[] lines = content.lines().limit(3).toArray(String[]::new);
    if (lines.length > 0 && lines[0].replace("'", "").replace("\"", "").startsWith("#A")) return "decide";
    if (lines.length > 1 && lines[1].replace(" ", "").toLowerCase(Locale.ROOT).startsWith("actor,description,")) return "ktab-csv"; // KTAB: 3rd column Power or Influence
    if (lines.length > 0 && lines[0].replace(" ", "").toLowerCase(Locale.ROOT).startsWith("actor,capability,position,salience")) return "bdm-csv";
    if (lines.length > 0 && lines[0].contains("\t") && lines[0].contains("pcom")) return "deu";
    return "yaml";
  }

  /**
   * All decisions of a DEU file as one scenario: one issue per decision, the union of actors (the
   * file gives one GDP capability per actor), an actor without a position on a decision absent
   * from it. Reference points and observed outcomes are used by {@code backtest}, not here.
   */
  private static io.peninsula.model.Scenario deuAsScenario(String fileName, String content) {
    var cases = io.peninsula.formats.imports.DeuReader.read(new java.io.StringReader(content), fileName);
    var actors = new java.util.LinkedHashMap<String, io.peninsula.model.Actor>();
    var issues = new java.util.ArrayList<io.peninsula.model.Issue>();
    var positions = new java.util.ArrayList<io.peninsula.model.Position>();
    var seen = new java.util.HashSet<String>();
    for (var c : cases) {
      c.scenario().actors().forEach(a -> actors.putIfAbsent(a.id(), a));
      for (var issue : c.scenario().issues())
        if (!seen.add(issue.id()))
          // found by fuzzing (ParserFuzzTest#deu): was an IllegalArgumentException from Scenario, exit 1
          throw InputException.of(fileName, 0, 0, "", "decision \"" + issue.id() + "\" appears more than once;"
              + " as a scenario every decision is one issue, so give each decision once");
      issues.addAll(c.scenario().issues());
      positions.addAll(c.scenario().positions());
    }
    String id = java.nio.file.Path.of(fileName).getFileName().toString().replaceAll("\\.[^.]*$", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    return io.peninsula.model.Scenario.of(id, List.copyOf(actors.values()), issues, positions);
  }
}
