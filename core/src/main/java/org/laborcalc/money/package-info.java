/** Money in yuan (CNY) over BigDecimal. */
package org.laborcalc.money;
