package io.peninsula.cli;

import io.peninsula.formats.scenario.ScenarioWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula convert IN --to yaml|json}: writes a scenario file from any supported input format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert a scenario from any input format into a Peninsula scenario file.",
        "Input formats: YAML, JSON and the imported bargaining formats. Imported values cite the input file as their source."})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IN", description = "Input file or bundled scenario name.")
  String input;

  @Option(names = "--to", defaultValue = "yaml", paramLabel = "FMT", description = "yaml or json. Default: ${DEFAULT-VALUE}.")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT", description = "Input format. Default: ${DEFAULT-VALUE}.")
  String inputFormat;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String text = switch (to) {
      case "yaml" -> ScenarioWriter.toYaml(ScenarioInput.load(input, inputFormat).scenario());
      case "json" -> ScenarioWriter.toJson(ScenarioInput.load(input, inputFormat).scenario());
      default -> throw new UsageException("unknown --to \"" + to + "\" (allowed: yaml, json)");
    };
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
    return Cli.EXIT_OK;
  }
}
