package org.sixrates.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PlacesTests {

	@Test
	void everyCommitteeAGeneratedCityMayHaveGetsANameAndACodeOfItsOwn() {
		Places places = new Places(new Dice(1));
		assertThat(places.capacity()).isGreaterThanOrEqualTo(GeneratedCity.MAX_COMMITTEES);
		Set<String> names = new HashSet<>();
		Set<String> codes = new HashSet<>();
		for (int index = 0; index < GeneratedCity.MAX_COMMITTEES; index++) {
			Places.Place place = places.get(index);
			assertThat(names.add(place.name())).as("name %s twice", place.name()).isTrue();
			assertThat(codes.add(place.code())).as("code %s twice", place.code()).isTrue();
		}
		// the committee codes the importer takes: ASCII letters, at most 32
		assertThat(codes).allSatisfy(code -> assertThat(code).matches("[A-Z]{2,32}"));
		// two or three Chinese characters, never one repeated side by side
		assertThat(names).allSatisfy(name -> assertThat(name).matches("\\p{IsHan}{2,3}").doesNotMatch(".*(.)\\1.*"));
	}

	@Test
	void theFirstNamesAreTwoCharactersLongAndTheSeedOrdersThem() {
		Places one = new Places(new Dice(1));
		Places other = new Places(new Dice(2));
		assertThat(one.get(0).name()).hasSize(2);
		assertThat(one.get(0)).isNotEqualTo(other.get(0));
		assertThat(new Places(new Dice(1)).get(123)).isEqualTo(one.get(123));
	}

}
