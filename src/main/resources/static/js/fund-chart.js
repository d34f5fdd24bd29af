// Money in and out of a fund per period, drawn with ECharts from the data-* attributes of #flows-chart / #report-chart.
(function () {
  document.querySelectorAll('[data-flows]').forEach(function (el) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var flows = JSON.parse(el.getAttribute('data-flows') || '[]');
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: [el.getAttribute('data-in'), el.getAttribute('data-out')] },
      grid: { left: 90, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: flows.map(function (f) { return f.period; }) },
      yAxis: { type: 'value' },
      series: [
        { name: el.getAttribute('data-in'), type: 'bar', data: flows.map(function (f) { return f.moneyIn; }), itemStyle: { color: '#198754' } },
        { name: el.getAttribute('data-out'), type: 'bar', data: flows.map(function (f) { return f.moneyOut; }), itemStyle: { color: '#dc3545' } }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
