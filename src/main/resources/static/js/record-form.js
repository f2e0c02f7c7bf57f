/*
 * The record form (templates/records/edit.html): every field is drawn, each with a line of
 * help saying which kinds it applies to, so that the form works without this script. With it,
 * a field of other kinds than the one chosen is hidden unless it holds something (what it holds
 * is still saved, so it stays in sight); the subtype offers the named subtypes of the kind; the
 * date picker offers the days of the year chosen.
 */
(function () {
	'use strict';

	function inputOf(field) {
		return field.querySelector('input, select');
	}

	function holdsSomething(field) {
		var input = inputOf(field);
		var value = input ? input.value.trim() : '';
		return value !== '' && value !== (field.getAttribute('data-empty') || '');
	}

	document.addEventListener('DOMContentLoaded', function () {
		var form = document.getElementById('record-form');
		if (!form) {
			return;
		}
		var kind = form.querySelector('#kind');
		var year = form.querySelector('#year');
		var date = form.querySelector('#date');
		var subtype = form.querySelector('#subtype');

		function showFieldsOfKind() {
			Array.prototype.forEach.call(form.querySelectorAll('[data-kinds]'), function (field) {
				var applies = field.getAttribute('data-kinds').split(' ').indexOf(kind.value) >= 0;
				var kept = !applies && holdsSomething(field);
				field.hidden = !applies && !kept;
				field.classList.toggle('not-applicable', kept);
			});
			if (subtype) {
				var own = document.getElementById('subtypes-' + kind.value);
				if (own) {
					subtype.setAttribute('list', own.id);
				}
				else {
					subtype.removeAttribute('list');
				}
			}
		}

		function boundDateToYear() {
			if (!date || !year || !/^\d{4}$/.test(year.value)) {
				return;
			}
			// a date already outside the year (imported so) keeps no bounds that would refuse it
			if (date.value !== '' && date.value.substring(0, 4) !== year.value) {
				date.removeAttribute('min');
				date.removeAttribute('max');
				return;
			}
			date.min = year.value + '-01-01';
			date.max = year.value + '-12-31';
		}

		if (kind) {
			kind.addEventListener('change', showFieldsOfKind);
			showFieldsOfKind();
		}
		if (year) {
			year.addEventListener('change', boundDateToYear);
		}
		if (date) {
			date.addEventListener('change', boundDateToYear);
		}
	});
})();
