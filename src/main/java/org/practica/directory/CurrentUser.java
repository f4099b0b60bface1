package org.practica.directory;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as every request sees it: who they are and the roles they hold
 * where. Answers what they may manage without reading the database.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String displayName;

	private final Long organisationId;

	private final List<RoleGrant> grants;

	private String passwordHash;

	/**
	 * Whether the account is disabled (kept negated, so that a session written before the
	 * field existed reads as enabled).
	 */
	private final boolean disabled;

	private final boolean passwordChangeRequired;

	CurrentUser(Account account) {
		this.id = account.getId();
		this.username = account.getUsername();
		this.displayName = account.getDisplayName();
		this.organisationId = account.getOrganisationId();
		this.grants = account.getGrants();
		this.passwordHash = account.getPasswordHash();
		this.disabled = !account.isEnabled();
		this.passwordChangeRequired = account.isPasswordChangeRequired();
	}

	public Long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	/** The person's home organisation: a student's college, an admin's organisation. */
	public Long organisationId() {
		return this.organisationId;
	}

	public List<RoleGrant> grants() {
		return this.grants;
	}

	public boolean holds(Role role) {
		return this.grants.stream().anyMatch(g -> g.role() == role);
	}

	public boolean isPlatformAdmin() {
		return holds(Role.PLATFORM_ADMIN);
	}

	/** See {@link Account#hasFirstAdminName()}. */
	public boolean hasFirstAdminName() {
		return isPlatformAdmin() && Account.FIRST_ADMIN_NAME.equals(this.displayName);
	}

	/** Whether any role lets this person manage the organisation at the given path. */
	public boolean manages(String organisationPath) {
		return this.grants.stream().anyMatch(g -> g.manages(organisationPath));
	}

	/** Whether this person manages the organisation. */
	public boolean manages(Organisation organisation) {
		return manages(organisation.getPath());
	}

	/**
	 * The paths of the subtrees this person manages; for the platform admin, {@code "/"}.
	 */
	public List<String> managedPaths() {
		if (isPlatformAdmin()) {
			return List.of("/");
		}
		return this.grants.stream().filter(g -> g.role().manages()).map(RoleGrant::organisationPath).toList();
	}

	/** Whether this person manages anything at all. */
	public boolean isAdmin() {
		return this.grants.stream().anyMatch(g -> g.role().manages());
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.grants.stream().map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).distinct().toList();
	}

	@Override
	public boolean isEnabled() {
		return !this.disabled;
	}

	/**
	 * Whether an admin sent a reset and the person has not yet chosen a new password:
	 * until then the pages lead only to the change of password, and an API token reaches
	 * only {@code GET /me} and {@code POST /me/password}. A page session holds what was
	 * true at sign-in; a token, what is true now.
	 */
	public boolean passwordChangeRequired() {
		return this.passwordChangeRequired;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && this.id.equals(that.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return this.username;
	}

}
