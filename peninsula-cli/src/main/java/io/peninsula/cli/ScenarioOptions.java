package io.peninsula.cli;

import io.peninsula.app.scenario.FileScenarioSource;
import io.peninsula.app.scenario.LoadedScenario;
import io.peninsula.app.scenario.ScenarioRef;
import io.peninsula.app.scenario.ScenarioSource;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code [SCENARIO] [--input-format F]}: the scenario argument shared by every analysis command. */
public final class ScenarioOptions {
  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Bundled scenario name or file (default: korea-2025).")
  String scenario;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.", completionCandidates = FormatNames.class)
  String inputFormat;

  /** The typed reference to the scenario named (or the default). */
  public ScenarioRef ref() {
    return ScenarioRef.of(scenario, inputFormat);
  }

  /** Where this invocation's scenarios come from: files and bundled names. */
  public ScenarioSource source() {
    return new FileScenarioSource();
  }

  /** The scenario named (or the default), read with the chosen input format. */
  public LoadedScenario load() {
    return source().load(ref());
  }

  /** Completion candidates for --input-format: the registered scenario formats. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return io.peninsula.app.scenario.Formats.names().iterator();
    }
  }
}
