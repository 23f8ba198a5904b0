package io.peninsula.cli;

import io.peninsula.app.ServiceResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** Hands a finished run to the run store and tells the user where it went (stderr). */
final class Recording {
  private Recording() {}

  /**
   * Stores a service's run unless {@code --no-store}; returns the run id. The result has been
   * printed before this is called, so a store failure loses nothing but the record.
   */
  static Optional<String> record(CommandSpec spec, StoreOptions store, ServiceResult run) {
    var log = store.log();
    if (log.isEmpty()) return Optional.empty();
    String id = log.get().record(run, args(spec));
    PrintWriter err = spec.commandLine().getErr();
    err.println("run " + id + " stored in " + store.file() + " (peninsula runs show " + id + ")");
    err.flush();
    return Optional.of(id);
  }

  private static List<String> args(CommandSpec spec) {
    if (spec.commandLine().getParseResult() == null) return List.of();
    picocli.CommandLine root = spec.commandLine();
    while (root.getParent() != null) root = root.getParent();
    picocli.CommandLine.ParseResult pr = root.getParseResult();
    return pr == null ? spec.commandLine().getParseResult().originalArgs() : pr.originalArgs();
  }
}
