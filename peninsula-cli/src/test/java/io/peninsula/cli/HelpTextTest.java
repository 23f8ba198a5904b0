package io.peninsula.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Renders the help of every command and subcommand as a new user sees it: no picocli warning
 * (an unescaped {@code %} in a description makes picocli print one), and a first description line
 * that is a whole sentence, because the parent's command list shows only that line.
 */
class HelpTextTest {
  static Stream<String> commands() {
    List<String> out = new ArrayList<>();
    collect(Cli.commandLine(), "", out);
    return out.stream();
  }

  private static void collect(CommandLine cl, String prefix, List<String> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      if (e.getValue().getCommandSpec().aliases().length > 0 && !e.getKey().equals(e.getValue().getCommandName())) continue;
      String path = (prefix + " " + e.getKey()).strip();
      if (path.endsWith("help")) continue;
      out.add(path);
      collect(e.getValue(), path, out);
    }
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("commands")
  void help_rendersWithoutWarnings_firstLineIsASentence(String command) {
    CommandLine cl = Cli.commandLine();
    for (String part : command.split(" ")) cl = cl.getSubcommands().get(part);
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String usage;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      usage = cl.getUsageMessage();
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).as("picocli warnings for %s --help", command).isEmpty();
    assertThat(usage).doesNotContain("%n").doesNotContain("[picocli");
    // a file name or link must not be wrapped across two lines ("docs/games." / "md, ...")
    assertThat(usage).as("%s --help wraps a file name", command).doesNotContainPattern("(?m)/[\\w.-]*\\.\\n\\s*(md|yaml|csv|nfg|efg|txt)\\b");
    String[] description = cl.getCommandSpec().usageMessage().description();
    assertThat(description).as("description of %s", command).isNotEmpty();
    String first = description[0].strip();
    assertThat(first).as("first description line of %s (shown in the parent's command list)", command).matches("(?s).*[.!?:)]$");
    assertThat(first.chars().filter(c -> c == '(').count()).as("parentheses balanced in %s's first line", command)
        .isEqualTo(first.chars().filter(c -> c == ')').count());
  }
}
