package org.laborcalc.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled parameter packs. {@link BundledPacks} reads them once into a holder, so the
 * cold load is measured once per fresh JVM: {@code cold*} run in single-shot mode, one measurement
 * per fork, many forks. Cold times include loading the classes (Jackson, Guava, the region table)
 * that the first use of laborcalc pays anyway. {@code coldJacksonTrees} is the baseline: a fresh
 * JVM's Jackson reading the same files into trees, without building parameters.
 *
 * <p>{@code reread*} repeat the work in a warm JVM (the reader's own cost, no class loading), with
 * the same Jackson baseline.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PackLoadingBenchmark}
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PackLoadingBenchmark {

  private static final String DIR = "/org/laborcalc/packs/";

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public Parameters coldBundledPacks() {
    return BundledPacks.parameters();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public List<JsonNode> coldJacksonTrees() {
    return trees(new ObjectMapper());
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public Parameters rereadBundledPacks() {
    List<ParameterPack> packs = new ArrayList<>();
    for (String name : names()) {
      try (InputStream in = open(name)) {
        packs.add(BundledPacks.reader().read(in, name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Parameters.of(packs);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 5, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public List<JsonNode> rereadJacksonTrees() {
    return trees(Warm.MAPPER);
  }

  /** Created on first use, so that nothing loads Jackson before a cold measurement. */
  private static final class Warm {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private static List<JsonNode> trees(ObjectMapper mapper) {
    List<JsonNode> out = new ArrayList<>();
    for (String name : names(mapper)) {
      try (InputStream in = open(name)) {
        out.add(mapper.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static List<String> names() {
    return names(Warm.MAPPER);
  }

  /** The pack files in load order, from the bundled index. */
  private static List<String> names(ObjectMapper mapper) {
    List<String> out = new ArrayList<>();
    try (InputStream in = open("index.json")) {
      for (JsonNode f : mapper.readTree(in).get("packs")) {
        out.add(f.asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static InputStream open(String name) {
    InputStream in = BundledPacks.class.getResourceAsStream(DIR + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + DIR + name);
    }
    return in;
  }
}
