package org.laborcalc.sheet;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How a sheet is rendered: its language, the width of the text format, and the digest of the input
 * it was computed from (shown in the header so that a printed sheet can be matched to its data).
 * Immutable.
 *
 * @param language the language
 * @param width the most columns a line of the text format takes (a Chinese character counts 2); at
 *     least {@link #MIN_WIDTH}
 * @param inputDigest the SHA-256 of the case file, in hex, or null when the result was not read
 *     from one
 * @param reference the case number, parties and tribunal the case file names, or null
 */
public record SheetOptions(
    SheetLanguage language, int width, String inputDigest, CaseReference reference) {

  /** The default width of the text format. */
  public static final int DEFAULT_WIDTH = 100;

  /** The narrowest width the text format accepts. */
  public static final int MIN_WIDTH = 40;

  /** Chinese, 100 columns, no digest. */
  public static final SheetOptions DEFAULT =
      new SheetOptions(SheetLanguage.ZH, DEFAULT_WIDTH, null, null);

  public SheetOptions {
    requireNonNull(language, "language");
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width (" + width + ") must be at least " + MIN_WIDTH);
    }
  }

  /** The SHA-256 of a case file's bytes as given, in lower-case hex: an input digest. */
  public static String digestOf(byte[] caseFile) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(requireNonNull(caseFile)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** These options in {@code language}. */
  public SheetOptions withLanguage(SheetLanguage language) {
    return new SheetOptions(language, width, inputDigest, reference);
  }

  /** These options at {@code width} columns. */
  public SheetOptions withWidth(int width) {
    return new SheetOptions(language, width, inputDigest, reference);
  }

  /** These options with the case's reference. */
  public SheetOptions withReference(CaseReference reference) {
    return new SheetOptions(language, width, inputDigest, reference);
  }

  /** These options with the input's digest. */
  public SheetOptions withInputDigest(String inputDigest) {
    return new SheetOptions(language, width, inputDigest, reference);
  }
}
