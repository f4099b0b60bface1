package org.practica.club;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A club's charter (章程) from the federation's template: every part is required.
 *
 * @param name the club's name and its nature
 * @param purpose its purpose and activities
 * @param rights members' rights and duties
 * @param officers how officers are elected and removed
 * @param finances how money is managed
 * @param dissolution how the club is dissolved
 */
public record Charter(
		@NotBlank(message = "{club.charter.name.required}") @Size(max = 200,
				message = "{club.charter.too-long}") String name,
		@NotBlank(message = "{club.charter.purpose.required}") @Size(max = 4000,
				message = "{club.charter.too-long}") String purpose,
		@NotBlank(message = "{club.charter.rights.required}") @Size(max = 4000,
				message = "{club.charter.too-long}") String rights,
		@NotBlank(message = "{club.charter.officers.required}") @Size(max = 4000,
				message = "{club.charter.too-long}") String officers,
		@NotBlank(message = "{club.charter.finances.required}") @Size(max = 4000,
				message = "{club.charter.too-long}") String finances,
		@NotBlank(message = "{club.charter.dissolution.required}") @Size(max = 4000,
				message = "{club.charter.too-long}") String dissolution) {

	/** The parts of the template, in order, as they are named in fields and messages. */
	public static final java.util.List<String> PARTS = java.util.List.of("name", "purpose", "rights", "officers",
			"finances", "dissolution");

}
