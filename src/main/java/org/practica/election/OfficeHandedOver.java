package org.practica.election;

import java.time.Instant;
import java.util.List;

import org.practica.club.Office;

/**
 * The elected member took office; those who held it before no longer do, from the same
 * instant.
 *
 * @param electionId the election
 * @param clubId the club
 * @param accountId the new holder
 * @param office the office
 * @param previousHolderIds who held it until now
 * @param at when
 */
public record OfficeHandedOver(Long electionId, Long clubId, Long accountId, Office office,
		List<Long> previousHolderIds, Instant at) implements ElectionActivity {

	@Override
	public String action() {
		return "handed-over";
	}

}
