package org.laborcalc.wage;

/**
 * The event a wage window is counted back from. The rule that needs the wage names it: the words of
 * the findings ("受伤前12个月", "the month of the termination") follow from it.
 */
public enum WindowAnchor {
  /** The accident or the occupational-disease diagnosis (《工伤保险条例》: "受伤前"). */
  INJURY("受伤", "the injury", "injury"),
  /** The end of the labour contract (《劳动合同法》第四十七条第三款: "劳动合同解除或者终止前"). */
  TERMINATION("劳动合同解除或者终止", "the termination", "termination");

  private final String zh;
  private final String en;
  private final String enAttributive;

  WindowAnchor(String zh, String en, String enAttributive) {
    this.zh = zh;
    this.en = en;
    this.enAttributive = enAttributive;
  }

  /** The event in Chinese, as in "受伤前" or "受伤当月". */
  public String labelZh() {
    return zh;
  }

  /** The event in English with its article, as in "before the injury". */
  public String labelEn() {
    return en;
  }

  /** The event as an English attributive, as in "the injury month". */
  String attributiveEn() {
    return enAttributive;
  }
}
