package org.practica.award;

import java.util.List;

/**
 * Where a nomination's evidence comes from. Every bean of this type adds its lines, in
 * the order of their {@link org.springframework.core.annotation.Order}: verified hours
 * and projects now ({@link RecordsEvidence}); evaluations and outcome reports join by
 * adding a bean that asks their module's public service.
 */
interface EvidenceSource {

	/** The lines this source has of the nominee for the call; none when it has none. */
	List<Evidence> evidence(AwardCall call, AwardCategory category, Nominee nominee);

}
