package org.laborcalc.injury.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/**
 * An article a part of a STRUCTURED provincial rule rests on, written inside the rule's value (the
 * entry's {@code citations} cite the rule as a whole): a line cites it only where that part
 * applied. Immutable.
 *
 * @param instrument a registered instrument id ({@code core/.../law/instruments.json})
 * @param article the article (条)
 * @param paragraph the paragraph (款), or absent
 * @param item the item (项), or absent
 * @param quote the words relied on, or absent
 */
public record ArticleRef(
    @JsonProperty(required = true) String instrument,
    @JsonProperty(required = true) Integer article,
    Integer paragraph,
    Integer item,
    String quote) {

  public ArticleRef {
    paragraph = paragraph == null ? 0 : paragraph;
    item = item == null ? 0 : item;
    if (instrument == null || Instruments.find(instrument).isEmpty()) {
      throw new IllegalArgumentException("unknown instrument id \"" + instrument + "\"");
    }
    if (article == null || article < 1) {
      throw new IllegalArgumentException("article (" + article + ") must be 1 or more");
    }
    // The citation's own checks (paragraph before item, the numbers' range), where the pack is
    // read.
    new Citation(Instruments.get(instrument), article, paragraph, item, quote, null);
  }

  /** The citation. */
  public Citation citation() {
    Instrument i = Instruments.get(instrument);
    return new Citation(i, article, paragraph, item, quote, null);
  }
}
