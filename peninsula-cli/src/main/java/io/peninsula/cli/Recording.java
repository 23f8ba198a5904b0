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
    return Optional.of(announce(spec, store, log.get().store(run, args(spec))));
  }

  private static String announce(CommandSpec spec, StoreOptions store, io.peninsula.app.runs.RunLog.Stored stored) {
    String id = stored.id();
    PrintWriter err = spec.commandLine().getErr();
    if (stored.spooledTo().isPresent()) {
      err.println("run " + id + " spooled to " + stored.spooledTo().get() + ": the store " + store.file()
          + " stayed locked by another process; the next command that writes to it merges the run (peninsula runs show "
          + id + " works meanwhile)");
    } else {
      err.println("run " + id + " stored in " + store.file() + " (peninsula runs show " + id + ")");
      if (stored.mergedFromSpool() > 0)
        err.println("merged " + stored.mergedFromSpool() + " spooled run" + (stored.mergedFromSpool() == 1 ? "" : "s") + " into " + store.file());
    }
    err.flush();
    return id;
  }

  static List<String> args(CommandSpec spec) {
    if (spec.commandLine().getParseResult() == null) return List.of();
    picocli.CommandLine root = spec.commandLine();
    while (root.getParent() != null) root = root.getParent();
    picocli.CommandLine.ParseResult pr = root.getParseResult();
    return pr == null ? spec.commandLine().getParseResult().originalArgs() : pr.originalArgs();
  }
}
