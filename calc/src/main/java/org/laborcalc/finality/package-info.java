/**
 * 终局裁决 per item: whether each item of an award is final (劳动争议调解仲裁法 art. 47, the worker may still
 * sue under art. 48, the employer may only apply to set it aside under art. 49) or not, tested item
 * by item on the amount determined (最高人民法院劳动争议解释（一） art. 19; 劳动人事争议仲裁办案规则 art. 50 ¶1), with the
 * classes that 办案规则 art. 50 ¶2 counts as 经济补偿 or 赔偿金, and whether the award must be split into a
 * final and a non-final one (办案规则 art. 50 ¶4). The threshold is 12 × the local monthly minimum wage
 * (parameter {@code wage.minimumMonthly}); with no figure for it the amount test is {@link
 * org.laborcalc.finality.FinalityStatus#UNDETERMINED}, never decided against zero. All types are
 * immutable and thread-safe.
 */
package org.laborcalc.finality;
