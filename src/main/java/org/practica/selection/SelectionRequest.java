package org.practica.selection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A new selection as asked for; checked by {@link Selections#open}, which names every bad
 * field.
 */
public record SelectionRequest(String organisationId, String title, List<String> units, List<CriterionRequest> criteria,
		Integer judgesPerCase, OffsetDateTime submissionsClose) {

	/** One row of the rubric. */
	public record CriterionRequest(String code, String name, BigDecimal weight, Integer max) {
	}

}
