package org.practica.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The rules of the race-safe place a shift's seats and a service slot's places share.
 */
class PlacesTests {

	@Test
	void takesPlacesUntilAllAreHeldAndGivesThemBack() {
		Places places = new Places(2);
		assertThat(places.take()).isTrue();
		assertThat(places.left()).isEqualTo(1);
		assertThat(places.take()).isTrue();
		assertThat(places.hasFree()).isFalse();
		assertThat(places.take()).isFalse();
		assertThat(places.held()).isEqualTo(2);
		places.release();
		assertThat(places.left()).isEqualTo(1);
		assertThat(places.take()).isTrue();
		assertThat(places.held()).isEqualTo(2);
	}

	@Test
	void aSinglePlaceIsOneToOne() {
		assertThat(new Places(1).isSingle()).isTrue();
		assertThat(new Places(20).isSingle()).isFalse();
	}

	@Test
	void neitherNoPlacesNorGivingBackOneNotHeld() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Places(0));
		assertThatIllegalStateException().isThrownBy(() -> new Places(3).release());
	}

}
