package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;

/**
 * One {@link LaborCalc}, shared by eight threads computing a mix of case files — the six examples
 * and variants of them (other as-of dates, wages, a case that is refused) — gives every thread
 * exactly the documents a sequential run gives, whatever order the threads take them in.
 */
class SharedLaborCalcConcurrencyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  /** The examples and, for each, variants that change what is computed or make it invalid. */
  private static List<byte[]> inputs() throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (Path f : ExampleFiles.cases()) {
      ObjectNode doc = (ObjectNode) JSON.readTree(f.toFile());
      out.add(JSON.writeValueAsBytes(doc));
      LocalDate injury = LocalDate.parse(doc.at("/case/injury/date").asText());
      for (int months : new int[] {1, 7, 30}) {
        ObjectNode v = doc.deepCopy();
        v.withObjectProperty("options").put("asOf", injury.plusMonths(months).toString());
        out.add(JSON.writeValueAsBytes(v));
      }
      if (doc.at("/case/wage/monthlyWage").isTextual()) {
        ObjectNode v = doc.deepCopy();
        ((ObjectNode) v.at("/case/wage")).put("monthlyWage", "12345.67");
        out.add(JSON.writeValueAsBytes(v));
      }
      ObjectNode refused = doc.deepCopy();
      ((ObjectNode) refused.at("/case/injury")).put("date", "2101-01-01");
      out.add(JSON.writeValueAsBytes(refused));
    }
    return out;
  }

  @Test
  void eightThreadsSharingOneInstanceGetWhatASequentialRunGets() throws Exception {
    assumeTrue(ExampleFiles.bundledPacksPresent(), "needs the bundled parameter packs");
    List<byte[]> inputs = inputs();
    LaborCalc sequential = LaborCalc.withBundledParameters();
    List<String> expected = new ArrayList<>();
    for (byte[] in : inputs) {
      expected.add(sequential.toJson(sequential.workInjuryJson(in)));
    }
    assertThat(expected)
        .anySatisfy(d -> assertThat(d).contains("laborcalc.work-injury-result/1"))
        .anySatisfy(d -> assertThat(d).contains("laborcalc.violations/1"));

    LaborCalc shared = LaborCalc.withBundledParameters();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        threads.add(
            pool.submit(
                () -> {
                  // Each thread its own order, so that different cases run side by side.
                  List<Integer> order = new ArrayList<>();
                  for (int r = 0; r < ROUNDS; r++) {
                    for (int i = 0; i < inputs.size(); i++) {
                      order.add(i);
                    }
                  }
                  Collections.shuffle(order, new Random(seed));
                  start.await();
                  List<String> mismatches = new ArrayList<>();
                  for (int i : order) {
                    String got = shared.toJson(shared.workInjuryJson(inputs.get(i)));
                    if (!got.equals(expected.get(i))) {
                      mismatches.add("input " + i);
                    }
                  }
                  return mismatches;
                }));
      }
      start.countDown();
      for (Future<List<String>> f : threads) {
        assertThat(f.get(120, TimeUnit.SECONDS))
            .as("documents unlike the sequential run")
            .isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
