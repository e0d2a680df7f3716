package org.laborcalc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.LaborCalc;
import org.laborcalc.json.LaborCalcJson;

/** The JSON API through real HTTP calls to a service on a free loopback port. */
class ApiTest {
  static final String SEED = "examples/cases/seed-barite-mine-grade9.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Server server;
  private static Http http;

  @BeforeAll
  static void start() {
    server =
        Server.start(
            ServerOptions.defaults().withPort(0),
            LaborCalc.withBundledParameters(),
            () -> LocalDate.of(2024, 3, 1));
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode tree(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Path> exampleCases() throws IOException {
    try (Stream<Path> s = Files.walk(Http.repo("examples/cases"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void theSeedCaseComputesToTheAwardOf250800() {
    HttpResponse<String> r = http.postJson("/v1/compute", Http.bytes(SEED));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(r.headers().firstValue(Api.COMPLETE_HEADER)).hasValue("true");
    JsonNode result = tree(r);
    // 本人工资 6,500.00 (the bank statement; the unsigned payroll is rejected), Jining 370800:
    // 一次性伤残补助金 9 × 6,500 = 58,500.00; 停工留薪期工资 6 × 6,500 = 39,000.00;
    // 一次性工伤医疗补助金 7 × 5,800 = 40,600.00; 就业补助金 12 × 5,800 = 69,600.00;
    // fees 300.00 + 40,000.00 + 2,800.00; all the employer's (uninsured, art. 62 ¶2):
    // 58,500 + 39,000 + 40,600 + 69,600 + 300 + 40,000 + 2,800 = 250,800.00.
    assertThat(result.path("format").asText()).isEqualTo("laborcalc.work-injury-result/1");
    assertThat(result.path("totals").path("total").asText()).isEqualTo("250800.00");
    assertThat(result.path("totals").path("employer").asText()).isEqualTo("250800.00");
    assertThat(result.path("totals").path("fund").asText()).isEqualTo("0.00");
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void everyExampleCaseAnswersTheDocumentTheLibraryAndTheCliWrite(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    HttpResponse<String> r = http.postJson("/v1/compute", bytes);
    // The CLI's `compute --format json` prints Outcome.toJson() of the same facade.
    String expected = LaborCalc.withBundledParameters().compute(bytes).toJson();
    assertThat(r.statusCode()).as(file.toString()).isEqualTo(200);
    assertThat(r.body()).as(file.toString()).isEqualTo(expected);
  }

  @Test
  void aSheetIsServedInTheFormatAskedFor() {
    HttpResponse<String> html = http.postJson("/v1/compute?format=html", Http.bytes(SEED));
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(html.body()).contains("250,800.00");
    HttpResponse<String> text = http.postJson("/v1/compute?format=text", Http.bytes(SEED));
    assertThat(text.body()).contains("250,800.00");
    HttpResponse<String> bad = http.postJson("/v1/compute?format=pdf", Http.bytes(SEED));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(tree(bad).path("violations").get(0).path("path").asText()).isEqualTo("query.format");
  }

  @Test
  void aBodyThatIsNoJsonIs400WithTheParsersPlace() {
    HttpResponse<String> r =
        http.postJson("/v1/compute", "{\"case\": ".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode v = tree(r).path("violations").get(0);
    assertThat(v.path("code").asText()).isEqualTo("MALFORMED_JSON");
    assertThat(v.path("messageZh").asText()).contains("JSON");
    assertThat(r.body()).doesNotContain("at org.", "at com.", "Exception");
  }

  @Test
  void aCaseThatCannotBeComputedIs422WithEveryProblemLocated() throws IOException {
    ObjectNode seed = (ObjectNode) JSON.readTree(Http.bytes(SEED));
    ((ObjectNode) seed.path("case").path("injury")).put("date", "2019-02-30");
    ((ObjectNode) seed.path("case").path("appraisal")).putArray("itemGrades").add(11);
    HttpResponse<String> r = http.postJson("/v1/compute", JSON.writeValueAsBytes(seed));
    assertThat(r.statusCode()).isEqualTo(422);
    JsonNode doc = tree(r);
    assertThat(doc.path("format").asText()).isEqualTo(LaborCalcJson.VIOLATIONS_FORMAT);
    assertThat(doc.path("violations").findValuesAsText("path"))
        .contains("case.injury.date", "case.appraisal.itemGrades[0]");
    for (JsonNode v : doc.path("violations")) {
      assertThat(v.path("messageZh").asText()).isNotBlank();
      assertThat(v.path("messageEn").asText()).isNotBlank();
    }
  }

  @Test
  void aBodyOverTheLimitIs413() {
    byte[] big = new byte[LaborCalcJson.MAX_DOCUMENT_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    HttpResponse<String> r = http.postJson("/v1/compute", big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(tree(r).path("violations").get(0).path("code").asText()).isEqualTo("TOO_LARGE");
  }

  @Test
  void aBodyThatIsNotJsonByItsTypeIs415() {
    for (String type : new String[] {null, "text/plain", "application/json; charset=GBK"}) {
      HttpResponse<String> r = http.post("/v1/compute", Http.bytes(SEED), type);
      assertThat(r.statusCode()).as(String.valueOf(type)).isEqualTo(415);
      assertThat(tree(r).path("violations").get(0).path("path").asText())
          .isEqualTo("header.Content-Type");
    }
    assertThat(
            http.post("/v1/compute", Http.bytes(SEED), "application/json; charset=UTF-8")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void unknownPathsAndMethodsAnswerTheViolationsDocument() {
    HttpResponse<String> nf = http.get("/v2/compute");
    assertThat(nf.statusCode()).isEqualTo(404);
    assertThat(tree(nf).path("violations").get(0).path("code").asText()).isEqualTo("NOT_FOUND");
    HttpResponse<String> na = http.get("/v1/compute");
    assertThat(na.statusCode()).isEqualTo(405);
    assertThat(tree(na).path("format").asText()).isEqualTo(LaborCalcJson.VIOLATIONS_FORMAT);
  }

  @Test
  void validateSaysValidIncompleteOrInvalid() throws IOException {
    HttpResponse<String> valid = http.postJson("/v1/validate", Http.bytes(SEED));
    assertThat(valid.statusCode()).isEqualTo(200);
    assertThat(valid.headers().firstValue(Api.VALIDITY_HEADER)).hasValue("valid");
    assertThat(tree(valid).path("violations")).isEmpty();

    // Without its own figures the seed lacks Jining's average wage: only figures are missing.
    ObjectNode seed = (ObjectNode) JSON.readTree(Http.bytes(SEED));
    seed.remove("parameters");
    HttpResponse<String> incomplete = http.postJson("/v1/validate", JSON.writeValueAsBytes(seed));
    assertThat(incomplete.statusCode()).isEqualTo(200);
    assertThat(incomplete.headers().firstValue(Api.VALIDITY_HEADER)).hasValue("incomplete");
    JsonNode missing = tree(incomplete).path("violations").get(0);
    assertThat(missing.path("code").asText()).isEqualTo("MISSING_PARAMETER");
    assertThat(missing.path("fields").path("region").asText()).startsWith("37");

    // compute still answers the lines it can, marked incomplete
    HttpResponse<String> partial = http.postJson("/v1/compute", JSON.writeValueAsBytes(seed));
    assertThat(partial.statusCode()).isEqualTo(200);
    assertThat(partial.headers().firstValue(Api.COMPLETE_HEADER)).hasValue("false");
    assertThat(tree(partial).path("missing")).isNotEmpty();

    ((ObjectNode) seed.path("case")).put("region", "12");
    HttpResponse<String> invalid = http.postJson("/v1/validate", JSON.writeValueAsBytes(seed));
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.headers().firstValue(Api.VALIDITY_HEADER)).hasValue("invalid");

    HttpResponse<String> broken =
        http.postJson("/v1/validate", "[1]".getBytes(StandardCharsets.UTF_8));
    assertThat(broken.statusCode()).isEqualTo(400);
  }

  @Test
  void theParametersInForceAreListedForARegionAndDate() {
    HttpResponse<String> r = http.get("/v1/parameters?region=370800&date=2020-01-01");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = tree(r);
    assertThat(doc.path("format").asText()).isEqualTo(LaborCalcJson.PARAMETERS_FORMAT);
    assertThat(r.body()).contains("\"370800\"", "2020-01-01");

    HttpResponse<String> defaults = http.get("/v1/parameters");
    assertThat(defaults.statusCode()).isEqualTo(200);
    assertThat(defaults.body()).contains("2024-03-01"); // the service's clock in this test

    HttpResponse<String> badDate = http.get("/v1/parameters?date=2023-02-29");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(tree(badDate).path("violations").get(0).path("path").asText())
        .isEqualTo("query.date");
    HttpResponse<String> badRegion = http.get("/v1/parameters?region=999999");
    assertThat(badRegion.statusCode()).isEqualTo(400);
    assertThat(tree(badRegion).path("violations").get(0).path("path").asText())
        .isEqualTo("query.region");
  }

  @Test
  void regionsAreFoundByNameOrCode() {
    HttpResponse<String> byName = http.get("/v1/regions?q=" + enc("杭州"));
    assertThat(byName.statusCode()).isEqualTo(200);
    assertThat(tree(byName).path("regions").findValuesAsText("code")).contains("330100");

    HttpResponse<String> byCode = http.get("/v1/regions/370800");
    assertThat(byCode.statusCode()).isEqualTo(200);
    assertThat(tree(byCode).path("regions").get(0).path("name").asText()).isEqualTo("济宁市");

    assertThat(http.get("/v1/regions/999999").statusCode()).isEqualTo(404);
    assertThat(http.get("/v1/regions").statusCode()).isEqualTo(400);
    assertThat(http.get("/v1/regions?q=x&limit=0").statusCode()).isEqualTo(400);
  }

  @Test
  void itemCodesHaveTheirChineseAndEnglishNames() {
    HttpResponse<String> r = http.get("/v1/items?kind=work-injury");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode items = tree(r).path("kinds").get(0).path("items");
    assertThat(items.findValuesAsText("code")).contains("HOSPITAL_FOOD_SUBSIDY", "APPRAISAL_FEE");
    assertThat(items.findValuesAsText("nameZh")).contains("住院伙食补助费");
    assertThat(tree(http.get("/v1/items")).path("kinds").findValuesAsText("kind"))
        .containsExactlyElementsOf(org.laborcalc.calculation.Calculations.builtIn().kinds());
    assertThat(http.get("/v1/items?kind=nope").statusCode()).isEqualTo(400);
  }

  @ParameterizedTest
  @MethodSource("exampleCases")
  void everyLineOfAnExampleResultHasItsCodeAndNamesInTheCatalogue(Path file) throws IOException {
    JsonNode result = tree(http.postJson("/v1/compute", Files.readAllBytes(file)));
    String kind = LaborCalc.withBundledParameters().compute(Files.readAllBytes(file)).kind();
    List<ItemCatalogue.Item> catalogue = ItemCatalogue.builtIn().byKind().get(kind);
    JsonNode lines = result.has("items") ? result.path("items") : result.path("lines");
    if (kind.equals("arbitration")) {
      lines = result.path("claims"); // its items are the claims, by type
    }
    assertThat(lines).as(file.toString()).isNotEmpty();
    for (JsonNode line : lines) {
      String code =
          line.has("code")
              ? line.path("code").asText()
              : line.has("type") ? line.path("type").asText() : line.path("item").asText();
      assertThat(catalogue).extracting(ItemCatalogue.Item::code).as(file.toString()).contains(code);
    }
  }

  @Test
  void aRequestJettyRefusesBeforeTheApiIsAnsweredWithTheViolationsDocument() throws IOException {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      // Jetty's limit for the request headers is 8 KiB: 431 from the HTTP parser itself.
      String request =
          "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
              + "a".repeat(20_000)
              + "\r\nConnection: close\r\n\r\n";
      s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 431");
      assertThat(answer)
          .contains("application/json", LaborCalcJson.VIOLATIONS_FORMAT, "HTTP_431")
          .doesNotContain("<html", "at org.", "Exception");
    }
  }

  @Test
  void healthSaysUpWithTheKinds() {
    HttpResponse<String> r = http.get("/v1/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(tree(r).path("status").asText()).isEqualTo("UP");
    assertThat(r.body()).contains("work-injury", "severance");
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
