package org.practica.club;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fund's spreadsheets: a club's account (its granted requests, then its spending
 * lines, then the totals) and a university's fund for a year (each granted request, then
 * the budget, granted, spent and left).
 */
final class FundExports {

	private FundExports() {
	}

	/** Translates a message key. */
	@FunctionalInterface
	interface Texts {

		String get(String key, Object... arguments);

	}

	/**
	 * A sheet to write.
	 *
	 * @param title its title
	 * @param headers its column headers
	 * @param rows its rows
	 */
	record Sheet(String title, List<String> headers, List<Object[]> rows) {
	}

	static Sheet account(Funds.Account account, Texts texts, ZoneId zone) {
		List<Object[]> rows = new ArrayList<>();
		for (FundRequest r : account.requests()) {
			rows.add(new Object[] { texts.get("club.fund.export.request"), r.getId(), null, r.getPurpose(),
					Money.of(r.getGrantedAmount()), Money.of(r.getSpent()), null });
		}
		for (Spending s : account.lines()) {
			rows.add(new Object[] { texts.get("club.fund.export.spending"), s.getRequestId(),
					LocalDateTime.ofInstant(s.getRecordedAt(), zone), s.getDescription(), null, Money.of(s.getAmount()),
					s.getReceiptSha256() });
		}
		rows.add(new Object[] { texts.get("club.fund.granted"), null, null, null, account.granted(), null, null });
		rows.add(new Object[] { texts.get("club.fund.spent"), null, null, null, null, account.spent(), null });
		rows.add(new Object[] { texts.get("club.fund.available"), null, null, null, account.available(), null, null });
		return new Sheet(texts.get("club.fund.account.title"),
				List.of(texts.get("club.fund.export.kind"), texts.get("club.fund.export.request-id"),
						texts.get("club.fund.export.recorded-at"), texts.get("club.fund.export.description"),
						texts.get("club.fund.granted"), texts.get("club.fund.spent"),
						texts.get("club.fund.export.receipt")),
				rows);
	}

	static Sheet fund(Funds.Overview overview, Map<Long, Club> clubs, Texts texts) {
		List<Object[]> rows = new ArrayList<>();
		for (FundRequest r : overview.grantedRequests()) {
			Club club = clubs.get(r.getClubId());
			rows.add(new Object[] { club == null ? null : club.getName(), r.getId(), r.getPurpose(),
					Money.of(r.getGrantedAmount()), Money.of(r.getSpent()), Money.of(r.available()) });
		}
		rows.add(new Object[] { texts.get("club.fund.budget"), null, null, overview.budget(), null, null });
		rows.add(new Object[] { texts.get("club.fund.granted"), null, null, overview.granted(), null, null });
		rows.add(new Object[] { texts.get("club.fund.spent"), null, null, null, overview.spent(), null });
		rows.add(new Object[] { texts.get("club.fund.left"), null, null, null, null, overview.left() });
		return new Sheet(texts.get("club.fund.overview.title"),
				List.of(texts.get("club.fund.export.club"), texts.get("club.fund.export.request-id"),
						texts.get("club.fund.export.purpose"), texts.get("club.fund.granted"),
						texts.get("club.fund.spent"), texts.get("club.fund.available")),
				rows);
	}

}
