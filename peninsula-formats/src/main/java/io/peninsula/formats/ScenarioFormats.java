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
  public static final List<String> NAMES = List.of("auto", "yaml", "json", "ktab-csv");

  private ScenarioFormats() {}

  public static Scenario read(String format, String fileName, String content) {
    String f = format.equals("auto") ? detect(fileName, content) : format;
    return switch (f) {
      case "yaml" -> ScenarioLoader.parse(fileName, content, false);
      case "json" -> ScenarioLoader.parse(fileName, content, true);
      case "ktab-csv" -> io.peninsula.formats.imports.KtabCsvReader.read(fileName, content);
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
    if (lines.length > 0 && lines[0].startsWith("#A")) return "decide";
    if (lines.length > 1 && lines[1].replace(" ", "").toLowerCase(Locale.ROOT).startsWith("actor,description,")) return "ktab-csv"; // KTAB: 3rd column Power or Influence
    if (lines.length > 0 && lines[0].replace(" ", "").toLowerCase(Locale.ROOT).startsWith("actor,capability,position,salience")) return "bdm-csv";
    if (lines.length > 0 && lines[0].contains("\t") && lines[0].contains("pcom")) return "deu";
    return "yaml";
  }
}
