package org.laborcalc.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;

/**
 * The errors Jetty answers itself, before a request reaches the API (a request line or header it
 * cannot parse, headers too large, a URI it refuses): the violations document too, with a generic
 * message and never Jetty's reason text or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  JsonErrorHandler() {
    setShowStacks(false);
    setShowMessageInTitle(false);
  }

  static byte[] document(int status) {
    return LaborCalcJson.writeViolations(
            List.of(
                Violation.of(
                    "",
                    "HTTP_" + status,
                    "服务器无法处理此请求（HTTP " + status + "）",
                    "the server cannot process this request (HTTP " + status + ")")))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Api.JSON);
    response.write(true, ByteBuffer.wrap(document(code)), callback);
  }
}
