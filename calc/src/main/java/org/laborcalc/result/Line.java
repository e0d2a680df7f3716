package org.laborcalc.result;

import java.util.List;
import org.laborcalc.law.Citation;

/**
 * One line of any calculation's result: what it is, what it is worth, who owes it, how it was
 * arrived at, the figures used and the law. The JSON writers and sheets of every calculation read
 * lines through this interface.
 */
public interface Line {
  /** The item's code in the API and JSON (e.g. {@code ONE_TIME_DISABILITY_SUBSIDY}). */
  String code();

  /** The item's name in Chinese and English. */
  Note name();

  /** A label telling apart several lines of one item (a dependant, a receipt), or null. */
  String label();

  /** What the line is worth. */
  LineValue value();

  /** Who owes it, in what part and why; empty for a date value. */
  List<Share> shares();

  /** How the value was arrived at; null for a date value the line explains in words. */
  Formula formula();

  /** The statutory and user figures used. */
  List<ParameterUse> parameters();

  /** The articles the line rests on, its liability included (at least one). */
  List<Citation> citations();

  /** The formula as the award writes it, in Chinese. */
  default String formulaText() {
    return formulaText(Language.ZH);
  }

  /** The formula as text in {@code language}. */
  default String formulaText(Language language) {
    return formula() == null ? "" : FormulaRenderer.render(formula(), language);
  }
}
