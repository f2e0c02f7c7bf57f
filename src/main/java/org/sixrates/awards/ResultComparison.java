package org.sixrates.awards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.sixrates.scoring.AwardOutcome;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.scoring.RateResult;
import org.sixrates.scoring.RateSummary;
import org.sixrates.scoring.YearResult;
import org.sixrates.vocabulary.Messages;

/**
 * Compares two results of one year number by number. Doubles are equal only when their
 * bits are ({@link Double#compare} is 0): a verification must reproduce the very values,
 * not their rounded text. Used for verify (stored against recomputed), drift (stored
 * against today's) and the changes of a new version against the one before.
 */
final class ResultComparison {

	private ResultComparison() {
	}

	static List<Difference> between(YearResult before, YearResult after) {
		List<Difference> differences = new ArrayList<>();
		Map<String, RateSummary> weightsAfter = index(after.rates(), RateSummary::rateId);
		for (RateSummary rate : before.rates()) {
			RateSummary other = weightsAfter.get(rate.rateId());
			number(differences, null, null, Difference.Aspect.WEIGHT, rate.rateId() + ".weight", rate.weight(),
					(other == null) ? null : other.weight());
			number(differences, null, null, Difference.Aspect.WEIGHT, rate.rateId() + ".mean", rate.mean(),
					(other == null) ? null : other.mean());
		}
		Map<String, CommitteeResult> committeesAfter = index(after.committees(), CommitteeResult::code);
		for (CommitteeResult committee : before.committees()) {
			CommitteeResult other = committeesAfter.remove(committee.code());
			if (other == null) {
				differences.add(new Difference(committee.code(), committee.name(), Difference.Aspect.COMMITTEE, null,
						committee.code(), null));
				continue;
			}
			compare(differences, committee, other);
		}
		committeesAfter.values()
			.forEach(committee -> differences.add(new Difference(committee.code(), committee.name(),
					Difference.Aspect.COMMITTEE, null, null, committee.code())));
		return differences;
	}

	/**
	 * Only the differences of rank, score, grade and awards: what a reader of a list
	 * sees.
	 */
	static List<Difference> visible(List<Difference> differences) {
		return differences.stream().filter(difference -> switch (difference.aspect()) {
			case COMMITTEE, RANK, SCORE, GRADE -> true;
			case AWARD -> difference.item().endsWith(".won");
			case WEIGHT, RATE -> false;
		}).toList();
	}

	private static void compare(List<Difference> differences, CommitteeResult before, CommitteeResult after) {
		String code = before.code();
		String name = before.name();
		if (before.rank() != after.rank()) {
			differences.add(new Difference(code, name, Difference.Aspect.RANK, null, Integer.toString(before.rank()),
					Integer.toString(after.rank())));
		}
		number(differences, code, name, Difference.Aspect.SCORE, null, before.score(), after.score());
		String gradeBefore = (before.grade() == null) ? null : before.grade().id();
		String gradeAfter = (after.grade() == null) ? null : after.grade().id();
		if (!Objects.equals(gradeBefore, gradeAfter)) {
			differences.add(new Difference(code, name, Difference.Aspect.GRADE, null, gradeBefore, gradeAfter));
		}
		if (!before.name().equals(after.name())) {
			differences
				.add(new Difference(code, name, Difference.Aspect.COMMITTEE, "name", before.name(), after.name()));
		}
		Map<String, RateResult> ratesAfter = index(after.rates(), RateResult::rateId);
		for (RateResult rate : before.rates()) {
			RateResult other = ratesAfter.get(rate.rateId());
			String id = rate.rateId();
			number(differences, code, name, Difference.Aspect.RATE, id + ".numerator", rate.numerator(),
					(other == null) ? null : other.numerator());
			number(differences, code, name, Difference.Aspect.RATE, id + ".denominator", rate.denominator(),
					(other == null) ? null : other.denominator());
			number(differences, code, name, Difference.Aspect.RATE, id + ".rate", rate.rate(),
					(other == null) ? null : other.rate());
			number(differences, code, name, Difference.Aspect.RATE, id + ".normalized", rate.normalized(),
					(other == null) ? null : other.normalized());
			number(differences, code, name, Difference.Aspect.RATE, id + ".weight", rate.weight(),
					(other == null) ? null : other.weight());
			number(differences, code, name, Difference.Aspect.RATE, id + ".contribution", rate.contribution(),
					(other == null) ? null : other.contribution());
			if (other != null && rate.filled() != other.filled()) {
				differences.add(new Difference(code, name, Difference.Aspect.RATE, id + ".filled",
						Boolean.toString(rate.filled()), Boolean.toString(other.filled())));
			}
		}
		Map<String, AwardOutcome> awardsAfter = index(after.outcomes(), AwardOutcome::awardId);
		for (AwardOutcome outcome : before.outcomes()) {
			AwardOutcome other = awardsAfter.get(outcome.awardId());
			String id = outcome.awardId();
			text(differences, code, name, id + ".won", Boolean.toString(outcome.won()),
					(other == null) ? null : Boolean.toString(other.won()));
			text(differences, code, name, id + ".eligible", Boolean.toString(outcome.eligible()),
					(other == null) ? null : Boolean.toString(other.eligible()));
			text(differences, code, name, id + ".rank", Objects.toString(outcome.rank(), null),
					(other == null) ? null : Objects.toString(other.rank(), null));
			text(differences, code, name, id + ".eligibleCount", Integer.toString(outcome.eligibleCount()),
					(other == null) ? null : Integer.toString(other.eligibleCount()));
			text(differences, code, name, id + ".reason", outcome.reason().in(Messages.CHINESE),
					(other == null) ? null : other.reason().in(Messages.CHINESE));
		}
	}

	private static void number(List<Difference> differences, String code, String name, Difference.Aspect aspect,
			String item, Double before, Double after) {
		boolean same = (before == null) ? after == null : after != null && Double.compare(before, after) == 0;
		if (!same) {
			differences.add(new Difference(code, name, aspect, item, (before == null) ? null : before.toString(),
					(after == null) ? null : after.toString()));
		}
	}

	private static void text(List<Difference> differences, String code, String name, String item, String before,
			String after) {
		if (!Objects.equals(before, after)) {
			differences.add(new Difference(code, name, Difference.Aspect.AWARD, item, before, after));
		}
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> index = new LinkedHashMap<>();
		items.forEach(item -> index.put(key.apply(item), item));
		return index;
	}

}
