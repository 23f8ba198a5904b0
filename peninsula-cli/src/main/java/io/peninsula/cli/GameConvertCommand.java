package io.peninsula.cli;

import io.peninsula.game.ReducedStrategicForm;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peninsula game convert FILE --to nfg|efg [-o OUT]}: reads a Gambit file and writes it in
 * the canonical layout of {@link NfgWriter} / {@link EfgWriter} (payoff form becomes outcome form,
 * numbers exact, extensive descriptions at first use). An .efg converts to .nfg as its reduced
 * strategic form ({@link ReducedStrategicForm}, Gambit's); an .nfg cannot become a tree (refused with
 * the reason).
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Rewrite a Gambit game file in the layout Peninsula writes.",
        ".nfg in Gambit's outcome form; .efg with nodes in pre-order and each information set and outcome described at "
            + "its first use; exact numbers (a/b). An .efg converts --to nfg as its reduced strategic form "
            + "(strategies labelled by their actions, * where the player's own earlier moves exclude a set); "
            + "an .nfg cannot be converted --to efg."})
final class GameConvertCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A Gambit .nfg or .efg file.") Path file;

  @Option(names = "--to", required = true, paramLabel = "KIND", description = "nfg or efg.")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here instead of to standard output.")
  Optional<Path> output;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String written = new io.peninsula.app.games.GameConvertService().convert(file.toString(), to);
    if (output.isPresent()) {
      Path parent = output.get().toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent))
        throw new io.peninsula.app.BadRequestException(output.get() + ": cannot be written: directory " + parent + " does not exist");
      try {
        Files.writeString(output.get(), written, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new io.peninsula.app.BadRequestException(output.get() + ": cannot be written: " + e.getMessage());
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(written);
      out.flush();
    }
    return Cli.EXIT_OK;
  }
}
