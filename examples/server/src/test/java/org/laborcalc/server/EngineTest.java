package org.laborcalc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;

/** The engine's limits: the time budget and the bounded number of computations. */
class EngineTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  @Test
  void aComputationOverItsBudgetIsStoppedAndRefused() {
    ServerOptions o = ServerOptions.defaults().withTimeBudget(Duration.ofMillis(100));
    try (Engine engine = new Engine(CALC, o)) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  engine.run(
                      () -> {
                        Thread.sleep(10_000);
                        return "late";
                      }))
          .isInstanceOfSatisfying(
              Engine.Refused.class,
              e -> assertThat(e.violation().code()).isEqualTo("TIME_BUDGET_EXCEEDED"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aComputationBeyondTheWorkersAndTheQueueIsRefusedAtOnce() throws Exception {
    ServerOptions o = ServerOptions.defaults().withWorkers(1, 0);
    try (Engine engine = new Engine(CALC, o)) {
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<String> first =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return engine.run(
                      () -> {
                        running.countDown();
                        release.await();
                        return "first";
                      });
                } catch (Engine.Refused e) {
                  return e.violation().code();
                }
              });
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> engine.run(() -> "second"))
          .isInstanceOfSatisfying(
              Engine.Refused.class, e -> assertThat(e.violation().code()).isEqualTo("BUSY"));
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
      // the worker is free again
      assertThat(engine.run(() -> "third")).isEqualTo("third");
    }
  }

  @Test
  void aBugInAComputationReachesTheCallerAsItself() {
    try (Engine engine = new Engine(CALC, ServerOptions.defaults())) {
      assertThatThrownBy(
              () ->
                  engine.run(
                      () -> {
                        throw new IllegalStateException("bug");
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("bug");
    }
  }
}
