package org.practica.award;

import java.util.List;

/**
 * A call was finalised: its shortlist less the upheld objections was awarded.
 *
 * @param callId the call
 * @param organisationId its organisation
 * @param awardedNominationIds the awarded nominations
 */
public record AwardCallFinalised(Long callId, Long organisationId,
		List<Long> awardedNominationIds) implements AwardActivity {

	@Override
	public String action() {
		return "finalised";
	}

}
