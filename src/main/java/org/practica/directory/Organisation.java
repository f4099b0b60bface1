package org.practica.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.practica.support.AuditedEntity;

/**
 * A node of one of the two organisation trees. Its {@code path} lists the ids from the
 * root down to itself ({@code /3/17/42/}), so a whole subtree is found by its prefix.
 */
@Entity
public class Organisation extends AuditedEntity {

	@Id
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	private Long parentId;

	@Column(nullable = false)
	private String path;

	private String address;

	private Double latitude;

	private Double longitude;

	protected Organisation() {
	}

	Organisation(Long id, String name, OrganisationKind kind, Organisation parent, String address, Double latitude,
			Double longitude) {
		if (!kind.acceptsParent(parent == null ? null : parent.kind)) {
			throw new IllegalArgumentException("A " + kind + " cannot sit under " + parent);
		}
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.parentId = parent == null ? null : parent.id;
		this.path = (parent == null ? "/" : parent.path) + id + "/";
		this.address = address;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	/** Whether the other organisation is this one or lies below it. */
	public boolean contains(Organisation other) {
		return other.path.startsWith(this.path);
	}

	/** The id of the root of this organisation's tree: the university or the district. */
	public Long rootId() {
		return Long.valueOf(this.path.substring(1, this.path.indexOf('/', 1)));
	}

	void rename(String name, String address, Double latitude, Double longitude) {
		this.name = name;
		this.address = address;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public String getPath() {
		return this.path;
	}

	public String getAddress() {
		return this.address;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public boolean hasPosition() {
		return this.latitude != null && this.longitude != null;
	}

	@Override
	public String toString() {
		return this.kind + " " + this.id + " " + this.name;
	}

}
