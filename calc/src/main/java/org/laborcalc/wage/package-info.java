/**
 * The worker's wage fixed from conflicting evidence, month by month, under the burden-of-proof
 * rules, with every choice explained and cited.
 *
 * <p>Entry point: {@link org.laborcalc.wage.EvidenceWeighing#weigh(WageCase, WageWindow)} takes a
 * {@link org.laborcalc.wage.WageCase} (employment start, {@link org.laborcalc.wage.EvidenceItem
 * evidence items}, {@link org.laborcalc.wage.ProceduralFacts procedural facts}, {@link
 * org.laborcalc.wage.WageOptions options}) and the {@link org.laborcalc.wage.WageWindow window} the
 * calling rule names (an anchor event and its date, how many months before it, the article that
 * defines it), and returns {@link org.laborcalc.wage.WageFindings}: the month-by-month table with
 * each piece of evidence, its outcome, reason and citation, the average, the declared contribution
 * base, warnings and citations. Each calculation applies its own base on top: work injury in {@code
 * org.laborcalc.injury.wagebase}, which returns a {@link org.laborcalc.wage.WageDetermination} with
 * its Chinese explanation. The evidence is read from JSON as part of a case file ({@code
 * case.wage.evidence}) by {@code org.laborcalc.json}, with located errors.
 *
 * <p>Every exported type is immutable and thread-safe.
 */
package org.laborcalc.wage;
