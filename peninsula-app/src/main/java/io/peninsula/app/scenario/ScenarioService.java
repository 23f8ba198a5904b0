package io.peninsula.app.scenario;

import io.peninsula.app.BadRequestException;
import io.peninsula.app.Errors;
import io.peninsula.app.InputProblem;
import io.peninsula.formats.InputException;
import io.peninsula.formats.ScenarioFormats;
import io.peninsula.formats.scenario.ScenarioWriter;
import io.peninsula.model.Scenario;
import java.util.List;
import java.util.Optional;

/** {@code show}, {@code validate} and {@code convert}: reading a scenario, checking it, writing it as YAML or JSON. */
public final class ScenarioService {
  /** The formats a scenario can be written in. */
  public static final List<String> WRITE_FORMATS = List.of("yaml", "json");

  private final ScenarioSource scenarios;

  public ScenarioService() {
    this(new FileScenarioSource());
  }

  public ScenarioService(ScenarioSource scenarios) {
    this.scenarios = scenarios;
  }

  /** The result of validating one file: the scenario, or every problem found (file:line:column, one per line). */
  public record Validation(String file, Optional<Scenario> scenario, String problems, int problemCount) {}

  /** Reads the scenario and collects its problems instead of throwing them. */
  public Validation validate(ScenarioRef ref) {
    try {
      return new Validation(ref.name(), Optional.of(scenarios.load(ref).scenario()), "", 0);
    } catch (InputException e) {
      return new Validation(ref.name(), Optional.empty(), e.getMessage(), e.problems().size());
    }
  }

  /** The result of reading scenario text: the scenario read, or every problem found, located by line and column. */
  public record TextCheck(Optional<LoadedScenario> loaded, List<InputProblem> problems) {
    public TextCheck {
      if (loaded.isPresent() == !problems.isEmpty()) throw new IllegalArgumentException("either a scenario or its problems");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads scenario text given inline (as an editor or a request body sends it) in {@code format}
   * (a registered format's name, not {@code auto}: see {@link #detect}); {@code origin} names it in
   * problems. Bad input is returned as located problems, not thrown.
   */
  public static TextCheck check(String origin, String format, String text) {
    try {
      return new TextCheck(Optional.of(new LoadedScenario(ScenarioFormats.read(format, origin, text), origin, format, text)), List.of());
    } catch (InputException e) {
      return new TextCheck(Optional.empty(), Errors.inputProblems(e).orElseThrow());
    }
  }

  /** The format auto-detection picks for text named {@code origin} (YAML unless the text says otherwise). */
  public static String detect(String origin, String text) {
    return ScenarioFormats.detect(origin, text);
  }

  /** The scenario written in the JSON scenario format, sources included. */
  public static String toJson(Scenario s) {
    return ScenarioWriter.toJson(s);
  }

  public LoadedScenario load(ScenarioRef ref) {
    return scenarios.load(ref);
  }

  /** The scenario written in {@code to} (yaml or json). */
  public String convert(ScenarioRef ref, String to) {
    if (!WRITE_FORMATS.contains(to)) throw new BadRequestException("unknown --to \"" + to + "\" (allowed: yaml, json)");
    Scenario s = scenarios.load(ref).scenario();
    return to.equals("yaml") ? ScenarioWriter.toYaml(s) : ScenarioWriter.toJson(s);
  }
}
