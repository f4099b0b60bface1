package org.practica.web;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * Numbers as the pages show them ({@code ${@figures.hours(entry.hours)}}): hours without
 * trailing zeros, 2, 2.5, 24, the same in rows, totals and certificates.
 */
@Component("figures")
class Figures {

	public String hours(Number hours) {
		if (hours == null) {
			return "";
		}
		BigDecimal value = (hours instanceof BigDecimal decimal) ? decimal : new BigDecimal(hours.toString());
		return value.stripTrailingZeros().toPlainString();
	}

}
