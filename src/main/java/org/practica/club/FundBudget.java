package org.practica.club;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.practica.support.Problem;

/**
 * A university's development fund (发展基金) for a year: its budget and how much of it is
 * granted. Its row is locked while a grant is made, so grants never exceed the budget.
 */
@Entity
@Table(name = "club_fund_budget")
@IdClass(FundBudget.Key.class)
public class FundBudget {

	@Id
	private Long universityId;

	@Id
	@Column(name = "fund_year")
	private int year;

	@Column(nullable = false)
	private BigDecimal budget;

	@Column(nullable = false)
	private BigDecimal granted;

	@Column(nullable = false)
	private Instant updatedAt;

	private String updatedBy;

	protected FundBudget() {
	}

	FundBudget(Long universityId, int year, Instant now) {
		this.universityId = universityId;
		this.year = year;
		this.updatedAt = now;
		this.budget = Money.ZERO;
		this.granted = Money.ZERO;
	}

	void set(BigDecimal budget, String by, Instant now) {
		if (budget.compareTo(this.granted) < 0) {
			throw Problem.conflict("club.fund.budget.below-granted", Money.text(this.granted));
		}
		this.budget = budget;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	void grant(BigDecimal amount, String by, Instant now) {
		if (this.granted.add(amount).compareTo(this.budget) > 0) {
			throw Problem.conflict("club.fund.budget.exceeded", Money.text(left()), Money.text(amount));
		}
		this.granted = this.granted.add(amount);
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public BigDecimal left() {
		return this.budget.subtract(this.granted);
	}

	public Long getUniversityId() {
		return this.universityId;
	}

	public int getYear() {
		return this.year;
	}

	public BigDecimal getBudget() {
		return this.budget;
	}

	public BigDecimal getGranted() {
		return this.granted;
	}

	/**
	 * The key: a university and a year.
	 *
	 * @param universityId the university
	 * @param year the year
	 */
	public record Key(Long universityId, int year) implements Serializable {
	}

}
