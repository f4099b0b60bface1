package org.practica.notice;

import java.util.List;

/**
 * A notice with its subjects and their objections, as its pages and JSON show it.
 *
 * @param notice the notice
 * @param state where it stands now
 * @param subjects its subjects in order
 */
public record NoticeView(Notice notice, NoticeState state, List<Subject> subjects) {

	/**
	 * A subject, where it stands and its objections.
	 *
	 * @param subject the subject
	 * @param standing where it stands
	 * @param objections the objections to it, oldest first
	 */
	public record Subject(NoticeSubject subject, SubjectStanding standing, List<Objection> objections) {

		public long openObjections() {
			return this.objections.stream().filter(o -> !o.isDecided()).count();
		}

	}

}
