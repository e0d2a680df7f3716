/** Runnable examples of laborcalc embedded in Java programs. */
package org.laborcalc.examples;
