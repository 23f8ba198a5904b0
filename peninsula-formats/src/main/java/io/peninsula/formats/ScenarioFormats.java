package io.peninsula.formats;

import io.peninsula.formats.scenario.ScenarioLoader;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.Locale;

/**
 * The registry of scenario input formats, in detection order: {@code auto} walks it and takes the
 * first format whose {@link ScenarioFormat#detect} accepts the file (by extension, then by the
 * first lines), YAML when none does. Add one line per new format.
 */
public final class ScenarioFormats {
  private static final List<ScenarioFormat> FORMATS = List.of(
      ScenarioFormat.of("yaml", "Peninsula scenario, YAML (docs/scenario-format.md)",
          (f, c) -> lower(f).endsWith(".yaml") || lower(f).endsWith(".yml"), (f, c) -> ScenarioLoader.parse(f, c, false)),
      ScenarioFormat.of("json", "Peninsula scenario, JSON (the same fields as YAML)",
          (f, c) -> lower(f).endsWith(".json"), (f, c) -> ScenarioLoader.parse(f, c, true)),
      ScenarioFormat.of("ktab-csv", "KTAB's CSV (Wise et al. 2015, SMP input)",
          (f, c) -> line(c, 1).replace(" ", "").toLowerCase(Locale.ROOT).startsWith("actor,description,"),
          io.peninsula.formats.imports.KtabCsvReader::read),
      ScenarioFormat.of("bdm-csv", "the BDM replication's CSV (Scholz, Calbert & Smith 2011)",
          (f, c) -> line(c, 0).replace(" ", "").toLowerCase(Locale.ROOT).startsWith("actor,capability,position,salience"),
          io.peninsula.formats.imports.BdmCsvReader::read),
      ScenarioFormat.of("decide", "Decide's exchange-model text format (decide-exchange-model)",
          (f, c) -> line(c, 0).replace("'", "").replace("\"", "").startsWith("#A"),
          io.peninsula.formats.imports.DecideReader::parse),
      ScenarioFormat.of("deu", "DEU III decisions, tab-separated (Thomson et al. 2012)",
          (f, c) -> line(c, 0).contains("\t") && line(c, 0).contains("pcom"), ScenarioFormats::deuAsScenario));

  /** Detection order: extensions first, then the content sniffers in the order the if-chain had. */
  private static final List<String> DETECTION = List.of("json", "yaml", "decide", "ktab-csv", "bdm-csv", "deu");

  /** Accepted values of {@code --input-format}. */
  public static final List<String> NAMES = java.util.stream.Stream.concat(java.util.stream.Stream.of("auto"),
      FORMATS.stream().map(ScenarioFormat::name)).toList();

  private ScenarioFormats() {}

  /** Every registered format, in the order of {@link #NAMES}. */
  public static List<ScenarioFormat> all() {
    return FORMATS;
  }

  public static java.util.Optional<ScenarioFormat> byName(String name) {
    return FORMATS.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public static Scenario read(String format, String fileName, String content) {
    Scenario s = readUnchecked(format, fileName, content);
    InputLimits.checkCells(fileName, s.actors().size(), s.issues().size());
    return s;
  }

  private static Scenario readUnchecked(String format, String fileName, String content) {
    String f = format.equals("auto") ? detect(fileName, content) : format;
    return byName(f).orElseThrow(() -> InputException.of(fileName, 0, 0, "",
        "unknown input format \"" + format + "\" (allowed: " + String.join(", ", NAMES) + ")")).read(fileName, content);
  }

  /** The format {@code auto} chooses for this file. */
  public static String detect(String fileName, String content) {
    for (String name : DETECTION)
      if (byName(name).orElseThrow().detect(fileName, content)) return name;
    return "yaml";
  }

  private static String lower(String fileName) {
    return fileName.toLowerCase(Locale.ROOT);
  }

  private static String line(String content, int index) {
    return content.lines().limit(3).skip(index).findFirst().orElse("");
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
