package org.practica.project;

import org.junit.jupiter.api.Test;
import org.practica.need.Need;
import org.practica.offer.Offer;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.practica.Refusals.assertRefused;

/**
 * A project is active until it is completed or cancelled, once.
 */
class ProjectTests {

	@Test
	void aNewProjectIsActive() {
		Project project = Project.recruiting(mock(Need.class));
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.ACTIVE);
		assertThat(project.isActive()).isTrue();
		assertThat(project.isRecruiting()).isTrue();
	}

	@Test
	void aMatchedProjectHasTheOffersTeam() {
		Offer offer = mock(Offer.class);
		given(offer.getTeamId()).willReturn(5L);
		given(offer.getOrganisationPath()).willReturn("/1/2/5/");
		Project project = Project.matched(mock(Need.class), offer);
		assertThat(project.isRecruiting()).isFalse();
		assertThat(project.getTeamPath()).isEqualTo("/1/2/5/");
	}

	@Test
	void anActiveProjectIsCompleted() {
		Project project = Project.recruiting(mock(Need.class));
		project.complete();
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.COMPLETED);
		assertThat(project.isActive()).isFalse();
	}

	@Test
	void anActiveProjectIsCancelled() {
		Project project = Project.recruiting(mock(Need.class));
		project.cancel();
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.CANCELLED);
		assertThat(project.isActive()).isFalse();
	}

	@Test
	void aCompletedProjectIsNeitherCompletedAgainNorCancelled() {
		Project project = Project.recruiting(mock(Need.class));
		project.complete();
		assertRefused(project::complete, HttpStatus.CONFLICT, "project.not-active");
		assertRefused(project::cancel, HttpStatus.CONFLICT, "project.not-active");
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.COMPLETED);
	}

	@Test
	void aCancelledProjectIsNeitherCancelledAgainNorCompleted() {
		Project project = Project.recruiting(mock(Need.class));
		project.cancel();
		assertRefused(project::cancel, HttpStatus.CONFLICT, "project.not-active");
		assertRefused(project::complete, HttpStatus.CONFLICT, "project.not-active");
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.CANCELLED);
	}

}
