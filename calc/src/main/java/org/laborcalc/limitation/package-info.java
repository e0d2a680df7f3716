/**
 * 仲裁时效, the time limit for applying to labour-dispute arbitration (劳动争议调解仲裁法 art. 27), as a date
 * calculator: accrual date, deadline after interruptions and suspensions, and whether a filing date
 * is within it. A result never removes money: an expired limit is {@code EXPIRED_IF_RAISED},
 * because the defence is the employer's to raise (解释（二） art. 20).
 *
 * <p>Entry point: {@link org.laborcalc.limitation.Limitation#of}. Every type is immutable and
 * thread-safe.
 */
package org.laborcalc.limitation;
