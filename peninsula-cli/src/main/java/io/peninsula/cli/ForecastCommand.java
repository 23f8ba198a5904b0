package io.peninsula.cli;

import io.peninsula.engine.bargaining.ForecastResult;
import io.peninsula.engine.bargaining.ModelConfig;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peninsula forecast [SCENARIO]}: where negotiations on each issue settle. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
    description = {"Forecast where negotiations on each issue settle, with a bargaining model.",
        "Default scenario: korea-2025. Formats: table (readable), csv (tidy trajectory:",
        "round,actor,dimension,position; round 0 = inputs), json (trajectory, outcomes, provenance)."})
final class ForecastCommand implements Callable<Integer> {
  @Mixin ScenarioOptions scenarioOptions;

  @Mixin ModelOptions modelOptions;

  @Option(names = "--issue", paramLabel = "ID", description = "Only report this issue.")
  String issue;

  @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
      description = "table, csv or json. Default: ${DEFAULT-VALUE}.")
  String format;


  @Option(names = "--explain", description = "Explain each round: who challenged whom and how it ended.")
  boolean explain;

  @Mixin StoreOptions store;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!List.of("table", "csv", "json").contains(format))
      throw new UsageException("unknown --format \"" + format + "\" (allowed: table, csv, json)");
    java.time.Instant started = java.time.Instant.now();
    var model = modelOptions.model();
    ModelConfig config = modelOptions.config();
    LoadedScenario loaded = scenarioOptions.load();
    Scenario s = loaded.scenario();
    if (issue != null && s.issue(issue).isEmpty())
      throw new UsageException("unknown issue \"" + issue + "\" in " + loaded.origin() + " (issues: "
          + String.join(", ", s.issues().stream().map(io.peninsula.model.Issue::id).toList()) + ")");
    ForecastResult result;
    try {
      result = model.forecast(s, config);
    } catch (IllegalArgumentException e) {
      throw new UsageException("model " + model.name() + " cannot run on " + loaded.origin() + ": " + e.getMessage());
    }
    ForecastReport report = new ForecastReport(loaded, model.name(), config, result, issue);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "csv" -> out.print(report.csv());
      case "json" -> out.print(report.json());
      default -> {
        out.print(report.table());
        if (explain) out.print(report.explanation());
      }
    }
    out.flush();
    var config2 = new java.util.LinkedHashMap<String, Object>(config.parameters());
    config2.put("max_iterations", config.maxIterations());
    config2.put("tolerance", config.tolerance());
    if (issue != null) config2.put("issue", issue);
    Recording.record(spec, store, "forecast", model.name(), config2, loaded, config.seed(), started, "local", report.json());
    return Cli.EXIT_OK;
  }
}
