package org.practica.selection;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of a selection's rubric: what judges score, its weight and the most points. */
@Embeddable
public class RubricCriterion {

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private BigDecimal weight;

	@Column(name = "max_points", nullable = false)
	private int max;

	protected RubricCriterion() {
	}

	RubricCriterion(String code, String name, BigDecimal weight, int max) {
		this.code = code;
		this.name = name;
		this.weight = weight;
		this.max = max;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public BigDecimal getWeight() {
		return this.weight;
	}

	public int getMax() {
		return this.max;
	}

}
