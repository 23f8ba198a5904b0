package io.peninsula.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code [SCENARIO] [--input-format F]}: the scenario argument shared by every analysis command. */
public final class ScenarioOptions {
  @Parameters(arity = "0..1", paramLabel = "SCENARIO", description = "Bundled scenario name or file (default: korea-2025).")
  String scenario;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "Input format: auto, yaml, json, ktab-csv, bdm-csv, decide, deu. Default: ${DEFAULT-VALUE}.")
  String inputFormat;

  /** The scenario named (or the default), read with the chosen input format. */
  public LoadedScenario load() {
    return ScenarioInput.load(scenario, inputFormat);
  }
}
