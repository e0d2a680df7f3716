package org.laborcalc.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.TimeUnit;
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
 * Scenario 3, JSON in → JSON out: for now only its baseline, plain Jackson reading a case's JSON
 * into a tree. The other half — the JSON facade turning the same case JSON into result JSON — is
 * being written elsewhere and belongs here as a second {@code @Benchmark} once it is merged; the
 * case JSON should then be the facade's own case format (today it is the typed case as Jackson
 * writes the records: the same fields and size, possibly not the facade's exact shape).
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

  @Setup(Level.Trial)
  public void setUp() throws JsonProcessingException {
    mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    caseJson = mapper.writeValueAsString(jsonCase.build());
  }

  @Benchmark
  public JsonNode jacksonTree() throws JsonProcessingException {
    return mapper.readTree(caseJson);
  }
}
