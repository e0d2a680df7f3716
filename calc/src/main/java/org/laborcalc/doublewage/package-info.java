/**
 * 二倍工资: the second wage for the months without a written labour contract (劳动合同法 art. 82 ¶1, 实施条例
 * arts. 6–7, 解释（二） arts. 6–9; in Shandong also after an expired contract, 山东省劳动合同条例 art. 57) and
 * for refusing an open-ended contract that was due (劳动合同法 art. 82 ¶2), as a registered calculation,
 * kind {@code "double-wage"}. The case ({@link org.laborcalc.doublewage.DoubleWageCase}, built by
 * {@link org.laborcalc.doublewage.DoubleWageCase#builder()}), the named options ({@link
 * org.laborcalc.doublewage.DoubleWageOptions}), the result ({@link
 * org.laborcalc.doublewage.DoubleWageResult}, one {@link org.laborcalc.doublewage.DoubleWageLine} a
 * wage month) and the calculation ({@link org.laborcalc.doublewage.DoubleWageCalculation}); the
 * rules are in {@code org.laborcalc.doublewage.internal}.
 *
 * <p>The time limit of the claim (劳动争议调解仲裁法 art. 27) is not applied here: each month's line carries
 * its month and the day its wage fell due, the facts a limitation calculator reads.
 */
package org.laborcalc.doublewage;
