package org.practica.club;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.practica.support.HashChain;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the club spending ledger as the hours ledger is verified, on the same page and
 * by the same command: every line's hash, every link to the line before, the head, and
 * every request's spent total against its lines. Names the first thing that is broken;
 * reads in batches.
 */
@Service
class SpendingLedgerCheck implements HashChain.Verifier {

	private static final int BATCH = 10_000;

	private final SpendingRepository lines;

	private final FundRequestRepository requests;

	SpendingLedgerCheck(SpendingRepository lines, FundRequestRepository requests) {
		this.lines = lines;
		this.requests = requests;
	}

	@Override
	public String titleKey() {
		return "club.ledger";
	}

	@Override
	@Transactional(readOnly = true)
	public HashChain.Result verify() {
		String previous = HashChain.GENESIS;
		long expected = 1;
		long checked = 0;
		while (true) {
			List<Spending> batch = this.lines.findBySeqGreaterThanOrderBySeq(expected - 1, Limit.of(BATCH));
			for (Spending line : batch) {
				if (line.getSeq() != expected) {
					return broken(checked, expected, null, "club.ledger.broken.missing");
				}
				if (!line.getPreviousHash().equals(previous)) {
					return broken(checked, line.getSeq(), line.getRequestId(), "club.ledger.broken.link");
				}
				if (!line.computeHash().equals(line.getHash())) {
					return broken(checked, line.getSeq(), line.getRequestId(), "club.ledger.broken.hash");
				}
				previous = line.getHash();
				expected++;
				checked++;
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		SpendingHead head = this.lines.head().orElseThrow();
		if (head.getLastSeq() != expected - 1 || !head.getLastHash().equals(previous)) {
			return broken(checked, head.getLastSeq(), null, "club.ledger.broken.head");
		}
		long requestsChecked = 0;
		long after = 0;
		while (true) {
			List<FundRequest> batch = this.requests.after(after, Limit.of(BATCH));
			Map<Long, BigDecimal> sums = new HashMap<>();
			if (!batch.isEmpty()) {
				for (Object[] row : this.lines.sumsOf(batch.stream().map(FundRequest::getId).toList())) {
					sums.put((Long) row[0], (BigDecimal) row[1]);
				}
			}
			for (FundRequest request : batch) {
				BigDecimal recorded = sums.getOrDefault(request.getId(), BigDecimal.ZERO);
				if (recorded.compareTo(request.getSpent()) != 0) {
					return broken(checked, null, request.getId(), "club.ledger.broken.request");
				}
				requestsChecked++;
			}
			if (batch.size() < BATCH) {
				return new HashChain.Result(titleKey(), true, checked, requestsChecked, null, null,
						"club.ledger.intact");
			}
			after = batch.get(batch.size() - 1).getId();
		}
	}

	private HashChain.Result broken(long checked, Long line, Long request, String key) {
		return new HashChain.Result(titleKey(), false, checked, 0, line, request, key);
	}

}
