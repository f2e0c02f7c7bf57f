// The charts of the trust analyses: the sensitivity indices on the ranking page, the
// correlation heat maps on the statistics page. Data come in data-chart attributes.
(function () {
	'use strict';

	var textStyle = { fontFamily: '"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif' };
	var charts = [];

	function data(id) {
		var element = document.getElementById(id);
		return element ? JSON.parse(element.getAttribute('data-chart')) : null;
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

	function sensitivity() {
		var d = data('sensitivity-data');
		var instance = d && chart('sensitivity-chart');
		if (!instance) {
			return;
		}
		instance.setOption({
			animation: false, textStyle: textStyle,
			color: ['#b71c1c', '#e0a800'],
			tooltip: { trigger: 'axis' },
			legend: { data: [d.firstLabel, d.totalLabel] },
			grid: { left: 48, right: 16, bottom: 48, top: 40 },
			xAxis: { type: 'category', data: d.inputs, axisLabel: { interval: 0, rotate: d.inputs.length > 6 ? 30 : 0 } },
			yAxis: { type: 'value', min: 0, max: 1 },
			series: [
				{ name: d.firstLabel, type: 'bar', data: d.first },
				{ name: d.totalLabel, type: 'bar', data: d.total }
			]
		});
	}

	function heatmap(id, labels, matrix) {
		var instance = chart(id);
		if (!instance) {
			return;
		}
		var cells = [];
		matrix.forEach(function (row, i) {
			row.forEach(function (value, j) { cells.push([j, i, value === null ? '-' : value]); });
		});
		instance.setOption({
			animation: false, textStyle: textStyle,
			tooltip: { formatter: function (p) { return labels[p.value[1]] + ' · ' + labels[p.value[0]] + ': ' + p.value[2]; } },
			grid: { left: 90, right: 16, bottom: 80, top: 16 },
			xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 30 } },
			yAxis: { type: 'category', data: labels, inverse: true },
			visualMap: { min: -1, max: 1, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
				itemHeight: 120, inRange: { color: ['#1565c0', '#f5f5f5', '#b71c1c'] } },
			series: [{ type: 'heatmap', data: cells, label: { show: true } }]
		});
	}

	function statistics() {
		var d = data('heatmap-data');
		if (d) {
			heatmap('pearson-chart', d.labels, d.pearson);
			heatmap('spearman-chart', d.labels, d.spearman);
		}
	}

	function start() {
		sensitivity();
		statistics();
		window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
		window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
