package org.laborcalc.json;

import java.io.Writer;
import java.util.Arrays;

/**
 * A writer into one char array, sized by the caller's estimate and grown by half when it is short,
 * whose text becomes one string at the end. Unlike a {@link java.io.StringWriter} (a synchronized
 * {@code StringBuffer} that starts in Latin-1, is inflated to UTF-16 at the first Chinese character
 * and copied again for its string) it copies the document once. Not thread-safe.
 */
final class TextSink extends Writer {
  private char[] buf;
  private int len;

  TextSink(int expectedLength) {
    buf = new char[Math.max(expectedLength, 16)];
  }

  private void room(int more) {
    int need = len + more;
    if (need > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(need, buf.length + (buf.length >> 1)));
    }
  }

  @Override
  public void write(char[] cbuf, int off, int n) {
    room(n);
    System.arraycopy(cbuf, off, buf, len, n);
    len += n;
  }

  @Override
  public void write(String s, int off, int n) {
    room(n);
    s.getChars(off, off + n, buf, len);
    len += n;
  }

  @Override
  public void write(int c) {
    room(1);
    buf[len++] = (char) c;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return new String(buf, 0, len);
  }
}
