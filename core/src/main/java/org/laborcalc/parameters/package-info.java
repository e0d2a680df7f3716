/**
 * Statutory parameters as dated, cited, region-aware data: keys, entries, packs, layered lookup.
 *
 * <p>Format and lookup rules: {@code docs/PARAMETERS.md}. Lookup is by (key, region, date); the
 * most specific region wins, then the latest pack, then the entry whose half-open range contains
 * the date. A gap is a {@link org.laborcalc.parameters.MissingParameterException}, never zero.
 */
package org.laborcalc.parameters;
