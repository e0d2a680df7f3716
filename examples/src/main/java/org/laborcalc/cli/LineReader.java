package org.laborcalc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, each at most {@code max} bytes: a longer line is skipped to its
 * end and reported by {@link #lastWasTooLong()}, so that one huge line neither fills the heap nor
 * shifts the lines after it. A final line without a line feed counts; {@code \r\n} is accepted.
 */
final class LineReader implements AutoCloseable {
  private final InputStream in;
  private final int max;
  private boolean tooLong;
  private long bytesRead;

  LineReader(InputStream in, int max) {
    this.in = in;
    this.max = max;
  }

  byte[] next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    tooLong = false;
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      bytesRead++;
      any = true;
      if (b == '\n') {
        break;
      }
      if (line.size() < max) {
        line.write(b);
      } else {
        tooLong = true;
      }
    }
    if (!any) {
      return null;
    }
    byte[] bytes = line.toByteArray();
    int end = bytes.length;
    if (end > 0 && bytes[end - 1] == '\r') {
      return Arrays.copyOf(bytes, end - 1);
    }
    return bytes;
  }

  boolean lastWasTooLong() {
    return tooLong;
  }

  long bytesRead() {
    return bytesRead;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
