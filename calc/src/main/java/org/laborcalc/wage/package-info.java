/**
 * The worker's wage fixed from conflicting evidence, month by month, under the burden-of-proof
 * rules, with every choice explained and cited.
 *
 * <p>Entry point: {@link org.laborcalc.wage.WageDeterminer#determine(WageCase, StatutoryFigures)}
 * takes a {@link org.laborcalc.wage.WageCase} (injury date, employment start, {@link
 * org.laborcalc.wage.EvidenceItem evidence items}, {@link org.laborcalc.wage.ProceduralFacts
 * procedural facts}, {@link org.laborcalc.wage.WageOptions options}) and the statutory figures
 * (regional average wage, the 60 % and 300 % bounds of 《工伤保险条例》第六十四条, the 21.75 pay-days divisor of
 * 劳社部发〔2008〕3号), and returns a {@link org.laborcalc.wage.WageDetermination}: the month-by-month
 * table, the average, the clamp, 本人工资, 原工资福利待遇, the declared contribution base, the daily wage,
 * warnings and citations, and a Chinese explanation an arbitrator can copy. {@link
 * org.laborcalc.wage.WageCaseReader} reads the same case from JSON with located errors.
 *
 * <p>Every exported type is immutable and thread-safe.
 */
package org.laborcalc.wage;
