package org.practica.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.practica.support.AuditedEntity;
import org.practica.support.Geo;

/**
 * A practice base (实践基地): a place opened under an agreement, with its capacity and
 * contact.
 */
@Entity
public class PracticeBase extends AuditedEntity {

	/** The longest name its column holds. */
	public static final int NAME_MAX = 200;

	/** The longest address its column holds. */
	public static final int ADDRESS_MAX = 300;

	/** The longest contact its column holds. */
	public static final int CONTACT_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_base_seq")
	@SequenceGenerator(name = "practice_base_seq", sequenceName = "practice_base_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long agreementId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String address;

	private double latitude;

	private double longitude;

	private int capacity;

	private String contact;

	protected PracticeBase() {
	}

	PracticeBase(Long agreementId, String name, String address, double latitude, double longitude, int capacity,
			String contact) {
		this.agreementId = agreementId;
		this.name = name;
		this.address = address;
		this.latitude = latitude;
		this.longitude = longitude;
		this.capacity = capacity;
		this.contact = contact;
	}

	/** The distance in km from a position. */
	public double distanceKmFrom(double latitude, double longitude) {
		return Geo.distanceKm(latitude, longitude, this.latitude, this.longitude);
	}

	public Long getId() {
		return this.id;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public String getName() {
		return this.name;
	}

	public String getAddress() {
		return this.address;
	}

	public double getLatitude() {
		return this.latitude;
	}

	public double getLongitude() {
		return this.longitude;
	}

	public int getCapacity() {
		return this.capacity;
	}

	public String getContact() {
		return this.contact;
	}

}
