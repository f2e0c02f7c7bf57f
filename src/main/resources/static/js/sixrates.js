/* Six Rates pages: sortable tables, the year selector and the ECharts charts. No dependencies
   but ECharts, loaded from the application's own webjar. */
(function () {
	'use strict';

	document.documentElement.classList.add('js');

	var palette = ['#a4262c', '#1f5f8b', '#c8881e', '#3b7d4f', '#6b4c9a', '#4a6572', '#b85c38', '#2e8b8b'];
	var charts = [];

	function numberOf(cell) {
		var value = parseFloat(cell.getAttribute('data-value'));
		return isNaN(value) ? -Infinity : value;
	}

	function textOf(cell) {
		var value = cell.getAttribute('data-value');
		return (value === null) ? cell.textContent.trim() : value;
	}

	function sortBy(table, header, index) {
		var body = table.tBodies[0];
		var numeric = header.getAttribute('data-sort') === 'number';
		var ascending = header.getAttribute('aria-sort') !== 'ascending';
		var rows = Array.prototype.slice.call(body.rows);
		rows.sort(function (a, b) {
			var x = a.cells[index], y = b.cells[index];
			var order = numeric ? numberOf(x) - numberOf(y) : textOf(x).localeCompare(textOf(y), 'zh-CN');
			return ascending ? order : -order;
		});
		rows.forEach(function (row) { body.appendChild(row); });
		Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
		header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
	}

	function sortable(table) {
		Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
			if (!header.hasAttribute('data-sort')) {
				return;
			}
			header.tabIndex = 0;
			header.addEventListener('click', function () { sortBy(table, header, index); });
			header.addEventListener('keydown', function (event) {
				if (event.key === 'Enter' || event.key === ' ') {
					event.preventDefault();
					sortBy(table, header, index);
				}
			});
		});
	}

	function chart(id) {
		var element = document.getElementById(id);
		if (!element || !window.echarts) {
			return null;
		}
		var instance = window.echarts.init(element, null, { renderer: 'canvas' });
		charts.push(instance);
		return instance;
	}

	var textStyle = { fontFamily: '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif' };

	// no animation: the figures are read and printed, not watched
	var still = { animation: false, textStyle: textStyle };

	function rankingCharts(data, labels) {
		var radar = chart('radar-chart');
		var select = document.getElementById('radar-committee');
		if (radar) {
			var maximum = 100;
			data.committees.forEach(function (c) {
				c.rates.forEach(function (r) { if (r !== null && r > maximum) { maximum = Math.ceil(r / 10) * 10; } });
			});
			var draw = function () {
				var committee = data.committees.filter(function (c) { return c.code === select.value; })[0]
					|| data.committees[0];
				if (!committee) {
					return;
				}
				radar.setOption(Object.assign({}, still, {
					color: [palette[0], palette[1]],
					tooltip: { trigger: 'item' },
					legend: { bottom: 0, data: [committee.name, labels.cityMean] },
					radar: {
						radius: '62%',
						axisName: { color: '#3b4149', fontSize: 13 },
						indicator: data.rates.map(function (rate) { return { name: rate.label, max: maximum }; }),
						splitArea: { areaStyle: { color: ['#fbfaf8', '#f3f1ed'] } }
					},
					series: [{
						type: 'radar',
						data: [
							{ name: committee.name, value: committee.rates.map(function (r) { return r === null ? 0 : r; }),
								areaStyle: { opacity: 0.18 } },
							{ name: labels.cityMean, value: data.cityMean.map(function (r) { return r === null ? 0 : r; }),
								lineStyle: { type: 'dashed' } }
						]
					}]
				}), true);
			};
			select.addEventListener('change', draw);
			draw();
		}
		var bars = chart('score-chart');
		if (bars) {
			var drawBars = function () {
				var shown = scoreBars(data, select ? select.value : null);
				var ordered = shown.slice().reverse();
				if (data.total > data.top) {
					// one bar a line, readable: the chart grows with the bars it shows
					bars.getDom().style.height = Math.max(360, 20 * ordered.length + 40) + 'px';
					bars.resize();
				}
				bars.setOption(Object.assign({}, still, {
					tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
					grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
					xAxis: { type: 'value', name: labels.score, min: 0, max: 100 },
					yAxis: { type: 'category', axisLabel: { interval: 0 },
						data: ordered.map(function (c) { return c.label; }) },
					series: [{
						type: 'bar', barMaxWidth: 22, itemStyle: { color: palette[1], borderRadius: [0, 3, 3, 0] },
						label: { show: true, position: 'right',
							formatter: function (p) { return (p.value === null || p.value === undefined) ? '' : p.value.toFixed(2); } },
						data: ordered.map(function (c) {
							return c.gap ? { value: null } : { value: c.score,
								itemStyle: c.chosen ? { color: palette[0] } : undefined };
						})
					}]
				}), true);
			};
			if (select) {
				select.addEventListener('change', drawBars);
			}
			drawBars();
		}
	}

	/*
	 * The bars of the scores, first first: every committee of a ranking of up to data.top;
	 * of a longer one the first data.top and the chosen committee with data.neighbours on
	 * either side, a gap between where rows are left out. Labels carry the rank when rows are
	 * left out, so that a bar's place in the whole ranking reads.
	 */
	function scoreBars(data, code) {
		if (data.total <= data.top) {
			return data.committees.map(function (c) { return { label: c.name, score: c.score }; });
		}
		var chosen = data.committees.filter(function (c) { return c.code === code; })[0];
		var shown = data.committees.filter(function (c) {
			return c.position < data.top
				|| (chosen && Math.abs(c.position - chosen.position) <= data.neighbours);
		});
		// each gap a category of its own: a category axis merges equal names
		var bars = [];
		var gap = function () { bars.push({ label: '⋯' + new Array(bars.length + 1).join('\u200b'), gap: true }); };
		shown.forEach(function (c, i) {
			if (i > 0 && c.position > shown[i - 1].position + 1) {
				gap();
			}
			bars.push({ label: c.rank + '. ' + c.name, score: c.score, chosen: chosen && c.code === chosen.code });
		});
		if (shown.length && shown[shown.length - 1].position < data.total - 1) {
			gap();
		}
		return bars;
	}

	/* A waterfall: each rate's contribution stacked on the ones before it, then the total. */
	function contributionChart(data, labels) {
		var waterfall = chart('contribution-chart');
		if (!waterfall) {
			return;
		}
		var base = [], running = 0;
		data.contributions.forEach(function (value) { base.push(running); running += value; });
		base.push(0);
		var values = data.contributions.concat([data.score]);
		waterfall.setOption(Object.assign({}, still, {
			tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
				formatter: function (items) {
					var item = items.filter(function (i) { return i.seriesIndex === 1; })[0];
					return item.name + '：' + item.value.toFixed(2);
				} },
			grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
			// long labels (English) slant rather than run into each other
			xAxis: { type: 'category', data: data.labels.concat([labels.total]),
				axisLabel: { interval: 0, rotate: data.labels.some(function (l) { return l.length > 6; }) ? 30 : 0 } },
			yAxis: { type: 'value', min: 0 },
			series: [
				{ type: 'bar', stack: 'score', silent: true, itemStyle: { color: 'transparent' }, data: base },
				{ type: 'bar', stack: 'score', barMaxWidth: 36,
					label: { show: true, position: 'top', formatter: function (p) { return p.value.toFixed(2); } },
					data: values.map(function (value, i) {
						return { value: value, itemStyle: { color: i === values.length - 1 ? palette[0] : palette[1] } };
					}) }
			]
		}));
	}

	/*
	 * The committee across the years: score and rank in one chart (rank on an inverted axis,
	 * first at the top), each rate in percent in another.
	 */
	function trendCharts(trend, labels) {
		if (!trend || !trend.years || trend.years.length === 0) {
			return;
		}
		var lines = chart('trend-chart');
		if (lines) {
			// whole ranks from 1 down to the most committees of any year, at most ten ticks
			var most = Math.max(2, Math.max.apply(null, trend.committees));
			var step = (most <= 10) ? 1 : Math.ceil((most - 1) / 9);
			var last = 1 + step * Math.ceil((most - 1) / step);
			lines.setOption(Object.assign({}, still, {
				color: [palette[1], palette[0]],
				tooltip: { trigger: 'axis',
					formatter: function (items) {
						return items.map(function (item) {
							var value = item.seriesIndex === 0 ? item.value.toFixed(2)
								: item.value + ' / ' + trend.committees[item.dataIndex];
							return item.marker + item.seriesName + '：' + value;
						}).join('<br>');
					} },
				legend: { bottom: 0, data: [labels.score, labels.rank] },
				grid: { left: 8, right: 8, top: 28, bottom: 32, containLabel: true },
				xAxis: { type: 'category', data: trend.years, boundaryGap: trend.years.length === 1 },
				yAxis: [
					{ type: 'value', name: labels.score, min: 0, max: 100 },
					{ type: 'value', name: labels.rank, nameLocation: 'start', inverse: true, min: 1, max: last,
						interval: step, splitLine: { show: false } }
				],
				series: [
					{ name: labels.score, type: 'line', symbolSize: 8, data: trend.scores,
						label: { show: true, position: 'top', formatter: function (p) { return p.value.toFixed(2); } } },
					{ name: labels.rank, type: 'line', yAxisIndex: 1, symbolSize: 8, lineStyle: { type: 'dashed' },
						data: trend.ranks, label: { show: true, position: 'bottom' } }
				]
			}));
		}
		var rates = chart('rate-trend-chart');
		if (rates) {
			rates.setOption(Object.assign({}, still, {
				color: palette,
				tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '—' : v.toFixed(2) + '%'; } },
				legend: { bottom: 0 },
				grid: { left: 8, right: 16, top: 16, bottom: 56, containLabel: true },
				xAxis: { type: 'category', data: trend.years, boundaryGap: trend.years.length === 1 },
				yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
				series: trend.rates.map(function (rate) {
					return { name: rate.label, type: 'line', symbolSize: 6, connectNulls: false, data: rate.values };
				})
			}));
		}
	}

	function resizeAll() {
		charts.forEach(function (c) { c.resize(); });
	}

	document.addEventListener('DOMContentLoaded', function () {
		Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), sortable);
		Array.prototype.forEach.call(document.querySelectorAll('select[data-autosubmit]'), function (select) {
			select.addEventListener('change', function () { select.form.submit(); });
		});
		Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
			button.addEventListener('click', function () { window.print(); });
		});
		// a committee found opens on its row even from a link without the row's anchor
		var found = document.querySelector('#ranking-table tr.found');
		if (found && !window.location.hash) {
			found.scrollIntoView({ block: 'center' });
		}
	});
	// the print style gives the charts a size of their own: draw them again at it, and back
	// at the screen's afterwards, so that nothing is cut off on paper
	window.addEventListener('resize', resizeAll);
	window.addEventListener('beforeprint', resizeAll);
	window.addEventListener('afterprint', resizeAll);
	if (window.matchMedia) {
		var print = window.matchMedia('print');
		if (print.addEventListener) {
			print.addEventListener('change', resizeAll);
		}
		else if (print.addListener) {
			print.addListener(resizeAll);
		}
	}

	window.SixRates = { rankingCharts: rankingCharts, contributionChart: contributionChart, trendCharts: trendCharts };

	// The page carries its chart data in attributes rather than an inline script, which the
	// Content-Security-Policy (script-src 'self') would refuse to run.
	var source = document.getElementById('chart-data');
	if (source) {
		var data = JSON.parse(source.getAttribute('data-chart') || '{}');
		if (source.getAttribute('data-chart-kind') === 'ranking') {
			rankingCharts(data, { cityMean: source.getAttribute('data-city-mean'), score: source.getAttribute('data-score') });
		}
		else {
			contributionChart(data, { total: source.getAttribute('data-total') });
			trendCharts(data.trend, { score: source.getAttribute('data-score'), rank: source.getAttribute('data-rank') });
		}
	}
}());
