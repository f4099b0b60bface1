package org.practica.evaluation;

import java.time.Instant;

import org.practica.directory.CurrentUser;

/**
 * A person looking at a completed project's ratings, and the sides they belong to: the
 * community's (those who manage the community) and the team's (those who manage the
 * team). Each side sees its own ratings at once, and the other side's once they are
 * public; a student sees their own ratings and, once public, those about them.
 *
 * @param id the person
 * @param communitySide whether they manage the project's community
 * @param teamSide whether they manage the project's team
 */
record Viewer(Long id, boolean communitySide, boolean teamSide) {

	static Viewer of(CurrentUser user, RatingWindow window) {
		return new Viewer(user.id(), user.manages(window.getCommunityPath()),
				window.getTeamPath() != null && user.manages(window.getTeamPath()));
	}

	/** The blind rule: whether this person sees this rating now. */
	boolean sees(Evaluation evaluation, RatingWindow window, Instant now) {
		if (evaluation.getRaterId().equals(this.id)) {
			return true;
		}
		if (evaluation.isCommunitySide() ? this.communitySide : this.teamSide) {
			return true;
		}
		if (!evaluation.isPublic(window, now)) {
			return false;
		}
		return this.communitySide || this.teamSide
				|| (evaluation.getAbout() == About.STUDENT && evaluation.getSubjectId().equals(this.id));
	}

}
