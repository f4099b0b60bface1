package org.practica.directory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends what keeps a person signed in: the API tokens and the page sessions of an account
 * (when its password changes or it is disabled). Both live in the database, which every
 * app instance reads on every request, so ending them takes effect at once everywhere.
 */
@Component
class AccountAccess {

	private final ApiTokens tokens;

	private final FindByIndexNameSessionRepository<?> sessions;

	AccountAccess(ApiTokens tokens, FindByIndexNameSessionRepository<?> sessions) {
		this.tokens = tokens;
		this.sessions = sessions;
	}

	/**
	 * Ends the account's tokens and sessions, all but the one the request that asked
	 * holds. The tokens end with the caller's transaction; the sessions (kept by Spring
	 * Session in transactions of its own) once it has committed, so that a change rolled
	 * back signs nobody out.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void endAll(Account account, Kept kept) {
		this.tokens.endAll(account.getId(), kept.token());
		String username = account.getUsername();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				endSessions(username, kept.sessionId());
			}
		});
	}

	private void endSessions(String username, String keptSessionId) {
		for (String id : this.sessions.findByPrincipalName(username).keySet()) {
			if (!id.equals(keptSessionId)) {
				this.sessions.deleteById(id);
			}
		}
	}

	/**
	 * What the asking request keeps: its page session or its API token (or neither, for a
	 * reset link or an admin's action on someone else).
	 *
	 * @param sessionId the page session's id, or {@code null}
	 * @param token the bearer token, or {@code null}
	 */
	record Kept(String sessionId, String token) {

		static final Kept NOTHING = new Kept(null, null);

	}

}
