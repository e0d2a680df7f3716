package org.laborcalc.injury.grade;

import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;

/**
 * Citations of GB/T 16180-2014. A standard is cited by clause, not by article, so each citation
 * names the instrument and puts the clause (and the words quoted by secondary sources, where there
 * are any) in its quote.
 */
final class Gbt16180 {

  static final Instrument STANDARD = Instruments.get("gbt-16180-2014");

  /** Secondary: the standard's text was read only as quoted by other pages (legal digest §4). */
  static final Verification VERIFICATION = STANDARD.verification();

  /** 4.2 晋级原则. */
  static final Citation PROMOTION = Citation.of(STANDARD).withQuote("4.2 晋级原则：…两项及以上等级相同，最多晋升一级");

  /** 定级原则, the first clause of each category's grading rules (5.x.1). */
  static final Citation GRADING_SELF_CARE =
      Citation.of(STANDARD).withQuote("5.x.1 定级原则（各级伤残对应的生活自理障碍程度）");

  /** The self-care levels over the five activities of daily living. */
  static final Citation SELF_CARE_LEVELS =
      Citation.of(STANDARD).withQuote("生活自理障碍程度：进食、翻身、大小便、穿衣洗漱、自我移动五项");

  private Gbt16180() {}
}
