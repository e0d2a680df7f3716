package org.laborcalc.server;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.error.Violation;

/**
 * The one {@link LaborCalc} every request shares (it is immutable and thread-safe; the bundled
 * packs are read once, when the service starts), behind a fixed pool of workers with a bounded
 * queue and a time budget per computation. A computation that finds the pool and the queue full, or
 * that overruns its budget, is {@link Refused} — the caller answers 503, the server stays
 * responsive and its memory bounded.
 */
final class Engine implements AutoCloseable {
  private final LaborCalc laborCalc;
  private final ThreadPoolExecutor pool;
  private final Duration budget;

  /** Why a computation was not run or not finished. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Violation violation;

    Refused(Violation violation) {
      super(violation.code(), null, false, false);
      this.violation = violation;
    }

    Violation violation() {
      return violation;
    }
  }

  Engine(LaborCalc laborCalc, ServerOptions options) {
    this.laborCalc = requireNonNull(laborCalc, "laborCalc");
    this.budget = options.timeBudget();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads =
        r -> {
          Thread t = new Thread(r, "laborcalc-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.pool =
        new ThreadPoolExecutor(
            options.workers(),
            options.workers(),
            0,
            TimeUnit.MILLISECONDS,
            options.queue() == 0
                ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(options.queue()),
            threads,
            new ThreadPoolExecutor.AbortPolicy());
    pool.prestartAllCoreThreads();
  }

  LaborCalc laborCalc() {
    return laborCalc;
  }

  /** A case file of any kind computed, as {@link LaborCalc#compute(byte[])} does. */
  Outcome compute(byte[] caseFile) throws Refused {
    return run(() -> laborCalc.compute(caseFile));
  }

  /** Every problem of a case file, as {@link LaborCalc#validateJson(byte[])} gives them. */
  List<Violation> validate(byte[] caseFile) throws Refused {
    return run(() -> laborCalc.validateJson(caseFile));
  }

  /**
   * Runs a task on a worker within the budget. A task that overruns is interrupted; the laborcalc
   * calculations do not block, so its worker is back as soon as it ends.
   */
  <T> T run(Callable<T> task) throws Refused {
    Future<T> f;
    try {
      f = pool.submit(task);
    } catch (RejectedExecutionException e) {
      throw new Refused(
          Violation.of(
              "",
              "BUSY",
              "服务繁忙：计算队列已满，请稍后重试",
              "the service is busy: the computation queue is full; try again shortly"));
    }
    try {
      return f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new Refused(
          Violation.of(
              "",
              "TIME_BUDGET_EXCEEDED",
              "计算超过时限（" + budget.toMillis() + " 毫秒），已中止",
              "the computation took longer than its budget ("
                  + budget.toMillis()
                  + " ms) and was stopped"));
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new Refused(
          Violation.of("", "SHUTTING_DOWN", "服务正在停止", "the service is shutting down"));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Lets the running computations end (up to {@code wait}), then stops the workers. */
  void shutdown(Duration wait) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown(Duration.ZERO);
  }
}
