package org.practica.signup;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.project.Project;
import org.practica.support.AuditedEntity;
import org.practica.support.Places;
import org.practica.support.Problem;

/**
 * A time and place of a project that students sign up for, with a capacity. Its seats are
 * the shared race-safe place ({@link Places}, the confirmed sign-ups held), and it keeps
 * its own waitlist count besides; both change only while the shift's row is locked
 * ({@link org.practica.support.PlaceLocks}), so capacity holds under any concurrency.
 */
@Entity
public class Shift extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shift_seq")
	@SequenceGenerator(name = "shift_seq", sequenceName = "shift_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private Instant endsAt;

	/** Its seats: the capacity and the confirmed sign-ups holding one. */
	@Embedded
	@AttributeOverride(name = "held", column = @Column(name = "confirmed", nullable = false))
	private Places seats;

	private int waitlisted;

	/**
	 * How many sign-ups the shift has taken in all: the next one's place in the queue.
	 */
	private int taken;

	private String address;

	private Double latitude;

	private Double longitude;

	/** Its project's title, community, team and direction, which never change. */
	@Column(nullable = false)
	private String projectTitle;

	@Column(nullable = false)
	private String communityPath;

	private Long teamId;

	private String teamPath;

	@Column(nullable = false)
	private String direction;

	@Column(nullable = false)
	private String directionTop;

	/** Whether its project still takes sign-ups: neither completed nor cancelled. */
	private boolean projectOpen = true;

	protected Shift() {
	}

	/**
	 * A shift of the project; with no position of its own, it takes the given one (its
	 * need's).
	 */
	Shift(Project project, ShiftRequest request, Double latitude, Double longitude) {
		this(project.getId(), request);
		this.projectTitle = project.getTitle();
		this.communityPath = project.getCommunityPath();
		this.teamId = project.getTeamId();
		this.teamPath = project.getTeamPath();
		this.direction = project.getDirection();
		this.directionTop = project.getDirectionTop();
		if (this.latitude == null || this.longitude == null) {
			this.latitude = latitude;
			this.longitude = longitude;
		}
	}

	Shift(Long projectId, ShiftRequest request) {
		this.projectId = projectId;
		this.title = request.title().strip();
		this.startsAt = request.startsAt().toInstant();
		this.endsAt = request.endsAt().toInstant();
		this.seats = new Places(request.capacity());
		this.address = request.address() == null || request.address().isBlank() ? null : request.address().strip();
		this.latitude = request.latitude();
		this.longitude = request.longitude();
	}

	/**
	 * Takes a sign-up: confirmed while seats are free, waitlisted after. Sign-ups close
	 * when the shift ends.
	 */
	Signup admit(Long studentId, Instant now) {
		if (hasEnded(now)) {
			throw Problem.conflict("signup.shift.ended");
		}
		this.taken++;
		if (this.seats.take()) {
			return new Signup(this, studentId, SignupStatus.CONFIRMED, this.taken, now);
		}
		this.waitlisted++;
		return new Signup(this, studentId, SignupStatus.WAITLISTED, this.taken, now);
	}

	/** A sign-up left: a confirmed seat goes to the first waitlisted, if any. */
	void released(Signup cancelled, Signup firstWaiting) {
		if (cancelled.wasConfirmed()) {
			this.seats.release();
			if (firstWaiting != null && this.seats.take()) {
				firstWaiting.promote();
				this.waitlisted--;
			}
		}
		else {
			this.waitlisted--;
		}
	}

	public boolean hasFreeSeat() {
		return this.seats.hasFree();
	}

	public int seatsLeft() {
		return this.seats.left();
	}

	/** The seats a sign-up could still take now: none once the shift has ended. */
	public int seatsLeftAt(Instant now) {
		return hasEnded(now) ? 0 : seatsLeft();
	}

	/** Whether the shift is over: nobody signs up or is assigned any more. */
	public boolean hasEnded(Instant now) {
		return !now.isBefore(this.endsAt);
	}

	/** Whether the two shifts share any moment. */
	public boolean overlaps(Instant start, Instant end) {
		return this.startsAt.isBefore(end) && start.isBefore(this.endsAt);
	}

	/** Its project was completed or cancelled: nobody joins it any more. */
	void projectClosed() {
		this.projectOpen = false;
	}

	/**
	 * Whether a student could sign up now: its project is open and it has not started.
	 */
	public boolean isOpenAt(Instant now) {
		return this.projectOpen && now.isBefore(this.startsAt);
	}

	public boolean hasPosition() {
		return this.latitude != null && this.longitude != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public String getTitle() {
		return this.title;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public int getCapacity() {
		return this.seats.capacity();
	}

	public int getConfirmed() {
		return this.seats.held();
	}

	public int getWaitlisted() {
		return this.waitlisted;
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

	public String getProjectTitle() {
		return this.projectTitle;
	}

	public String getCommunityPath() {
		return this.communityPath;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public String getTeamPath() {
		return this.teamPath;
	}

	public String getDirection() {
		return this.direction;
	}

	public String getDirectionTop() {
		return this.directionTop;
	}

	public boolean isProjectOpen() {
		return this.projectOpen;
	}

}
