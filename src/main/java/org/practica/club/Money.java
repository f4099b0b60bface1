package org.practica.club;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.practica.support.FieldProblem;

/**
 * Amounts of yuan: exact decimals with two places (fen), never floating point.
 */
final class Money {

	static final BigDecimal ZERO = new BigDecimal("0.00");

	/** The largest amount a NUMERIC(12,2) column holds. */
	static final BigDecimal MAX = new BigDecimal("9999999999.99");

	private Money() {
	}

	/**
	 * An amount a person gave: positive, at most two decimal places, within the column;
	 * otherwise a 400 on the field.
	 */
	static BigDecimal checked(BigDecimal amount, String field) {
		if (amount == null) {
			throw FieldProblem.invalid(field, "club.fund.amount.required");
		}
		if (amount.signum() <= 0 || amount.compareTo(MAX) > 0) {
			throw FieldProblem.invalid(field, "club.fund.amount.range");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw FieldProblem.invalid(field, "club.fund.amount.fen");
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** Two decimals, as shown and exported. */
	static BigDecimal of(BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	static String text(BigDecimal amount) {
		return of(amount).toPlainString();
	}

}
