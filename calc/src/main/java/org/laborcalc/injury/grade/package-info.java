/**
 * Disability grades (伤残等级) and self-care levels (生活自理障碍) under GB/T 16180-2014 《劳动能力鉴定
 * 职工工伤与职业病致残等级》, and the band of 《工伤保险条例》 articles 35–37 a grade falls in.
 *
 * <p>The standard's text is not in the project's legal folder: its rules here (4.2 晋级原则, the
 * self-care levels, 定级原则 5.x.1) come from secondary pages quoting it, so every result that applies
 * them carries {@link org.laborcalc.law.Verification#SECONDARY}. Every type is immutable and
 * thread-safe.
 */
package org.laborcalc.injury.grade;
