/**
 * What the calculations' own readers share (not exported): the case-file fields every kind reads
 * the same way.
 */
package org.laborcalc.calculation.internal;
