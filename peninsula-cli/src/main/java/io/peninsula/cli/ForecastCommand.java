package io.peninsula.cli;

import io.peninsula.app.bargaining.ForecastOutcome;
import io.peninsula.app.bargaining.ForecastRequest;
import io.peninsula.app.bargaining.ForecastService;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
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
    ForecastRequest request = new ForecastRequest(scenarioOptions.ref(), modelOptions.spec(), Optional.ofNullable(issue));
    ForecastOutcome outcome = new ForecastService(scenarioOptions.source()).run(request);
    ForecastReport report = new ForecastReport(outcome);
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "csv" -> out.print(report.csv());
      case "json" -> out.print(outcome.json());
      default -> {
        out.print(report.table());
        if (explain) out.print(report.explanation());
      }
    }
    out.flush();
    Recording.record(spec, store, outcome);
    return Cli.EXIT_OK;
  }
}
