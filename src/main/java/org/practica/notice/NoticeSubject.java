package org.practica.notice;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;

/**
 * One subject of a notice: a nominee, a new club, an elected officer. The owner names it
 * by a reference of its own ({@code ref}) and gives the name and facts to publish.
 */
@Entity
public class NoticeSubject {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_subject_seq")
	@SequenceGenerator(name = "notice_subject_seq", sequenceName = "notice_subject_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long noticeId;

	@Column(nullable = false)
	private int ordinal;

	@Column(nullable = false)
	private String ref;

	@Column(nullable = false)
	private String name;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "notice_fact", joinColumns = @JoinColumn(name = "subject_id"))
	@OrderColumn(name = "ordinal")
	private List<NoticeFact> facts = new ArrayList<>();

	protected NoticeSubject() {
	}

	NoticeSubject(Long noticeId, int ordinal, String ref, String name, List<NoticeFact> facts) {
		this.noticeId = noticeId;
		this.ordinal = ordinal;
		this.ref = ref;
		this.name = name;
		this.facts = new ArrayList<>(facts);
	}

	public Long getId() {
		return this.id;
	}

	public Long getNoticeId() {
		return this.noticeId;
	}

	public int getOrdinal() {
		return this.ordinal;
	}

	/** The owner's reference of the subject. */
	public String getRef() {
		return this.ref;
	}

	public String getName() {
		return this.name;
	}

	public List<NoticeFact> getFacts() {
		return List.copyOf(this.facts);
	}

}
