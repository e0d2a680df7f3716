/**
 * Calculation sheets (计算清单): a work-injury result written out for people to read and check, as
 * plain text, Markdown or a printable HTML page. The entry point is {@link
 * org.laborcalc.sheet.CalculationSheets}; everything else in the package is internal to it.
 */
package org.laborcalc.sheet;
