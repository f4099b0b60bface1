package org.practica.directory;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A role held in an organisation. The organisation's path is kept with it: paths never
 * change, and it lets every request decide what the person manages without reading the
 * tree.
 *
 * @param role the role
 * @param organisationId the organisation, null for the platform admin
 * @param organisationPath that organisation's path, null for the platform admin
 */
@Embeddable
public record RoleGrant(@Enumerated(EnumType.STRING) @Column(nullable = false) Role role, Long organisationId,
		String organisationPath) implements Serializable {

	/** Whether this grant lets its holder manage the organisation at the given path. */
	public boolean manages(String path) {
		if (!this.role.manages()) {
			return false;
		}
		return this.role == Role.PLATFORM_ADMIN || (path != null && path.startsWith(this.organisationPath));
	}

}
