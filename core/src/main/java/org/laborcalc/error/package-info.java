/** Typed domain exceptions and located input violations in Chinese and English. */
package org.laborcalc.error;
