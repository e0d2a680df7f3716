package org.laborcalc.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Citation#distinct} over lists short and long (the short ones are merged without a map):
 * each location once, in the order it first appears, its quotes in order joined by {@code ……} (a
 * repeated or absent quote adding nothing), its first URL.
 */
class CitationDistinctProperties {
  private static final Instrument REG = Instruments.WORK_INJURY_REGULATION_2010;
  private static final Instrument LAW = Instruments.SOCIAL_INSURANCE_LAW;

  @Provide
  Arbitrary<List<Citation>> citations() {
    Arbitrary<Citation> one =
        Combinators.combine(
                Arbitraries.of(REG, LAW),
                Arbitraries.integers().between(1, 3),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of("甲", "乙", ""),
                Arbitraries.of("", "https://example.org/a"))
            .as(
                (ins, art, para, quote, url) ->
                    new Citation(
                        ins,
                        art,
                        para,
                        0,
                        quote.isEmpty() ? null : quote,
                        url.isEmpty() ? null : url));
    return one.list().ofMaxSize(40);
  }

  @Property(tries = 400)
  void eachLocationOnceInFirstOrderWithItsQuotesJoined(@ForAll("citations") List<Citation> cs) {
    List<Citation> out = Citation.distinct(cs);
    List<Citation> firsts = new ArrayList<>();
    for (Citation c : cs) {
      if (firsts.stream().noneMatch(f -> sameLocation(f, c))) {
        firsts.add(c);
      }
    }
    assertThat(out).hasSameSizeAs(firsts);
    for (int i = 0; i < out.size(); i++) {
      Citation first = firsts.get(i);
      Citation got = out.get(i);
      assertThat(sameLocation(got, first)).isTrue();
      String quote = null;
      String url = null;
      for (Citation c : cs) {
        if (!sameLocation(c, first)) {
          continue;
        }
        if (quote == null || c.quote() == null || quote.equals(c.quote())) {
          quote = quote != null ? quote : c.quote();
        } else {
          quote = quote + "……" + c.quote();
        }
        url = url != null ? url : c.url();
      }
      assertThat(got.quote()).isEqualTo(quote);
      assertThat(got.url()).isEqualTo(url);
    }
  }

  private static boolean sameLocation(Citation a, Citation b) {
    return a.instrument().equals(b.instrument())
        && a.article() == b.article()
        && a.paragraph() == b.paragraph()
        && a.item() == b.item();
  }
}
