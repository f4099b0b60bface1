package org.practica.project;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.matching.DeferredAcceptance;
import org.practica.matching.Matching;
import org.practica.matching.MatchingInstance;
import org.practica.need.Need;
import org.practica.need.Needs;
import org.practica.offer.Offer;
import org.practica.offer.Offers;
import org.practica.support.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Team matching for the selection fair: within a campaign (a university's or district's
 * subtree) it proposes which open need goes to which offer, by needs-proposing deferred
 * acceptance, when a team can take several needs.
 * <p>
 * A pair is acceptable when it has an open interest (either side has said so, no project
 * yet) and both the need and the offer are published. A need ranks its offers, and an
 * offer its needs, by whether its own side has already said it is interested, then by the
 * suggestion score, then by id. An offer takes as many needs as its capacity (in
 * students) covers of its largest candidate need's headcount, at least one. The result is
 * only a proposal: both sides still confirm each pair through the ordinary interest, and
 * only then does it become a project.
 */
@Service
@Transactional(readOnly = true)
public class FairProposals {

	private final InterestRepository interests;

	private final Needs needs;

	private final Offers offers;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FairProposals(InterestRepository interests, Needs needs, Offers offers, Organisations organisations,
			ApplicationEventPublisher events, Clock clock) {
		this.interests = interests;
		this.needs = needs;
		this.offers = offers;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Proposes pairs for the campaign of a university or district the person manages,
	 * replacing the campaign's earlier proposals.
	 * @return the proposed pairs, by need id
	 */
	@Transactional
	public List<Proposal> propose(CurrentUser by, Long organisationId) {
		Organisation campaign = this.organisations.getManaged(by, organisationId);
		if (campaign.getKind() != OrganisationKind.UNIVERSITY && campaign.getKind() != OrganisationKind.DISTRICT) {
			throw FieldProblem.unprocessable("organisationId", "fair.proposals.wrong-kind");
		}
		List<Interest> open = this.interests.findInvolving(campaign.getPath())
			.stream()
			.filter(i -> i.getProjectId() == null)
			.toList();
		Map<Long, Need> needsById = new HashMap<>();
		this.needs.all(open.stream().map(Interest::getNeedId).distinct().toList())
			.stream()
			.filter(Need::isPublished)
			.forEach(n -> needsById.put(n.getId(), n));
		Map<Long, Offer> offersById = new HashMap<>();
		this.offers.all(open.stream().map(Interest::getOfferId).distinct().toList())
			.stream()
			.filter(Offer::isPublished)
			.forEach(o -> offersById.put(o.getId(), o));

		List<Candidate> candidates = open.stream()
			.filter(i -> needsById.containsKey(i.getNeedId()) && offersById.containsKey(i.getOfferId()))
			.map(i -> new Candidate(i,
					Scoring.score(Listing.of(needsById.get(i.getNeedId())),
							Listing.of(offersById.get(i.getOfferId())))))
			.toList();
		Map<Long, Candidate> chosen = solve(candidates, needsById, offersById);

		Instant now = this.clock.instant();
		List<Proposal> proposals = new ArrayList<>();
		for (Interest interest : open) {
			Candidate pair = chosen.get(interest.getNeedId());
			boolean proposed = pair != null && pair.interest() == interest;
			interest.proposed(proposed ? now : null);
			if (proposed) {
				proposals.add(new Proposal(interest, needsById.get(interest.getNeedId()),
						offersById.get(interest.getOfferId()), (int) Math.round(pair.score())));
			}
		}
		this.interests.saveAll(open);
		this.events.publishEvent(new FairProposalsMade(campaign.getId(), proposals.size()));
		proposals.sort(Comparator.comparing(p -> p.need().getId()));
		return proposals;
	}

	/**
	 * The pairs proposed in the campaign that neither side has yet turned into a project.
	 */
	public List<Interest> proposedIn(Organisation campaign) {
		return this.interests.findInvolving(campaign.getPath()).stream().filter(Interest::isProposed).toList();
	}

	/** Needs propose to offers; the result by need id. */
	static Map<Long, Candidate> solve(List<Candidate> candidates, Map<Long, Need> needsById,
			Map<Long, Offer> offersById) {
		TreeMap<Long, List<Candidate>> byNeed = new TreeMap<>();
		TreeMap<Long, List<Candidate>> byOffer = new TreeMap<>();
		for (Candidate c : candidates) {
			byNeed.computeIfAbsent(c.interest().getNeedId(), id -> new ArrayList<>()).add(c);
			byOffer.computeIfAbsent(c.interest().getOfferId(), id -> new ArrayList<>()).add(c);
		}
		List<Long> needIds = new ArrayList<>(byNeed.keySet());
		List<Long> offerIds = new ArrayList<>(byOffer.keySet());
		Map<Long, Integer> needIndex = new HashMap<>();
		for (int i = 0; i < needIds.size(); i++) {
			needIndex.put(needIds.get(i), i);
		}
		Map<Long, Integer> offerIndex = new HashMap<>();
		for (int i = 0; i < offerIds.size(); i++) {
			offerIndex.put(offerIds.get(i), i);
		}
		int[][] preferences = new int[needIds.size()][];
		for (int n = 0; n < needIds.size(); n++) {
			preferences[n] = byNeed.get(needIds.get(n))
				.stream()
				.sorted(Comparator.comparing((Candidate c) -> !c.interest().isFromCommunity())
					.thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
					.thenComparing(c -> c.interest().getOfferId()))
				.mapToInt(c -> offerIndex.get(c.interest().getOfferId()))
				.toArray();
		}
		int[] capacities = new int[offerIds.size()];
		int[][] rankings = new int[offerIds.size()][];
		for (int o = 0; o < offerIds.size(); o++) {
			List<Candidate> applicants = byOffer.get(offerIds.get(o));
			int largest = applicants.stream()
				.mapToInt(c -> needsById.get(c.interest().getNeedId()).getHeadcount())
				.max()
				.orElse(1);
			capacities[o] = Math.max(1, offersById.get(offerIds.get(o)).getCapacity() / Math.max(1, largest));
			rankings[o] = applicants.stream()
				.sorted(Comparator.comparing((Candidate c) -> !c.interest().isFromTeam())
					.thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
					.thenComparing(c -> c.interest().getNeedId()))
				.mapToInt(c -> needIndex.get(c.interest().getNeedId()))
				.toArray();
		}
		Matching matching = DeferredAcceptance.solve(MatchingInstance.of(preferences, capacities, rankings));
		Map<Long, Candidate> chosen = new HashMap<>();
		for (int n = 0; n < needIds.size(); n++) {
			int o = matching.positionOf(n);
			if (o != Matching.UNASSIGNED) {
				Long offerId = offerIds.get(o);
				byNeed.get(needIds.get(n))
					.stream()
					.filter(c -> c.interest().getOfferId().equals(offerId))
					.findFirst()
					.ifPresent(c -> chosen.put(c.interest().getNeedId(), c));
			}
		}
		return chosen;
	}

	record Candidate(Interest interest, double score) {
	}

	/**
	 * A pair the fair matching proposes.
	 *
	 * @param interest the open interest both sides confirm
	 * @param need the need
	 * @param offer the offer
	 * @param score the suggestion score, 0 to 100
	 */
	public record Proposal(Interest interest, Need need, Offer offer, int score) {
	}

}
