package io.peninsula.web.ops;

import java.util.concurrent.atomic.AtomicBoolean;

/** What a long operation reports to and reads from its job: total work, progress, and the cancel flag. */
public interface JobControl {
  void total(long units);

  void progress(long done);

  AtomicBoolean cancel();
}
