package org.laborcalc.law;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A location in a legal instrument: article (条), optional paragraph (款) and item (项), with an
 * optional quotation and URL. Immutable.
 *
 * <p>{@link #toChinese()} gives {@code 《工伤保险条例》第六十四条第二款}; {@link #toString()} gives {@code 工伤保险条例
 * art. 64 ¶2}.
 *
 * @param instrument the instrument cited
 * @param article the article number (条), 1 or more; 0 cites the instrument as a whole
 * @param paragraph the paragraph (款), 1 or more, or 0 for none
 * @param item the item (项), 1 or more, or 0 for none
 * @param quote the words relied on, or null
 * @param url a URL of the text, or null
 */
public record Citation(
    Instrument instrument, int article, int paragraph, int item, String quote, String url) {

  public Citation {
    requireNonNull(instrument, "instrument");
    if (article < 0 || paragraph < 0 || item < 0) {
      throw new IllegalArgumentException(
          "article, paragraph and item ("
              + article
              + ", "
              + paragraph
              + ", "
              + item
              + ") must not be negative");
    }
    if (article > ChineseNumerals.MAX
        || paragraph > ChineseNumerals.MAX
        || item > ChineseNumerals.MAX) {
      throw new IllegalArgumentException(
          "article, paragraph and item ("
              + article
              + ", "
              + paragraph
              + ", "
              + item
              + ") must be at most "
              + ChineseNumerals.MAX);
    }
    if (article == 0 && (paragraph > 0 || item > 0)) {
      throw new IllegalArgumentException(
          "article (0) must be given when a paragraph ("
              + paragraph
              + ") or item ("
              + item
              + ") is");
    }
    if (paragraph == 0 && item > 0) {
      throw new IllegalArgumentException(
          "paragraph (0) must be given when an item (" + item + ") is");
    }
  }

  /** The whole instrument. */
  public static Citation of(Instrument instrument) {
    return new Citation(instrument, 0, 0, 0, null, null);
  }

  public static Citation of(Instrument instrument, int article) {
    return new Citation(instrument, article, 0, 0, null, null);
  }

  public static Citation of(Instrument instrument, int article, int paragraph) {
    return new Citation(instrument, article, paragraph, 0, null, null);
  }

  public static Citation of(Instrument instrument, int article, int paragraph, int item) {
    return new Citation(instrument, article, paragraph, item, null, null);
  }

  /**
   * {@code citations} with each location (instrument, article, paragraph, item) once, in the order
   * of first appearance: a line that rests on two sentences of one paragraph prints that paragraph
   * once. The quotes of a merged location are kept, joined by {@code ……}; its first URL is kept.
   */
  public static List<Citation> distinct(List<Citation> citations) {
    int n = citations.size();
    if (n <= SMALL) {
      // The lists of a line are short: compare locations pairwise, without a map or boxed keys,
      // with the same result as the map below (first place kept, later ones merged into it).
      Citation[] out = new Citation[n];
      int size = 0;
      boolean merged = false;
      for (Citation c : citations) {
        int at = -1;
        for (int j = 0; j < size; j++) {
          if (out[j].sameLocation(c)) {
            at = j;
            break;
          }
        }
        if (at < 0) {
          out[size++] = c;
        } else {
          out[at] = out[at].mergedWith(c);
          merged = true;
        }
      }
      return merged ? List.of(Arrays.copyOf(out, size)) : List.copyOf(citations);
    }
    Map<List<Object>, Citation> byLocation = new LinkedHashMap<>();
    for (Citation c : citations) {
      byLocation.merge(c.location(), c, Citation::mergedWith);
    }
    return List.copyOf(new ArrayList<>(byLocation.values()));
  }

  /** Lists up to this long are merged without a map. */
  private static final int SMALL = 16;

  private boolean sameLocation(Citation o) {
    return article == o.article
        && paragraph == o.paragraph
        && item == o.item
        && instrument.equals(o.instrument);
  }

  private List<Object> location() {
    return List.of(instrument, article, paragraph, item);
  }

  private Citation mergedWith(Citation later) {
    String q;
    if (quote == null || later.quote == null || quote.equals(later.quote)) {
      q = quote != null ? quote : later.quote;
    } else {
      q = quote + "……" + later.quote;
    }
    return new Citation(instrument, article, paragraph, item, q, url != null ? url : later.url);
  }

  public Citation withQuote(String quote) {
    return new Citation(instrument, article, paragraph, item, quote, url);
  }

  /** {@code 《工伤保险条例》第六十四条第二款第（一）项}. */
  public String toChinese() {
    StringBuilder sb = new StringBuilder(instrument.citedTitleZh());
    if (article > 0) {
      sb.append('第').append(ChineseNumerals.of(article)).append('条');
    }
    if (paragraph > 0) {
      sb.append('第').append(ChineseNumerals.of(paragraph)).append('款');
    }
    if (item > 0) {
      sb.append("第（").append(ChineseNumerals.of(item)).append("）项");
    }
    return sb.toString();
  }

  /** {@code 工伤保险条例 art. 64 ¶2 item 1}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(instrument.citedNameZh());
    if (article > 0) {
      sb.append(" art. ").append(article);
    }
    if (paragraph > 0) {
      sb.append(" ¶").append(paragraph);
    }
    if (item > 0) {
      sb.append(" item ").append(item);
    }
    return sb.toString();
  }
}
