package org.practica.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A reach figure of a report: what it counts, how many, and where the number comes from
 * (e.g. 直播平台后台截图).
 *
 * @param metric what it counts
 * @param value a whole number, at least 0
 * @param source where the number comes from, or null
 */
@Embeddable
public record Figure(@Enumerated(EnumType.STRING) @Column(nullable = false) Metric metric,
		@Column(name = "figure_value", nullable = false) long value, String source) {
}
