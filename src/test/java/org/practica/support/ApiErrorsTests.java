package org.practica.support;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiErrorsTests {

	@Test
	void theUnforeseenIsA500ThatTellsNothingOfItsCause() {
		ApiErrors.Refusal refusal = ApiErrors.refusal(new IllegalStateException("a detail for the log only"));
		assertThat(refusal.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(refusal.messageKey()).isEqualTo("problem.internal");
	}

	@Test
	void anErrorAfterADownloadBeganGoesOnToTheServerToBreakTheConnection() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setCommitted(true);
		IllegalStateException cut = new IllegalStateException("the cursor closed half way");
		assertThatThrownBy(() -> new ApiProblemHandler(null).other(cut, response)).isSameAs(cut);
	}

	@Test
	void anUploadOverTheLimitIs413() {
		assertThat(ApiErrors.refusal(new MaxUploadSizeExceededException(13L * 1024 * 1024)).status())
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
	}

}
