package io.peninsula.cli;

import io.peninsula.formats.InputException;
import io.peninsula.formats.gambit.EfgReader;
import io.peninsula.formats.gambit.EfgWriter;
import io.peninsula.formats.gambit.NfgReader;
import io.peninsula.formats.gambit.NfgWriter;
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
    if (!List.of("nfg", "efg").contains(to)) throw new UsageException("unknown --to \"" + to + "\" (allowed: nfg, efg)");
    String text = GameCommand.text(file);
    boolean extensive = GameCommand.isExtensive(file, text);
    if (!extensive && to.equals("efg"))
      throw new UsageException(file + " is a strategic (.nfg) game; --to efg would need a game tree, which a table does not "
          + "determine (use --to nfg)");
    String written = !extensive ? NfgWriter.write(NfgReader.read(file.toString(), text))
        : to.equals("efg") ? EfgWriter.write(EfgReader.read(file.toString(), text))
        : NfgWriter.write(GameCommand.reducedForm(file, EfgReader.read(file.toString(), text)));
    if (output.isPresent()) {
      Path parent = output.get().toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent))
        throw InputException.of(output.get().toString(), 0, 0, "", "cannot be written: directory " + parent + " does not exist");
      try {
        Files.writeString(output.get(), written, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw InputException.of(output.get().toString(), 0, 0, "", "cannot be written: " + e.getMessage());
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(written);
      out.flush();
    }
    return Cli.EXIT_OK;
  }
}
