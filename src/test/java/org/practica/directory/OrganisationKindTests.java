package org.practica.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganisationKindTests {

	@Test
	void universitiesAndDistrictsAreTheRoots() {
		assertThat(OrganisationKind.UNIVERSITY.acceptsParent(null)).isTrue();
		assertThat(OrganisationKind.DISTRICT.acceptsParent(null)).isTrue();
		assertThat(OrganisationKind.COLLEGE.acceptsParent(null)).isFalse();
		assertThat(OrganisationKind.COMMUNITY.acceptsParent(null)).isFalse();
		assertThat(OrganisationKind.UNIVERSITY.acceptsParent(OrganisationKind.DISTRICT)).isFalse();
	}

	@Test
	void eachKindSitsUnderItsOwnTree() {
		assertThat(OrganisationKind.COLLEGE.acceptsParent(OrganisationKind.UNIVERSITY)).isTrue();
		assertThat(OrganisationKind.TEAM.acceptsParent(OrganisationKind.COLLEGE)).isTrue();
		assertThat(OrganisationKind.TEAM.acceptsParent(OrganisationKind.UNIVERSITY)).isTrue();
		assertThat(OrganisationKind.STREET.acceptsParent(OrganisationKind.DISTRICT)).isTrue();
		assertThat(OrganisationKind.COMMUNITY.acceptsParent(OrganisationKind.STREET)).isTrue();
		assertThat(OrganisationKind.COMMUNITY.acceptsParent(OrganisationKind.DISTRICT)).isFalse();
		assertThat(OrganisationKind.TEAM.acceptsParent(OrganisationKind.STREET)).isFalse();
		assertThat(OrganisationKind.COLLEGE.acceptsParent(OrganisationKind.COLLEGE)).isFalse();
	}

	@Test
	void pathsNameTheWholeLineageSoSubtreesAreFoundByPrefix() {
		Organisation university = new Organisation(3L, "U", OrganisationKind.UNIVERSITY, null, null, null, null);
		Organisation college = new Organisation(17L, "C", OrganisationKind.COLLEGE, university, null, null, null);
		Organisation team = new Organisation(42L, "T", OrganisationKind.TEAM, college, null, null, null);
		Organisation other = new Organisation(4L, "U2", OrganisationKind.UNIVERSITY, null, null, null, null);
		assertThat(team.getPath()).isEqualTo("/3/17/42/");
		assertThat(university.contains(team)).isTrue();
		assertThat(team.contains(university)).isFalse();
		assertThat(other.contains(team)).isFalse();
		assertThat(team.rootId()).isEqualTo(3L);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Organisation(5L, "X", OrganisationKind.COMMUNITY, university, null, null, null));
	}

	@Test
	void aRoleManagesOnlyItsSubtreeAndStudentsManageNothing() {
		RoleGrant collegeAdmin = new RoleGrant(Role.COLLEGE_ADMIN, 17L, "/3/17/");
		assertThat(collegeAdmin.manages("/3/17/42/")).isTrue();
		assertThat(collegeAdmin.manages("/3/17/")).isTrue();
		assertThat(collegeAdmin.manages("/3/")).isFalse();
		assertThat(collegeAdmin.manages("/3/170/")).isFalse();
		assertThat(new RoleGrant(Role.STUDENT, 17L, "/3/17/").manages("/3/17/")).isFalse();
		assertThat(new RoleGrant(Role.PLATFORM_ADMIN, null, null).manages("/9/")).isTrue();
	}

}
