package org.laborcalc.server;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.region.UnknownRegionException;

/**
 * The JSON API, version 1 ({@code /v1/…}; the contract is {@code openapi.json} beside this class).
 * Every answer that is not a result is the violations document of the CLI, each problem with its
 * path and its messages in Chinese and English: 400 a body that is no JSON document or a bad query
 * parameter, 413 a body over {@link LaborCalcJson#MAX_DOCUMENT_BYTES}, 415 a body that is not
 * {@code application/json}, 422 a case file that cannot be computed, 503 busy or over the time
 * budget, 500 an internal error (never with its stack trace).
 */
final class Api {
  /** Problems of the document itself, before its structure is read: a bad request. */
  private static final Set<String> SYNTAX_CODES =
      Set.of(
          "MALFORMED_JSON",
          "EMPTY_DOCUMENT",
          "NOT_UTF8",
          "INVALID_UTF8",
          "DUPLICATE_KEY",
          "LIMIT_EXCEEDED",
          "NOT_AN_OBJECT");

  /** The header that says whether a computed result lacks figures ({@code true}/{@code false}). */
  static final String COMPLETE_HEADER = "LaborCalc-Complete";

  /** The header of a validation: {@code valid}, {@code incomplete} or {@code invalid}. */
  static final String VALIDITY_HEADER = "LaborCalc-Validity";

  static final String JSON = "application/json; charset=utf-8";

  private static final ObjectWriter WRITER =
      LaborCalcJson.newMapper().writer(LaborCalcJson.prettyPrinter());

  private final Engine engine;
  private final Supplier<LocalDate> today;
  private final ItemCatalogue items = ItemCatalogue.builtIn();
  private final byte[] openApi;
  private final String version;

  Api(Engine engine, Supplier<LocalDate> today, String version) {
    this.engine = requireNonNull(engine, "engine");
    this.today = requireNonNull(today, "today");
    this.version = requireNonNull(version, "version");
    this.openApi = resource("openapi.json");
  }

  static LocalDate todayInChina() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  void routes(RoutesConfig r) {
    r.get("/v1/health", this::health);
    r.post("/v1/compute", this::compute);
    r.post("/v1/validate", this::validate);
    r.get("/v1/parameters", this::parameters);
    r.get("/v1/regions", this::searchRegions);
    r.get("/v1/regions/{code}", this::region);
    r.get("/v1/items", this::items);
    r.get("/v1/openapi.json", ctx -> send(ctx, 200, JSON, openApi));
  }

  // ---- endpoints ----

  private void health(Context ctx) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "laborcalc.health/1");
    doc.put("status", "UP");
    doc.put("version", version);
    doc.put("kinds", engine.laborCalc().calculations().kinds());
    doc.put("regionsDataset", Regions.bundled().datasetVersion());
    json(ctx, 200, doc);
  }

  private void compute(Context ctx) throws Engine.Refused {
    SheetFormat sheet;
    String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
    switch (format) {
      case "json" -> sheet = null;
      case "text" -> sheet = SheetFormat.TEXT;
      case "markdown" -> sheet = SheetFormat.MARKDOWN;
      case "html" -> sheet = SheetFormat.HTML;
      default -> {
        problem(
            ctx,
            400,
            Violation.of(
                "query.format",
                "INVALID_FORMAT",
                "format 须为 json、text、markdown 或 html，而非“" + format + "”",
                "format must be json, text, markdown or html, not \"" + format + "\""));
        return;
      }
    }
    byte[] body = body(ctx);
    if (body == null) {
      return;
    }
    Outcome outcome = engine.compute(body);
    if (!outcome.isValid()) {
      problems(ctx, statusOf(outcome.violations()), outcome.violations());
      return;
    }
    ctx.header(COMPLETE_HEADER, String.valueOf(outcome.isComplete()));
    ctx.header("Cache-Control", "no-store");
    if (sheet == null) {
      send(ctx, 200, JSON, outcome.toJson().getBytes(StandardCharsets.UTF_8));
    } else {
      String type =
          switch (sheet) {
            case TEXT -> "text/plain; charset=utf-8";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
          };
      send(ctx, 200, type, outcome.sheet(sheet).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void validate(Context ctx) throws Engine.Refused {
    byte[] body = body(ctx);
    if (body == null) {
      return;
    }
    List<Violation> violations = engine.validate(body);
    if (!violations.isEmpty() && statusOf(violations) != 422) {
      // Not a case file at all: the same answer as compute.
      problems(ctx, statusOf(violations), violations);
      return;
    }
    String validity =
        violations.isEmpty()
            ? "valid"
            : violations.stream().allMatch(Api::missingFigure) ? "incomplete" : "invalid";
    ctx.header(VALIDITY_HEADER, validity);
    ctx.header("Cache-Control", "no-store");
    send(
        ctx, 200, JSON, LaborCalcJson.writeViolations(violations).getBytes(StandardCharsets.UTF_8));
  }

  private void parameters(Context ctx) {
    String code = Optional.ofNullable(ctx.queryParam("region")).orElse(Region.NATIONAL_CODE);
    Optional<Region> region = Regions.bundled().find(code);
    if (region.isEmpty()) {
      UnknownRegionException e = new UnknownRegionException(code);
      problem(ctx, 400, Violation.of("query.region", e.code(), e.messageZh(), e.messageEn()));
      return;
    }
    String dateText = ctx.queryParam("date");
    LocalDate date;
    if (dateText == null) {
      date = today.get();
    } else {
      Optional<LocalDate> d = date(dateText);
      if (d.isEmpty()) {
        problem(
            ctx,
            400,
            Violation.of(
                "query.date",
                "INVALID_DATE",
                "date 的日期“" + dateText + "”无效：须为 yyyy-MM-dd 格式的真实日期",
                "date \"" + dateText + "\" is invalid: it must be a real date written yyyy-MM-dd"));
        return;
      }
      date = d.get();
    }
    List<ResolvedParameter<?>> inForce =
        engine.laborCalc().parameters().inForce(region.get(), date);
    send(
        ctx,
        200,
        JSON,
        LaborCalcJson.writeParameters(region.get(), date, inForce)
            .getBytes(StandardCharsets.UTF_8));
  }

  private void searchRegions(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      problem(
          ctx,
          400,
          Violation.of(
              "query.q",
              "REQUIRED",
              "须给出 q：地区名称或六位代码，如 q=杭州",
              "q is required: a region's name or six-digit code, e.g. q=杭州"));
      return;
    }
    String limitText = Optional.ofNullable(ctx.queryParam("limit")).orElse("20");
    int limit;
    try {
      limit = Integer.parseInt(limitText);
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > 200) {
      problem(
          ctx,
          400,
          Violation.of(
              "query.limit",
              "INVALID_LIMIT",
              "limit 须为 1 至 200 的整数，而非“" + limitText + "”",
              "limit must be a whole number from 1 to 200, not \"" + limitText + "\""));
      return;
    }
    Regions regions = Regions.bundled();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "laborcalc.regions/1");
    doc.put("query", q);
    doc.put("dataset", regions.datasetVersion());
    doc.put("regions", regions.search(q, limit).stream().map(Api::region).toList());
    json(ctx, 200, doc);
  }

  private void region(Context ctx) {
    String code = ctx.pathParam("code");
    Regions regions = Regions.bundled();
    Optional<Region> found = code.matches("\\d{6}") ? regions.find(code) : Optional.empty();
    if (found.isEmpty()) {
      UnknownRegionException e = new UnknownRegionException(code);
      problem(ctx, 404, Violation.of("path.code", e.code(), e.messageZh(), e.messageEn()));
      return;
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "laborcalc.regions/1");
    doc.put("query", code);
    doc.put("dataset", regions.datasetVersion());
    doc.put("regions", List.of(region(found.get())));
    json(ctx, 200, doc);
  }

  private void items(Context ctx) {
    String kind = ctx.queryParam("kind");
    Map<String, List<ItemCatalogue.Item>> all = items.byKind();
    if (kind != null && !all.containsKey(kind)) {
      problem(
          ctx,
          400,
          Violation.of(
              "query.kind",
              "UNKNOWN_CALCULATION",
              "未知的计算种类“" + kind + "”；可用：" + String.join("、", all.keySet()),
              "unknown calculation kind \""
                  + kind
                  + "\"; known: "
                  + String.join(", ", all.keySet())));
      return;
    }
    List<Map<String, Object>> kinds =
        all.entrySet().stream()
            .filter(e -> kind == null || e.getKey().equals(kind))
            .map(
                e -> {
                  Map<String, Object> k = new LinkedHashMap<>();
                  k.put("kind", e.getKey());
                  k.put("items", e.getValue());
                  return k;
                })
            .toList();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", "laborcalc.items/1");
    doc.put("kinds", kinds);
    json(ctx, 200, doc);
  }

  // ---- helpers ----

  /**
   * The request body, or null when it was answered already: 415 unless it is JSON (UTF-8), 413 when
   * it is larger than a case file may be.
   */
  private static byte[] body(Context ctx) {
    String type = ctx.contentType();
    if (!isJson(type)) {
      problem(
          ctx,
          415,
          Violation.of(
              "header.Content-Type",
              "UNSUPPORTED_MEDIA_TYPE",
              "请求正文须为 JSON：Content-Type: application/json（UTF-8），而非“"
                  + (type == null ? "（无）" : type)
                  + "”",
              "the request body must be JSON: Content-Type: application/json (UTF-8), not \""
                  + (type == null ? "(none)" : type)
                  + "\""));
      return null;
    }
    long declared = ctx.req().getContentLengthLong();
    byte[] bytes;
    if (declared <= LaborCalcJson.MAX_DOCUMENT_BYTES) {
      try (InputStream in = ctx.req().getInputStream()) {
        bytes = in.readNBytes(LaborCalcJson.MAX_DOCUMENT_BYTES + 1);
      } catch (IOException e) {
        problem(
            ctx,
            400,
            Violation.of("", "BODY_NOT_READ", "无法读取请求正文", "the request body could not be read"));
        return null;
      }
    } else {
      bytes = null;
    }
    if (bytes == null || bytes.length > LaborCalcJson.MAX_DOCUMENT_BYTES) {
      problem(
          ctx,
          413,
          Violation.of(
              "",
              "TOO_LARGE",
              "请求正文过大，上限为 " + LaborCalcJson.MAX_DOCUMENT_BYTES + " 字节",
              "the request body is too large; the limit is "
                  + LaborCalcJson.MAX_DOCUMENT_BYTES
                  + " bytes"));
      return null;
    }
    return bytes;
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].trim().split("=", 2);
      if (kv[0].trim().equalsIgnoreCase("charset")
          && (kv.length < 2 || !kv[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
        return false;
      }
    }
    return true;
  }

  /** 400 for a body that is no JSON object, 413 for one too large, else 422. */
  static int statusOf(List<Violation> violations) {
    if (violations.stream().anyMatch(v -> v.path().isEmpty() && v.code().equals("TOO_LARGE"))) {
      return 413;
    }
    if (violations.stream().anyMatch(v -> v.path().isEmpty() && SYNTAX_CODES.contains(v.code()))) {
      return 400;
    }
    return 422;
  }

  private static boolean missingFigure(Violation v) {
    return v.code().equals("MISSING_PARAMETER") && !v.fields().isEmpty();
  }

  private static Optional<LocalDate> date(String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Object> region(Region r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.code());
    m.put("level", r.level().name());
    m.put("name", r.name());
    m.put("fullName", r.fullName());
    m.put("parent", r.parentCode());
    return m;
  }

  static void problem(Context ctx, int status, Violation violation) {
    problems(ctx, status, List.of(violation));
  }

  static void problems(Context ctx, int status, List<Violation> violations) {
    ctx.attribute(Server.ANSWERED, Boolean.TRUE);
    send(
        ctx,
        status,
        JSON,
        LaborCalcJson.writeViolations(violations).getBytes(StandardCharsets.UTF_8));
  }

  private static void json(Context ctx, int status, Object doc) {
    String text;
    try {
      text = WRITER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    send(ctx, status, JSON, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers with these bytes, their size noted for the request log. */
  static void send(Context ctx, int status, String type, byte[] body) {
    ctx.attribute(Server.OUT_BYTES, body.length);
    ctx.status(status).contentType(type).result(body);
  }

  static byte[] resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the build: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resource " + name, e);
    }
  }
}
