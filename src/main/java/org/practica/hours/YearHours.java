package org.practica.hours;

import java.math.BigDecimal;

/**
 * A student's hours served in a year.
 *
 * @param verified the verified hours
 * @param waiting the hours still waiting for verification (or a back-fill's approval)
 */
public record YearHours(BigDecimal verified, BigDecimal waiting) {
}
