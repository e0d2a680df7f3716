package org.laborcalc.server;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.laborcalc.LaborCalc;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The laborcalc HTTP service: the {@link Api} on Javalin (Jetty 12), with the limits of {@link
 * ServerOptions}, one request log line per request (method, path, status, duration, sizes and a
 * request id — no body, no query string, no address: a case file is personal data), JSON answers
 * for every error, and a graceful stop that lets the requests in flight finish.
 */
public final class Server implements AutoCloseable {
  /** A context attribute: the handler answered with a violations document of its own. */
  static final String ANSWERED = "laborcalc.answered";

  /** A context attribute: the size of the answer's body, for the request log. */
  static final String OUT_BYTES = "laborcalc.out";

  private static final Logger ACCESS = LoggerFactory.getLogger("laborcalc.access");
  private static final Logger LOG = LoggerFactory.getLogger(Server.class);

  private final ServerOptions options;
  private final Engine engine;
  private final Javalin app;
  private final AtomicLong requests = new AtomicLong();

  private Server(ServerOptions options, LaborCalc laborCalc, Supplier<LocalDate> today) {
    this.options = options;
    this.engine = new Engine(laborCalc, options);
    Api api = new Api(engine, today, version());
    this.app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.http.maxRequestSize = LaborCalcJson.MAX_DOCUMENT_BYTES;
              cfg.http.prefer405over404 = true;
              cfg.jetty.host = options.host();
              cfg.jetty.port = options.port();
              cfg.jetty.modifyServer(
                  server -> {
                    // Stop: refuse new connections, let the requests in flight end.
                    server.setHandler(new GracefulHandler());
                    server.setStopTimeout(options.stopTimeout().toMillis());
                    server.setErrorHandler(new JsonErrorHandler());
                  });
              cfg.staticFiles.add(
                  s -> {
                    s.hostedPath = "/";
                    s.directory = "/org/laborcalc/server/web";
                    s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
                  });
              cfg.routes.before(this::begin);
              api.routes(cfg.routes);
              cfg.routes.exception(Engine.Refused.class, (e, ctx) -> refused(ctx, e));
              cfg.routes.exception(HttpResponseException.class, Server::httpError);
              cfg.routes.exception(Exception.class, Server::internal);
              cfg.routes.error(404, Server::notFound);
              cfg.router.javaLangErrorHandler(
                  (res, error) -> {
                    LOG.error("internal error", error);
                    try {
                      res.setStatus(500);
                      res.setContentType(Api.JSON);
                      res.getOutputStream().write(internalDocument());
                    } catch (IOException | IllegalStateException ignored) {
                      // the response is gone
                    }
                  });
              cfg.requestLogger.http(this::log);
            });
  }

  /**
   * Starts a service on the bundled parameters.
   *
   * @throws io.javalin.util.JavalinException when the port cannot be bound
   */
  public static Server start(ServerOptions options) {
    return start(options, LaborCalc.withBundledParameters(), Api::todayInChina);
  }

  /** Starts a service on these parameters, with this clock for the parameters' default date. */
  public static Server start(
      ServerOptions options, LaborCalc laborCalc, Supplier<LocalDate> today) {
    requireNonNull(options, "options");
    requireNonNull(laborCalc, "laborCalc");
    requireNonNull(today, "today");
    Server s = new Server(options, laborCalc, today);
    s.app.start();
    LOG.info(
        "laborcalc-server {} listening on http://{}:{}/ ({} workers, queue {}, budget {} ms)",
        version(),
        options.host(),
        s.port(),
        options.workers(),
        options.queue(),
        options.timeBudget().toMillis());
    return s;
  }

  /** The port listened on (the one chosen when the options asked for 0). */
  public int port() {
    return app.port();
  }

  /** Stops gracefully: no new requests, those in flight answered, then the workers stopped. */
  @Override
  public void close() {
    app.stop();
    engine.shutdown(options.stopTimeout());
  }

  // ---- request life cycle ----

  private void begin(Context ctx) {
    String id = Long.toString(requests.incrementAndGet(), 36);
    ctx.attribute("laborcalc.id", id);
    ctx.header("X-Request-Id", id);
    ctx.header("X-Content-Type-Options", "nosniff");
  }

  private void log(Context ctx, Float ms) {
    // No query string, body, address or agent: they may carry a person's case.
    ACCESS.info(
        "{} {} {} {}ms in={}B out={}B id={}",
        ctx.method(),
        ctx.path(),
        ctx.statusCode(),
        String.format(java.util.Locale.ROOT, "%.1f", ms),
        Math.max(0, ctx.req().getContentLengthLong()),
        outBytes(ctx),
        requestId(ctx));
  }

  private static String outBytes(Context ctx) {
    Object n = ctx.attribute(OUT_BYTES);
    return n == null ? "-" : n.toString();
  }

  private static String requestId(Context ctx) {
    Object id = ctx.attribute("laborcalc.id");
    return String.valueOf(id);
  }

  private static void refused(Context ctx, Engine.Refused e) {
    ctx.header("Retry-After", "1");
    Api.problem(ctx, 503, e.violation());
  }

  private static void httpError(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    if (status == 404) {
      notFound(ctx);
    } else if (status == 405) {
      Api.problem(
          ctx,
          405,
          Violation.of(
              "",
              "METHOD_NOT_ALLOWED",
              "此路径不接受 " + ctx.method() + " 请求",
              "this path does not accept " + ctx.method()));
    } else if (status == 413) {
      Api.problem(
          ctx,
          413,
          Violation.of(
              "",
              "TOO_LARGE",
              "请求正文过大，上限为 " + LaborCalcJson.MAX_DOCUMENT_BYTES + " 字节",
              "the request body is too large; the limit is "
                  + LaborCalcJson.MAX_DOCUMENT_BYTES
                  + " bytes"));
    } else if (status >= 500) {
      internal(e, ctx);
    } else {
      Api.problem(
          ctx,
          status,
          Violation.of(
              "", "HTTP_" + status, "请求有误（" + status + "）", "bad request (" + status + ")"));
    }
  }

  private static void notFound(Context ctx) {
    if (Boolean.TRUE.equals(ctx.attribute(ANSWERED))) {
      return;
    }
    Api.problem(
        ctx,
        404,
        Violation.of(
            "",
            "NOT_FOUND",
            "没有此路径：" + ctx.path() + "（接口见 /v1/openapi.json）",
            "no such path: " + ctx.path() + " (the API is described at /v1/openapi.json)"));
  }

  private static void internal(Exception e, Context ctx) {
    // The trace goes to the log only; the answer names the request to look it up by.
    LOG.error("internal error, request id={}", requestId(ctx), e);
    ctx.attribute(ANSWERED, Boolean.TRUE);
    Api.send(ctx, 500, Api.JSON, internalDocument());
  }

  private static byte[] internalDocument() {
    return LaborCalcJson.writeViolations(
            java.util.List.of(
                Violation.of(
                    "",
                    "INTERNAL_ERROR",
                    "内部错误；已记入服务日志",
                    "internal error; it is recorded in the service's log")))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The version of the build, from a resource filtered by Maven. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Server.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // unknown below
    }
    return p.getProperty("version", "unknown");
  }
}
