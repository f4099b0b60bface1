package org.practica.hours;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.practica.support.HashChain;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies the ledger: every line's hash, every link to the line before, the head, and
 * every entry against what its lines recorded. Names the first thing that is broken.
 * Reads in batches, so it runs in constant memory over tens of millions of lines.
 */
@Service
public class LedgerCheck implements HashChain.Verifier {

	private static final int BATCH = 10_000;

	private final LedgerLineRepository lines;

	private final LedgerHeadRepository heads;

	private final HoursEntryRepository entries;

	LedgerCheck(LedgerLineRepository lines, LedgerHeadRepository heads, HoursEntryRepository entries) {
		this.lines = lines;
		this.heads = heads;
		this.entries = entries;
	}

	@Override
	public String titleKey() {
		return "ledger.hours";
	}

	@Override
	public HashChain.Result verify() {
		Report report = run();
		return new HashChain.Result(titleKey(), report.intact(), report.linesChecked(), report.entriesChecked(),
				report.brokenLine(), report.brokenEntry(), report.messageKey());
	}

	@Transactional(readOnly = true)
	public Report run() {
		String previous = LedgerLine.GENESIS;
		long expected = 1;
		long checked = 0;
		while (true) {
			List<LedgerLine> batch = this.lines.findBySeqGreaterThanOrderBySeq(expected - 1, Limit.of(BATCH));
			for (LedgerLine line : batch) {
				if (line.getSeq() != expected) {
					return Report.broken(checked, expected, null, "ledger.broken.missing");
				}
				if (!line.getPreviousHash().equals(previous)) {
					return Report.broken(checked, line.getSeq(), line.getEntryId(), "ledger.broken.link");
				}
				if (!line.computeHash().equals(line.getHash())) {
					return Report.broken(checked, line.getSeq(), line.getEntryId(), "ledger.broken.hash");
				}
				previous = line.getHash();
				expected++;
				checked++;
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		LedgerHead head = this.heads.head().orElseThrow();
		if (head.getLastSeq() != expected - 1 || !head.getLastHash().equals(previous)) {
			return Report.broken(checked, head.getLastSeq(), null, "ledger.broken.head");
		}
		long entriesChecked = 0;
		long after = 0;
		while (true) {
			List<HoursEntry> batch = this.entries.findByIdGreaterThanOrderById(after, Limit.of(BATCH));
			Map<Long, String[]> recorded = new HashMap<>();
			if (!batch.isEmpty()) {
				for (LedgerLine line : this.lines
					.findByEntryIdInOrderBySeq(batch.stream().map(HoursEntry::getId).toList())) {
					String[] state = recorded.computeIfAbsent(line.getEntryId(), id -> new String[2]);
					if (Ledger.CREATED.equals(line.getAction())) {
						state[0] = line.getContent();
						state[1] = HoursStatus.PENDING.name();
					}
					else {
						state[1] = status(line.getContent());
					}
				}
			}
			for (HoursEntry entry : batch) {
				String[] state = recorded.get(entry.getId());
				if (state == null || state[0] == null) {
					return Report.broken(checked, null, entry.getId(), "ledger.broken.unrecorded");
				}
				String content = state[0].replaceFirst(";evidence=[0-9a-f]+$", "");
				if (!content.equals(entry.content()) || !entry.getStatus().name().equals(state[1])) {
					return Report.broken(checked, null, entry.getId(), "ledger.broken.entry");
				}
				entriesChecked++;
			}
			if (batch.size() < BATCH) {
				return new Report(true, checked, entriesChecked, null, null, "ledger.intact");
			}
			after = batch.get(batch.size() - 1).getId();
		}
	}

	private static String status(String content) {
		int start = content.indexOf("status=") + "status=".length();
		int end = content.indexOf(';', start);
		return end < 0 ? content.substring(start) : content.substring(start, end);
	}

	/**
	 * What the check found.
	 *
	 * @param intact whether nothing is broken
	 * @param linesChecked how many lines were found sound
	 * @param entriesChecked how many entries were found sound
	 * @param brokenLine the first broken line's number, if a line is broken
	 * @param brokenEntry the entry concerned, if known
	 * @param messageKey what is wrong, as a message key
	 */
	public record Report(boolean intact, long linesChecked, long entriesChecked, Long brokenLine, Long brokenEntry,
			String messageKey) {

		static Report broken(long linesChecked, Long line, Long entry, String key) {
			return new Report(false, linesChecked, 0, line, entry, key);
		}

	}

}
