/** The arbitration case's reader, engine, result writer and sheet. Not exported. */
package org.laborcalc.arbitration.internal;
