package org.laborcalc.illegal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laborcalc.illegal.IllegalEmploymentCase;
import org.laborcalc.illegal.IllegalEmploymentOptions;
import org.laborcalc.injury.Notice;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;

/**
 * One computation under 人社部令第9号: the case, the options, the figures (every look-up noticed when it
 * comes from secondary sources) and the notices. Not thread-safe; one per computation.
 */
public final class Context {
  /** 人社部令第9号. */
  public static final String MEASURES = "feifa-yonggong-2010";

  private final IllegalEmploymentCase facts;
  private final IllegalEmploymentOptions options;
  private final Parameters parameters;
  private final Map<String, Notice> notices = new LinkedHashMap<>();

  public Context(
      IllegalEmploymentCase facts, IllegalEmploymentOptions options, Parameters parameters) {
    this.facts = facts;
    this.options = options;
    this.parameters = parameters;
  }

  public IllegalEmploymentCase facts() {
    return facts;
  }

  public IllegalEmploymentOptions options() {
    return options;
  }

  /** The figure of {@code key} in {@code where} on {@code date}. */
  public <T> ResolvedParameter<T> use(ParameterKey<T> key, Region where, LocalDate date) {
    ResolvedParameter<T> p = parameters.get(key, where, date);
    if (p.verification() == Verification.SECONDARY) {
      warn(
          "SECONDARY_SOURCE:" + p.key().name(),
          new Notice(
              "SECONDARY_SOURCE",
              "“" + p.key().descriptionZh() + "”（" + p.packId() + "）的数值来自二手资料，未经原文核实",
              "\""
                  + p.key().descriptionEn()
                  + "\" ("
                  + p.packId()
                  + ") comes from secondary sources, not checked against the primary text"));
    }
    return p;
  }

  /** A yearly figure (an average wage, the disposable income) for calendar year {@code year}. */
  public <T> ResolvedParameter<T> year(ParameterKey<T> key, Region where, int year) {
    return use(key, where, LocalDate.of(year, 7, 1));
  }

  /** A notice, once per key. */
  public void warn(String key, Notice notice) {
    notices.putIfAbsent(key, notice);
  }

  public List<Notice> notices() {
    return new ArrayList<>(notices.values());
  }

  /** The unit pays every item (art. 2 ¶2: “前款所列单位必须按照本办法的规定……给予一次性赔偿”). */
  public static Share unitPays() {
    return Share.whole(Party.EMPLOYER, List.of(cite(2, 2)));
  }

  public static Citation cite(int article, int paragraph) {
    return Citation.of(Instruments.get(MEASURES), article, paragraph);
  }

  public static Citation cite(int article) {
    return Citation.of(Instruments.get(MEASURES), article);
  }
}
