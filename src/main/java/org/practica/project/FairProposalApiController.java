package org.practica.project;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.practica.directory.CurrentUser;
import org.practica.support.Ids;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.practica.support.Ids.text;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Demand list, service list, project list")
class FairProposalApiController {

	private final FairProposals proposals;

	FairProposalApiController(FairProposals proposals) {
		this.proposals = proposals;
	}

	@Operation(summary = "Propose needs to offers for a campaign (a university or district the caller manages); "
			+ "both sides still confirm each pair with POST /interests")
	@PostMapping("/fair-proposals")
	ProposalsJson propose(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ProposalRequest request) {
		Long organisationId = Ids.parse(request.organisationId());
		List<ProposalJson> items = this.proposals.propose(user, organisationId)
			.stream()
			.map(p -> new ProposalJson(text(p.interest().getId()), text(p.need().getId()), text(p.offer().getId()),
					p.need().getTitle(), p.offer().getTitle(), p.score(), p.interest().isFromCommunity(),
					p.interest().isFromTeam()))
			.toList();
		return new ProposalsJson(text(organisationId), items);
	}

	record ProposalRequest(@NotBlank(message = "{fair.proposals.organisation.required}") String organisationId) {
	}

	record ProposalsJson(String organisationId, List<ProposalJson> items) {
	}

	record ProposalJson(String interestId, String needId, String offerId, String needTitle, String offerTitle,
			int score, boolean fromCommunity, boolean fromTeam) {
	}

}
