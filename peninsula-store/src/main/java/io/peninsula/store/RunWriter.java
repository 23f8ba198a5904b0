package io.peninsula.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Stores one finished run without losing it: opens the store (waiting for another process's lock
 * with bounded retry, {@link LockRetry}), writes the run in one transaction and closes the store.
 * If the lock is still held after the wait, the run is spooled as JSON next to the store ({@link
 * RunSpool}) under the id it would have had, and the next process that opens the store merges it.
 */
public final class RunWriter {
  private RunWriter() {}

  /** Where a run went: its id, the spool file if it was spooled, and how many spooled runs this write merged. */
  public record Written(String id, Optional<Path> spooledTo, int mergedFromSpool) {}

  public static Written record(Path file, StoredRun run) {
    return record(file, run, LockRetry.configured());
  }

  public static Written record(Path file, StoredRun run, LockRetry retry) {
    String id = RunStore.newId(run.started());
    try (RunStore s = RunStore.open(file, retry)) {
      return new Written(s.recordAs(run, id), Optional.empty(), s.mergedFromSpool());
    } catch (StoreLockedException locked) {
      return new Written(id, Optional.of(RunSpool.of(file).write(run.withId(id))), 0);
    }
  }
}
