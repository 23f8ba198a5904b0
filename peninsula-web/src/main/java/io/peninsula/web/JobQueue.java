package io.peninsula.web;

import io.peninsula.web.ops.JobControl;
import io.peninsula.app.BadRequestException;
import io.peninsula.app.ServiceResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The long jobs (Monte Carlo, sensitivity): a fixed number of workers and a bounded queue. A
 * submission beyond the queue is refused at once ({@link RejectedExecutionException}, answered 429
 * with Retry-After) rather than accepted and lost. Finished jobs stay queryable until
 * {@code retained} newer ones have finished. Results go to the run store.
 */
public final class JobQueue implements AutoCloseable {
  /** A job's life: queued, running, then done, failed or cancelled. */
  public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

  private final ThreadPoolExecutor pool;
  private final RunArchive archive;
  private final int retained;
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private final AtomicInteger counter = new AtomicInteger();

  public JobQueue(int workers, int capacity, int retained, RunArchive archive) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity), r -> {
      Thread t = new Thread(r, "peninsula-job-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.archive = archive;
    this.retained = retained;
  }

  /** Queues the work; throws {@link RejectedExecutionException} when the queue is full. */
  public synchronized Job submit(String kind, Function<JobControl, ServiceResult> work) {
    String id = "job-" + counter.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
    Job job = new Job(id, kind);
    job.future = pool.submit(() -> job.execute(work, archive));
    jobs.put(id, job);
    prune();
    return job;
  }

  public synchronized Optional<Job> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Cancels a job: a queued one never starts, a running one stops at its next check. */
  public Optional<Job> cancel(String id) {
    Optional<Job> j = get(id);
    j.ifPresent(Job::cancelNow);
    return j;
  }

  private void prune() {
    List<String> finished = new ArrayList<>();
    for (Job j : jobs.values()) if (j.finished()) finished.add(j.id);
    for (int k = 0; k < finished.size() - retained; k++) jobs.remove(finished.get(k));
  }

  @Override
  public void close() {
    synchronized (this) {
      jobs.values().forEach(Job::cancelNow);
    }
    pool.shutdownNow();
  }

  /** One job: its state, progress and outcome. Thread-safe. */
  public static final class Job implements JobControl {
    private final String id;
    private final String kind;
    private final Instant submitted = Instant.now();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile State state = State.QUEUED;
    private volatile String runId;
    private volatile String error;
    private volatile Map<String, Object> result;
    private volatile Future<?> future;

    Job(String id, String kind) {
      this.id = id;
      this.kind = kind;
    }

    public String id() {
      return id;
    }

    public State state() {
      return state;
    }

    public boolean finished() {
      return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }

    @Override
    public void total(long units) {
      total = units;
    }

    @Override
    public void progress(long d) {
      done.accumulateAndGet(d, Math::max);
    }

    @Override
    public AtomicBoolean cancel() {
      return cancel;
    }

    void cancelNow() {
      cancel.set(true);
      Future<?> f = future;
      if (state == State.QUEUED && f != null && f.cancel(false)) state = State.CANCELLED;
    }

    void execute(Function<JobControl, ServiceResult> work, RunArchive archive) {
      if (cancel.get()) {
        state = State.CANCELLED;
        return;
      }
      state = State.RUNNING;
      try {
        ServiceResult o = work.apply(this);
        result = Envelope.of(o);
        try {
          runId = archive.record(o, "POST /api/jobs " + kind);
        } catch (RuntimeException e) {
          error = "the result could not be stored: " + e.getMessage();
        }
        state = cancel.get() ? State.CANCELLED : State.DONE;
      } catch (CancellationException e) {
        state = State.CANCELLED;
      } catch (ApiException | BadRequestException | IllegalArgumentException e) {
        error = e.getMessage();
        state = State.FAILED;
      } catch (RuntimeException e) {
        error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        state = State.FAILED;
      }
    }

    /** {@code id, kind, state, progress {done,total,fraction}, run, error, result}; the result only when asked. */
    public Map<String, Object> view(boolean withResult) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("kind", kind);
      m.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
      long t = total;
      long d = Math.min(done.get(), t == 0 ? done.get() : t);
      m.put("progress", io.peninsula.app.JsonFields.of("done", d, "total", t, "fraction", t == 0 ? 0.0 : (double) d / t));
      m.put("submitted", submitted.toString());
      m.put("run", runId);
      m.put("error", error);
      if (withResult) m.put("result", result);
      return m;
    }
  }
}
