/* The what-if of the ranking page (DESIGN §9): as a slider or a choice moves, the weights go to
   POST /rankings/{year}/what-if with the page's CSRF token, and the table shows each committee's
   score, rank, move and awards under them (an award gained or lost marked), and the effective weights (summing to 100 %) beside the
   sliders. One request at a time; a move made meanwhile is sent when it returns. */
(function () {
	'use strict';

	var form = document.getElementById('what-if-form');
	if (!form || !window.fetch) {
		return;
	}
	var table = document.getElementById('what-if-table');
	var error = document.getElementById('what-if-error');
	var chinese = (document.documentElement.lang || '').indexOf('zh') === 0;
	var sliders = Array.prototype.slice.call(form.querySelectorAll('input[type=range][data-rate]'));
	var busy = false;
	var again = false;

	function token() {
		var field = form.querySelector('input[name=_csrf]');
		return field ? field.value : '';
	}

	function request() {
		var weights = {};
		sliders.forEach(function (slider) { weights[slider.getAttribute('data-rate')] = parseFloat(slider.value); });
		return {
			weights: weights,
			normalization: form.elements.normalization ? form.elements.normalization.value : '',
			aggregation: form.elements.aggregation ? form.elements.aggregation.value : ''
		};
	}

	function percent(weight) {
		return (Math.round(weight * 10000) / 100).toFixed(2).replace(/\.?0+$/, '') + '%';
	}

	function cell(text, className) {
		var td = document.createElement('td');
		if (className) {
			td.className = className;
		}
		td.textContent = text;
		return td;
	}

	/* the awards it would win, each a badge; one it did not win as the year was scored is new,
	   and one it won then but would not now is shown struck through */
	function awards(row) {
		var td = document.createElement('td');
		td.className = 'awards';
		var had = row.nominalAwards.map(function (award) { return award.id; });
		var has = row.awards.map(function (award) { return award.id; });
		row.awards.forEach(function (award) {
			td.appendChild(badge(award, had.indexOf(award.id) < 0 ? 'badge award gained' : 'badge award'));
		});
		row.nominalAwards.forEach(function (award) {
			if (has.indexOf(award.id) < 0) {
				td.appendChild(badge(award, 'badge muted-badge lost'));
			}
		});
		return td;
	}

	function badge(award, className) {
		var span = document.createElement('span');
		span.className = className;
		span.setAttribute('data-award', award.id);
		span.textContent = chinese ? award.zh : award.en;
		if (className.indexOf('lost') >= 0) {
			span.title = form.getAttribute('data-lost');
		}
		return span;
	}

	function move(row) {
		var td = document.createElement('td');
		td.className = 'num move';
		var span = document.createElement('span');
		if (row.move > 0) {
			span.className = 'up';
			span.textContent = '▲' + row.move;
		}
		else if (row.move < 0) {
			span.className = 'down';
			span.textContent = '▼' + (-row.move);
		}
		else {
			span.className = 'muted';
			span.textContent = form.getAttribute('data-same');
		}
		td.appendChild(span);
		return td;
	}

	function show(result) {
		// the rows are built apart and put in at once: one layout for 3 000 rows, not one each
		var rows = document.createDocumentFragment();
		result.committees.forEach(function (row) {
			var tr = document.createElement('tr');
			tr.setAttribute('data-code', row.committee);
			tr.appendChild(cell(String(row.rank), 'num rank'));
			tr.appendChild(cell(row.name));
			tr.appendChild(cell(row.score.toFixed(2), 'num score'));
			tr.appendChild(cell(String(row.nominalRank), 'num'));
			tr.appendChild(move(row));
			tr.appendChild(awards(row));
			rows.appendChild(tr);
		});
		table.tBodies[0].replaceChildren(rows);
		Object.keys(result.weights).forEach(function (rate) {
			var output = form.querySelector('output[data-rate="' + rate + '"]');
			if (output) {
				output.textContent = percent(result.weights[rate]);
			}
		});
		error.hidden = true;
	}

	function fail(text) {
		error.textContent = form.getAttribute('data-failed') + (text ? ' ' + text : '');
		error.hidden = false;
	}

	function send() {
		if (busy) {
			again = true;
			return;
		}
		busy = true;
		fetch(form.getAttribute('data-url'), {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				'Content-Type': 'application/json',
				'Accept': 'application/json',
				'Accept-Language': chinese ? 'zh-CN' : 'en',
				'X-CSRF-TOKEN': token()
			},
			body: JSON.stringify(request())
		}).then(function (response) {
			return response.json().then(function (body) {
				if (response.ok) {
					show(body);
				}
				else {
					fail(body && body.detail);
				}
			}, function () { fail(''); });
		}, function () { fail(''); }).then(function () {
			busy = false;
			if (again) {
				again = false;
				send();
			}
		});
	}

	sliders.forEach(function (slider) { slider.addEventListener('input', send); });
	Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
		select.addEventListener('change', send);
	});
	form.addEventListener('reset', function () {
		// the form's own reset puts the sliders back; send once it has
		window.setTimeout(send, 0);
	});
})();
