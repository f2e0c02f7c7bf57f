package org.sixrates.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The generator's one source of chance. {@link SplittableRandom} with a fixed seed gives
 * the same sequence on every JVM; only integer and plain double arithmetic is done on its
 * draws, so no platform's maths library can change a file.
 */
final class Dice {

	private final SplittableRandom random;

	Dice(long seed) {
		this.random = new SplittableRandom(seed);
	}

	private Dice(SplittableRandom random) {
		this.random = random;
	}

	/** An independent stream, so one committee's draws do not shift another's. */
	Dice split() {
		return new Dice(random.split());
	}

	/** A whole number from {@code low} to {@code high}, both included. */
	int between(int low, int high) {
		return random.nextInt(low, high + 1);
	}

	double uniform(double low, double high) {
		return random.nextDouble(low, high);
	}

	/** A small centred wobble, triangular on (−width, width). */
	double wobble(double width) {
		return (random.nextDouble() - random.nextDouble()) * width;
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	/** Fisher–Yates, in place. */
	<T> void shuffle(List<T> items) {
		for (int i = items.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = items.get(i);
			items.set(i, items.get(j));
			items.set(j, swap);
		}
	}

}
