/** Calendar date ranges (half-open) and month counting with an explicit month-end policy. */
package org.laborcalc.time;
