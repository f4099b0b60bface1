package org.practica.directory;

import static org.practica.support.Ids.text;

import java.util.List;

/**
 * The JSON shapes of the directory API. Ids are strings.
 */
final class DirectoryJson {

	private DirectoryJson() {
	}

	record OrganisationJson(String id, String name, String kind, String parentId, String address, Double latitude,
			Double longitude) {

		static OrganisationJson of(Organisation o) {
			return new OrganisationJson(text(o.getId()), o.getName(), o.getKind().name(), text(o.getParentId()),
					o.getAddress(), o.getLatitude(), o.getLongitude());
		}

	}

	record RoleJson(String role, String organisationId) {
	}

	/**
	 * An account. The email address is shown to the person and to admins over them; a
	 * team's members see each other without it.
	 */
	record AccountJson(String id, String username, String displayName, List<RoleJson> roles, String organisationId,
			String studentNumber, String major, List<String> skills, String phone, String email, boolean enabled,
			boolean mustChangePassword, String idType, String idNumber, String volunteerNumber) {

		/** The account as others see it: its ID number masked. */
		static AccountJson of(Account a) {
			return of(a, a.getMaskedIdNumber());
		}

		/** The account as its owner sees it: the ID number whole. */
		static AccountJson own(Account a) {
			return of(a, a.getIdNumber());
		}

		private static AccountJson of(Account a, String idNumber) {
			return new AccountJson(text(a.getId()), a.getUsername(), a.getDisplayName(),
					a.getGrants().stream().map(g -> new RoleJson(g.role().name(), text(g.organisationId()))).toList(),
					text(a.getOrganisationId()), a.getStudentNumber(), a.getMajor(), a.getSkills(), a.getPhone(),
					a.getEmail(), a.isEnabled(), a.isPasswordChangeRequired(),
					a.getIdType() == null ? null : a.getIdType().name(), idNumber, a.getVolunteerNumber());
		}

		/** A team member, as the team sees them. */
		static AccountJson member(Account a) {
			AccountJson full = of(a);
			return new AccountJson(full.id(), full.username(), full.displayName(), full.roles(), full.organisationId(),
					full.studentNumber(), full.major(), full.skills(), full.phone(), null, full.enabled(), false, null,
					null, null);
		}

	}

}
