package org.practica.club;

import java.io.IOException;

import org.practica.directory.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The fund's files for a signed-in page: a spending line's receipt, the club's account
 * and the fund's year as spreadsheets, under the same rules as the API's.
 */
@Controller
class FundDownloads {

	private final FundApiController api;

	FundDownloads(FundApiController api) {
		this.api = api;
	}

	@GetMapping("/clubs/{id}/spending/{seq}/receipt")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long seq) {
		return this.api.receipt(user, id, seq);
	}

	@GetMapping("/clubs/{id}/account.xlsx")
	ResponseEntity<byte[]> account(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id)
			throws IOException {
		return this.api.accountXlsx(user, id);
	}

	@GetMapping("/funds/{universityId}/{year}.xlsx")
	ResponseEntity<byte[]> fund(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId,
			@PathVariable int year) throws IOException {
		return this.api.fundXlsx(user, universityId, year);
	}

}
