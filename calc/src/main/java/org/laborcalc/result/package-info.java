/**
 * The claim-neutral result model every calculation shares: a {@link org.laborcalc.result.Formula}
 * as a structured value (figures, operations and named rounding points) that can be evaluated and
 * is rendered by one {@link org.laborcalc.result.FormulaRenderer} to Chinese, English and Markdown,
 * and the {@link org.laborcalc.result.Party parties} who owe a line, with their {@link
 * org.laborcalc.result.Share shares}. A calculation's lines implement {@link
 * org.laborcalc.result.Line}.
 */
package org.laborcalc.result;
