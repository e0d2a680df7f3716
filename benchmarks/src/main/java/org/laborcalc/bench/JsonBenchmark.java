package org.laborcalc.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.json.LaborCalcJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 3, JSON in → JSON out: the facade reads a case file (the documented format, with the
 * case's local figures inline as a parameter pack), validates it, computes it and writes the result
 * JSON ({@link #caseFileToResultJson}); the baseline in the same run is plain Jackson reading the
 * same case file into a tree ({@link #jacksonTree}). {@link #caseFileToResultJsonStreamed} writes
 * the result to a stream instead of building its text.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonBenchmark {

  @Param({"SEED", "SEED_EVIDENCE", "DEATH_2024"})
  public WorkedCase jsonCase;

  private ObjectMapper mapper;
  private String caseJson;
  private LaborCalc laborCalc;
  private final ByteArrayOutputStream sink = new ByteArrayOutputStream(1 << 16);

  @Setup(Level.Trial)
  public void setUp() {
    mapper = new ObjectMapper();
    // The case's own figures travel in the case file, as a caller would send them.
    caseJson = LaborCalcJson.writeCaseFile(jsonCase.caseFile());
    laborCalc = LaborCalc.withBundledParameters();
    CalcOutcome check = laborCalc.workInjuryJson(caseJson);
    if (!check.isValid()) {
      throw new IllegalStateException("benchmark case is invalid: " + check.violations());
    }
  }

  @Benchmark
  public String caseFileToResultJson() {
    return laborCalc.toJson(laborCalc.workInjuryJson(caseJson));
  }

  /**
   * The same, the result streamed as UTF-8 ({@code LaborCalc.writeJson}) into a sink reused from
   * call to call, as a server writes a response: no result text is built.
   */
  @Benchmark
  public int caseFileToResultJsonStreamed() throws IOException {
    sink.reset();
    laborCalc.writeJson(laborCalc.workInjuryJson(caseJson), sink);
    return sink.size();
  }

  @Benchmark
  public JsonNode jacksonTree() throws JsonProcessingException {
    return mapper.readTree(caseJson);
  }
}
