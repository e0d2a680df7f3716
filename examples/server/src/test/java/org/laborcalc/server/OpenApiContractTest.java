package org.laborcalc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.laborcalc.json.LaborCalcJson;

/**
 * The OpenAPI 3.1 document (checked in as {@code openapi.json}, served at {@code /v1/openapi.json})
 * against real responses: every call below, of every endpoint and every status the service answers,
 * must be documented for its operation and status, and its body must match the schema the document
 * gives there (JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 */
class OpenApiContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String IRI = "https://laborcalc.invalid/v1/openapi.json";
  private static Server server;
  private static Http http;
  private static JsonNode doc;
  private static SchemaRegistry registry;

  @BeforeAll
  static void start() throws IOException {
    server =
        Server.start(
            ServerOptions.defaults().withPort(0),
            LaborCalc.builder().register(new ServiceBehaviourTest.Probe()).build(),
            () -> LocalDate.of(2024, 3, 1));
    http = new Http(server.port());
    String text = new String(Api.resource("openapi.json"), StandardCharsets.UTF_8);
    doc = JSON.readTree(text);
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(IRI, text)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The schema the document gives for a JSON answer of an operation with a status. */
  private static Schema schemaFor(String path, String method, int status) {
    JsonNode response = doc.path("paths").path(path).path(method).path("responses");
    assertThat(response.has(String.valueOf(status)))
        .as("%s %s documents status %d", method, path, status)
        .isTrue();
    JsonNode schema =
        response
            .path(String.valueOf(status))
            .path("content")
            .path("application/json")
            .path("schema");
    assertThat(schema.isMissingNode())
        .as("%s %s %d has a JSON schema", method, path, status)
        .isFalse();
    String ref = schema.path("$ref").asText();
    assertThat(ref)
        .as("the schema of %s %s %d is a component", method, path, status)
        .startsWith("#/");
    return registry.getSchema(SchemaLocation.of(IRI + ref));
  }

  private record Call(String path, String method, Function<Http, HttpResponse<String>> send) {}

  private static Call get(String template, String url) {
    return new Call(template, "get", h -> h.get(url));
  }

  private static Call post(String template, String url, byte[] body, String type) {
    return new Call(template, "post", h -> h.post(url, body, type));
  }

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static List<Call> calls() throws IOException {
    List<Call> calls = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Http.repo("examples/cases"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        byte[] b = Files.readAllBytes(f);
        calls.add(post("/v1/compute", "/v1/compute", b, "application/json"));
        calls.add(post("/v1/validate", "/v1/validate", b, "application/json"));
      }
    }
    ObjectNode seed = (ObjectNode) JSON.readTree(Http.bytes(ApiTest.SEED));
    seed.remove("parameters"); // incomplete: Jining's average wage missing
    byte[] incomplete = JSON.writeValueAsBytes(seed);
    ((ObjectNode) seed.path("case")).put("region", "12");
    byte[] invalid = JSON.writeValueAsBytes(seed);
    byte[] big = new byte[LaborCalcJson.MAX_DOCUMENT_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    for (String op : List.of("/v1/compute", "/v1/validate")) {
      calls.add(post(op, op, incomplete, "application/json"));
      calls.add(post(op, op, invalid, "application/json"));
      calls.add(post(op, op, json("{\"case\""), "application/json"));
      calls.add(post(op, op, big, "application/json"));
      calls.add(post(op, op, json("{}"), "text/plain"));
      calls.add(
          post(op, op, json("{\"calculation\": \"probe\", \"case\": {}}"), "application/json"));
    }
    calls.add(post("/v1/compute", "/v1/compute?format=pdf", json("{}"), "application/json"));
    calls.add(get("/v1/parameters", "/v1/parameters?region=370800&date=2020-01-01"));
    calls.add(get("/v1/parameters", "/v1/parameters"));
    calls.add(get("/v1/parameters", "/v1/parameters?region=999999"));
    calls.add(get("/v1/parameters", "/v1/parameters?date=2020-13-01"));
    calls.add(get("/v1/regions", "/v1/regions?q=%E6%9D%AD%E5%B7%9E"));
    calls.add(get("/v1/regions", "/v1/regions?q=330100&limit=3"));
    calls.add(get("/v1/regions", "/v1/regions"));
    calls.add(get("/v1/regions", "/v1/regions?q=x&limit=500"));
    calls.add(get("/v1/regions/{code}", "/v1/regions/330106"));
    calls.add(get("/v1/regions/{code}", "/v1/regions/330199"));
    calls.add(get("/v1/items", "/v1/items"));
    calls.add(get("/v1/items", "/v1/items?kind=severance"));
    calls.add(get("/v1/items", "/v1/items?kind=none"));
    calls.add(get("/v1/health", "/v1/health"));
    calls.add(get("/v1/openapi.json", "/v1/openapi.json"));
    return calls;
  }

  @Test
  void everyRealAnswerMatchesTheDocumentedSchemaForItsStatus() throws IOException {
    List<String> seen = new ArrayList<>();
    for (Call c : calls()) {
      HttpResponse<String> r = c.send.apply(http);
      String what = c.method + " " + c.path + " " + r.statusCode();
      seen.add(c.path + " " + r.statusCode());
      Schema schema = schemaFor(c.path, c.method, r.statusCode());
      List<Error> errors = schema.validate(JSON.readTree(r.body()));
      assertThat(errors).as(what + ": " + r.body()).isEmpty();
    }
    // The calls reach every status the API uses.
    assertThat(seen)
        .contains(
            "/v1/compute 200",
            "/v1/compute 400",
            "/v1/compute 413",
            "/v1/compute 415",
            "/v1/compute 422",
            "/v1/compute 500",
            "/v1/validate 200",
            "/v1/parameters 400",
            "/v1/regions/{code} 404");
  }

  @Test
  void theServedDocumentIsTheCheckedInOne() throws IOException {
    HttpResponse<String> r = http.get("/v1/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .isEqualTo(
            Files.readString(
                Http.repo("examples/server/src/main/resources/org/laborcalc/server/openapi.json")));
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void everyOperationDocumentsItsAnswersWithSchemasThatResolve() {
    int checked = 0;
    for (Map.Entry<String, JsonNode> p : doc.path("paths").properties()) {
      if (p.getKey().equals("/v1/openapi.json")) {
        continue;
      }
      for (Map.Entry<String, JsonNode> op : p.getValue().properties()) {
        for (Map.Entry<String, JsonNode> status : op.getValue().path("responses").properties()) {
          // resolving the component throws when the $ref is bad
          assertThat(schemaFor(p.getKey(), op.getKey(), Integer.parseInt(status.getKey())))
              .isNotNull();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  @Test
  void aResultThatBreaksTheContractIsCaught() throws IOException {
    // The schema is not vacuous: a seed result with a number for an amount is refused.
    ObjectNode result =
        (ObjectNode) JSON.readTree(http.postJson("/v1/compute", Http.bytes(ApiTest.SEED)).body());
    ((ObjectNode) result.path("totals")).put("total", 250800.0);
    assertThat(schemaFor("/v1/compute", "post", 200).validate(result)).isNotEmpty();
    ObjectNode violations = JSON.createObjectNode();
    violations.put("format", LaborCalcJson.VIOLATIONS_FORMAT);
    violations.putArray("violations").addObject().put("path", "").put("code", "X");
    assertThat(schemaFor("/v1/compute", "post", 422).validate(violations)).isNotEmpty();
  }
}
