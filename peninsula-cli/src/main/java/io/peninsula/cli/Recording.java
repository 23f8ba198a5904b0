package io.peninsula.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** Hands a finished run to the invocation's recorder and tells the user where it went (stderr). */
final class Recording {
  private Recording() {}

  /**
   * Records the run if a recorder is configured; returns the run id or empty. The result has been
   * printed before this is called, so a store failure loses nothing but the record.
   */
  static java.util.Optional<String> record(CommandSpec spec, StoreOptions store, String command, String model,
      Map<String, Object> config, LoadedScenario scenario, long seed, Instant started, String executor, String resultJson) {
    var recorder = store.recorder();
    if (recorder.isEmpty()) return java.util.Optional.empty();
    List<String> args = spec.commandLine().getParseResult() == null ? List.of()
        : rootArgs(spec);
    RunRecord run = new RunRecord(command, args, model, config, scenario, seed, Cli.version(),
        System.getProperty("java.version"), started, Instant.now(), executor, resultJson);
    String id = recorder.get().record(run);
    if (RunContext.recorderOverride().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      if (store.spooledTo.isPresent()) {
        err.println("run " + id + " spooled to " + store.spooledTo.get() + ": the store " + store.file()
            + " stayed locked by another process; the next command that writes to it merges the run (peninsula runs show "
            + id + " works meanwhile)");
      } else {
        err.println("run " + id + " stored in " + store.file() + " (peninsula runs show " + id + ")");
        if (store.mergedFromSpool > 0)
          err.println("merged " + store.mergedFromSpool + " spooled run" + (store.mergedFromSpool == 1 ? "" : "s") + " into " + store.file());
      }
      err.flush();
    }
    return java.util.Optional.of(id);
  }

  private static List<String> rootArgs(CommandSpec spec) {
    picocli.CommandLine root = spec.commandLine();
    while (root.getParent() != null) root = root.getParent();
    picocli.CommandLine.ParseResult pr = root.getParseResult();
    return pr == null ? spec.commandLine().getParseResult().originalArgs() : pr.originalArgs();
  }
}
