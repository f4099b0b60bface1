package org.practica.club;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * A club's request to the development fund (经费申请): a purpose and line items. The
 * federation reviews it and may propose another amount, then a university admin grants
 * it. Spending against it never exceeds what was granted.
 */
@Entity
public class FundRequest extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fund_request_seq")
	@SequenceGenerator(name = "fund_request_seq", sequenceName = "fund_request_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long clubId;

	@Column(nullable = false)
	private Long universityId;

	@Column(name = "fund_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private String purpose;

	@Column(nullable = false)
	private BigDecimal requestedAmount;

	private BigDecimal proposedAmount;

	private BigDecimal grantedAmount;

	@Column(nullable = false)
	private BigDecimal spent;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FundRequestStatus status;

	@Column(nullable = false)
	private Long requestedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "fund_request_item", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	private List<FundItem> items = new ArrayList<>();

	protected FundRequest() {
	}

	FundRequest(Club club, int year, String purpose, BigDecimal amount, List<FundItem> items, Long requestedBy) {
		this.clubId = club.getId();
		this.universityId = club.getUniversityId();
		this.year = year;
		this.purpose = purpose;
		this.requestedAmount = amount;
		this.items.addAll(items);
		this.spent = Money.ZERO;
		this.status = FundRequestStatus.SUBMITTED;
		this.requestedBy = requestedBy;
	}

	/**
	 * The amount under review now: the federation's proposal once made, else the request.
	 */
	public BigDecimal amountUnderReview() {
		return this.proposedAmount != null ? this.proposedAmount : this.requestedAmount;
	}

	/** The federation approves, with the amount it proposes. */
	void forward(BigDecimal amount) {
		this.proposedAmount = amount;
		this.status = FundRequestStatus.FORWARDED;
	}

	/** A university admin grants the amount. */
	void grant(BigDecimal amount) {
		this.grantedAmount = amount;
		this.status = FundRequestStatus.GRANTED;
	}

	void close(boolean rejected) {
		this.status = rejected ? FundRequestStatus.REJECTED : FundRequestStatus.RETURNED;
	}

	/**
	 * Spends against the grant: never beyond it. The caller holds the request's row lock,
	 * so that concurrent spending is counted one after the other.
	 */
	void spend(BigDecimal amount) {
		if (this.status != FundRequestStatus.GRANTED) {
			throw Problem.conflict("club.fund.spending.not-granted");
		}
		BigDecimal after = this.spent.add(amount);
		if (after.compareTo(this.grantedAmount) > 0) {
			throw Problem.conflict("club.fund.spending.exceeds", Money.text(available()), Money.text(amount));
		}
		this.spent = after;
	}

	/** What is left to spend of the grant. */
	public BigDecimal available() {
		return this.grantedAmount == null ? Money.ZERO : this.grantedAmount.subtract(this.spent);
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public Long getUniversityId() {
		return this.universityId;
	}

	public int getYear() {
		return this.year;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public BigDecimal getRequestedAmount() {
		return this.requestedAmount;
	}

	public BigDecimal getProposedAmount() {
		return this.proposedAmount;
	}

	public BigDecimal getGrantedAmount() {
		return this.grantedAmount;
	}

	public BigDecimal getSpent() {
		return this.spent;
	}

	public FundRequestStatus getStatus() {
		return this.status;
	}

	public Long getRequestedBy() {
		return this.requestedBy;
	}

	public List<FundItem> getItems() {
		return List.copyOf(this.items);
	}

}
