package org.laborcalc.law;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A legal instrument: a law, regulation, rule, judicial interpretation, provincial regulation or
 * normative document. Immutable.
 *
 * @param id stable identifier used in data files and results, e.g. {@code "gsbx-tiaoli-2010"}
 * @param nameZh the title without book-title marks, e.g. {@code 工伤保险条例}
 * @param nameEn an English title
 * @param documentNumber the promulgating document number, e.g. {@code 国务院令第586号}; may be null when
 *     unknown
 * @param promulgated date of promulgation or of the revising decision; may be null when unknown
 * @param effective date it (this version) took effect; may be null when unknown
 * @param verification how the instrument's text was checked
 * @param source where the text is kept (a file in the project's legal folder) or published
 * @param edition the version printed after the title where another instrument shares it, e.g.
 *     {@code 2003年} for the original 《工伤保险条例》 beside its 2010 revision; null for the one version
 *     cited by its bare title (the current one)
 */
public record Instrument(
    String id,
    String nameZh,
    String nameEn,
    String documentNumber,
    LocalDate promulgated,
    LocalDate effective,
    Verification verification,
    String source,
    String edition) {

  public Instrument {
    requireNonNull(id, "id");
    requireNonNull(nameZh, "nameZh");
    requireNonNull(nameEn, "nameEn");
    requireNonNull(verification, "verification");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "instrument id (\"" + id + "\") must be lower-case words joined by '-'");
    }
    if (promulgated != null && effective != null && effective.isBefore(promulgated)) {
      throw new IllegalArgumentException(
          "effective (" + effective + ") must not be before promulgated (" + promulgated + ")");
    }
    if (edition != null && edition.isBlank()) {
      throw new IllegalArgumentException("edition must be null or non-blank");
    }
  }

  /**
   * An instrument cited by its bare title (no other instrument shares it, or it is the current
   * one).
   */
  public Instrument(
      String id,
      String nameZh,
      String nameEn,
      String documentNumber,
      LocalDate promulgated,
      LocalDate effective,
      Verification verification,
      String source) {
    this(id, nameZh, nameEn, documentNumber, promulgated, effective, verification, source, null);
  }

  public Optional<String> documentNumberIfKnown() {
    return Optional.ofNullable(documentNumber);
  }

  /**
   * {@code 《工伤保险条例》}; a title quoted inside the title takes the inner marks: {@code
   * 《山东省贯彻〈工伤保险条例〉实施办法》}.
   */
  public String titleZh() {
    return "《" + nameZh.replace('《', '〈').replace('》', '〉') + "》";
  }

  /**
   * The title as a citation prints it: {@link #titleZh()} followed by the edition where one is set,
   * {@code 《工伤保险条例》（2003年）}, so that two versions of one title never print alike.
   */
  public String citedTitleZh() {
    return edition == null ? titleZh() : titleZh() + "（" + edition + "）";
  }

  /** {@code 工伤保险条例} or, with an edition, {@code 工伤保险条例 (2003年)}. */
  public String citedNameZh() {
    return edition == null ? nameZh : nameZh + " (" + edition + ")";
  }
}
