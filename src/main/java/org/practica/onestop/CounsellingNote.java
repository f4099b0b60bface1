package org.practica.onestop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A counsellor's note on a counselling booking: its text sealed at rest, readable by its
 * author and the university's counselling supervisor only, deleted after the retention
 * period. It publishes no event, so it reaches no log, notice or read model.
 */
@Entity
@Table(name = "onestop_note")
public class CounsellingNote {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_note_seq")
	@SequenceGenerator(name = "onestop_note_seq", sequenceName = "onestop_note_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long bookingId;

	@Column(nullable = false)
	private Long authorId;

	@Convert(converter = NoteBody.class)
	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private Instant writtenAt;

	protected CounsellingNote() {
	}

	CounsellingNote(Long bookingId, Long authorId, String body, Instant writtenAt) {
		this.bookingId = bookingId;
		this.authorId = authorId;
		this.body = body;
		this.writtenAt = writtenAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getBookingId() {
		return this.bookingId;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public String getBody() {
		return this.body;
	}

	public Instant getWrittenAt() {
		return this.writtenAt;
	}

}
