package org.laborcalc.injury.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborcalc.injury.BenefitLine;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Verification;

/**
 * Issue 22 §5: a line resting on an instrument whose text was read only in secondary sources (the
 * 2003 Regulation as pieced together, 人社部发〔2016〕29号, the Shandong measures …) says so. One {@code
 * SECONDARY_SOURCE} notice per such instrument, naming the lines that cite it.
 */
final class SecondaryCitations {
  private SecondaryCitations() {}

  static void note(List<BenefitLine> lines, Notices notices) {
    // Per instrument, the names of the lines citing it, Chinese to English, each once.
    Map<Instrument, Map<String, String>> byInstrument = new LinkedHashMap<>();
    for (BenefitLine l : lines) {
      for (Citation c : l.citations()) {
        if (c.instrument().verification() == Verification.SECONDARY) {
          byInstrument
              .computeIfAbsent(c.instrument(), k -> new LinkedHashMap<>())
              .putIfAbsent(l.nameZh(), l.nameEn());
        }
      }
    }
    byInstrument.forEach(
        (instrument, names) -> {
          String doc = instrument.documentNumberIfKnown().map(d -> "（" + d + "）").orElse("");
          notices.warn(
              NoticeCode.SECONDARY_SOURCE,
              instrument.id(),
              instrument.citedTitleZh()
                  + doc
                  + "的文本仅来自二手资料，未经原文核实；据其计算的项目："
                  + String.join("、", names.keySet()),
              instrument.citedNameZh()
                  + " is cited from secondary sources, not checked against the primary text; the"
                  + " lines resting on it: "
                  + String.join(", ", names.values()));
        });
  }
}
