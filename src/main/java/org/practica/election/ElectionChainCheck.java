package org.practica.election;

import org.practica.support.HashChain;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the published ballots of every counted election on the ledger check page, as
 * the hours ledger and club spending are verified: each election's chain, line by line,
 * and its head. Names the first broken line and its election.
 */
@Service
class ElectionChainCheck implements HashChain.Verifier {

	private final ElectionRepository elections;

	private final BallotBox box;

	ElectionChainCheck(ElectionRepository elections, BallotBox box) {
		this.elections = elections;
		this.box = box;
	}

	@Override
	public String titleKey() {
		return "election.ledger";
	}

	@Override
	@Transactional(readOnly = true)
	public HashChain.Result verify() {
		long lines = 0;
		long elections = 0;
		for (Election election : this.elections.findAll(Sort.by("id"))) {
			if (election.getTalliedAt() == null) {
				continue;
			}
			Elections.ChainCheck check = Elections.verify(election, this.box.published(election.getId()));
			if (!check.intact()) {
				return new HashChain.Result(titleKey(), false, lines + check.linesChecked(), elections,
						check.brokenLine() == null ? null : check.brokenLine().longValue(), election.getId(),
						"election.ledger.broken");
			}
			lines += check.linesChecked();
			elections++;
		}
		return new HashChain.Result(titleKey(), true, lines, elections, null, null, "election.ledger.intact");
	}

}
