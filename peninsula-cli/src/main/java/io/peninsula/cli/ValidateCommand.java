package io.peninsula.cli;

import io.peninsula.formats.InputException;
import io.peninsula.model.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula validate FILE…}: checks scenario files and reports every problem of each. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check scenario files (or bundled scenario names) and report every problem found.",
        "Each problem is printed as FILE:LINE:COLUMN: field: what is wrong. Exit 2 when any file has a problem."})
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files or bundled scenario names.")
  List<String> files;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto (by extension and content), yaml, json, … Default: ${DEFAULT-VALUE}.")
  String inputFormat;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int bad = 0;
    for (String f : files) {
      try {
        Scenario s = ScenarioInput.load(f, inputFormat).scenario();
        out.printf("%s: ok (%d actors, %d issues, %d positions, %d relations, %d options)%n", f, s.actors().size(),
            s.issues().size(), s.positions().size(), s.relations().size(), s.options().size());
      } catch (InputException e) {
        bad++;
        err.println(e.getMessage());
        err.printf("%s: %d problem%s%n", f, e.problems().size(), e.problems().size() == 1 ? "" : "s");
      }
    }
    out.flush();
    err.flush();
    return bad == 0 ? Cli.EXIT_OK : Cli.EXIT_BAD_INPUT;
  }

}
