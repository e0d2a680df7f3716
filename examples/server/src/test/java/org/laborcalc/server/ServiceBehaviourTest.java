package org.laborcalc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.Parameters;

/**
 * What the service does around the calculations: a bug answered 500 without its trace, a slow
 * computation answered 503 at its budget, the request log free of the case, a graceful stop.
 */
class ServiceBehaviourTest {
  /** A calculation for these tests: sleeps {@code case.sleepMs}, or fails when asked to. */
  static final class Probe implements Calculation<Long, String> {
    @Override
    public String kind() {
      return "probe";
    }

    @Override
    public int formatVersion() {
      return 1;
    }

    @Override
    public Class<String> resultType() {
      return String.class;
    }

    @Override
    public KeyRegistry keys() {
      return KeyRegistry.of(List.of());
    }

    @Override
    public Long read(JsonNode caseNode, JsonNode optionsNode) {
      return caseNode.path("sleepMs").asLong(-1);
    }

    @Override
    public String compute(Long sleepMs, Parameters parameters) {
      if (sleepMs < 0) {
        throw new IllegalStateException("secret internal detail");
      }
      try {
        Thread.sleep(sleepMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      return "slept " + sleepMs;
    }

    @Override
    public String toJson(String result) {
      return "{\"format\": \"laborcalc.probe-result/1\", \"said\": \"" + result + "\"}\n";
    }

    @Override
    public String sheet(String result, SheetFormat format) {
      return result;
    }
  }

  private static Server start(ServerOptions options) {
    LaborCalc calc = LaborCalc.builder().register(new Probe()).build();
    return Server.start(options.withPort(0), calc, () -> LocalDate.of(2024, 3, 1));
  }

  private static byte[] probe(long sleepMs) {
    return ("{\"calculation\": \"probe\", \"case\": {\"sleepMs\": " + sleepMs + "}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBugIsAnswered500WithoutItsTraceOrMessage() {
    try (Server s = start(ServerOptions.defaults())) {
      HttpResponse<String> r = new Http(s.port()).postJson("/v1/compute", probe(-1));
      assertThat(r.statusCode()).isEqualTo(500);
      JsonNode v = ApiTest.tree(r).path("violations").get(0);
      assertThat(v.path("code").asText()).isEqualTo("INTERNAL_ERROR");
      assertThat(r.body())
          .doesNotContain("secret", "IllegalStateException", "at org.", "Probe", ".java");
      assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
    }
  }

  @Test
  void aComputationOverTheBudgetIsAnswered503() {
    try (Server s = start(ServerOptions.defaults().withTimeBudget(Duration.ofMillis(200)))) {
      Http http = new Http(s.port());
      HttpResponse<String> r = http.postJson("/v1/compute", probe(3_000));
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(ApiTest.tree(r).path("violations").get(0).path("code").asText())
          .isEqualTo("TIME_BUDGET_EXCEEDED");
      // and the service answers the next request
      assertThat(http.postJson("/v1/compute", probe(0)).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aComputationBeyondTheWorkersAndTheQueueIsAnswered503AtOnce() throws Exception {
    try (Server s = start(ServerOptions.defaults().withWorkers(1, 0))) {
      Http http = new Http(s.port());
      CompletableFuture<HttpResponse<String>> busy =
          CompletableFuture.supplyAsync(() -> http.postJson("/v1/compute", probe(4_000)));
      Thread.sleep(1_000); // the one worker is computing
      long start = System.nanoTime();
      HttpResponse<String> refused = http.postJson("/v1/compute", probe(0));
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(ApiTest.tree(refused).path("violations").get(0).path("code").asText())
          .isEqualTo("BUSY");
      // answered without waiting for the worker, which is busy for 3 s more
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
      assertThat(busy.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      // GETs that compute nothing are not queued behind the computations
      assertThat(http.get("/v1/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theRequestLogHasOneLineARequestAndNothingOfTheCase() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (Server s = start(ServerOptions.defaults())) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      Http http = new Http(s.port());
      assertThat(http.postJson("/v1/compute", Http.bytes(ApiTest.SEED)).statusCode())
          .isEqualTo(200);
      assertThat(http.get("/v1/regions?q=" + "%E6%B5%8E%E5%AE%81").statusCode()).isEqualTo(200);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log.lines().filter(l -> l.contains("laborcalc.access")))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("POST /v1/compute 200").containsPattern("in=\\d+B"))
        .anySatisfy(l -> assertThat(l).contains("GET /v1/regions 200"));
    // The seed's birth date, wages, evidence ids and the query's name never reach the log.
    assertThat(log).doesNotContain("1985-05-20", "6500", "工资", "济宁", "%E6", "127.0.0.1:");
  }

  @Test
  void aStopLetsTheRequestInFlightFinishAndThenRefusesConnections() throws Exception {
    Server s = start(ServerOptions.defaults());
    int port = s.port();
    Http http = new Http(port);
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(() -> http.postJson("/v1/compute", probe(1_000)));
    Thread.sleep(300); // the request is being computed
    s.close();
    HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("slept 1000");
    HttpClient client = HttpClient.newHttpClient();
    assertThatThrownBy(
            () ->
                client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(java.io.IOException.class);
  }
}
