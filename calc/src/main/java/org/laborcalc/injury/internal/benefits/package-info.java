/**
 * The benefits of 《工伤保险条例》 chapter 5, one class per provision, each beside the article it encodes
 * (quoted in its Javadoc): the 2003 and 2010 texts are chosen through {@link
 * org.laborcalc.injury.Regime}, a province's version through the STRUCTURED rules of its parameter
 * pack. Special cases are named in the formula (临近退休, 职业病, 劳动合同法第三十八条).
 */
package org.laborcalc.injury.internal.benefits;
