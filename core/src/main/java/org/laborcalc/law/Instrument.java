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
 */
public record Instrument(
    String id,
    String nameZh,
    String nameEn,
    String documentNumber,
    LocalDate promulgated,
    LocalDate effective,
    Verification verification,
    String source) {

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
}
