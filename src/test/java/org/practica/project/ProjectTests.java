package org.practica.project;

import java.time.Instant;

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

	private static final Instant NOW = Instant.parse("2026-11-11T02:00:00Z");

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
		project.complete(NOW);
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.COMPLETED);
		assertThat(project.isActive()).isFalse();
		assertThat(project.getCompletedAt()).isEqualTo(NOW);
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
		project.complete(NOW);
		assertRefused(() -> project.complete(NOW), HttpStatus.CONFLICT, "project.not-active");
		assertRefused(project::cancel, HttpStatus.CONFLICT, "project.not-active");
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.COMPLETED);
	}

	@Test
	void aCancelledProjectIsNeitherCancelledAgainNorCompleted() {
		Project project = Project.recruiting(mock(Need.class));
		project.cancel();
		assertRefused(project::cancel, HttpStatus.CONFLICT, "project.not-active");
		assertRefused(() -> project.complete(NOW), HttpStatus.CONFLICT, "project.not-active");
		assertThat(project.getStatus()).isEqualTo(ProjectStatus.CANCELLED);
	}

}
