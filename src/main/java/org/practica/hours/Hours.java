package org.practica.hours;

/**
 * The hours ledger, as other modules read it. A placeholder on this branch: the ledger's
 * own implementation replaces it.
 */
@org.springframework.stereotype.Service
public class Hours {

	/**
	 * The student's VERIFIED hours (not pending, disputed or superseded) on days within
	 * [from, to], one line per project, ordered by firstDay.
	 */
	public java.util.List<VerifiedHours> verifiedFor(Long studentId, java.time.LocalDate from, java.time.LocalDate to) {
		throw new UnsupportedOperationException();
	}

}
