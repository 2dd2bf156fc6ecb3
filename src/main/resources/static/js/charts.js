// Charts drawn from the table next to them (the table is the accessible version of the chart):
// <div data-gx-funnel="#table-id"> reads rows with data-name / data-count / data-open.
(function () {
  'use strict';
  function funnel(element) {
    var table = document.querySelector(element.dataset.gxFunnel);
    if (!table || element.dataset.gxDrawn) { return; }
    var data = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      if (row.dataset.open === 'true') { data.push({ name: row.dataset.name, value: Number(row.dataset.count) }); }
    });
    var chart = window.echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      // dark enough everywhere for white labels; a wide minimum so an empty stage still shows its name
      color: ['#1f3f99', '#2548a8', '#2b52b8', '#2f5bd3', '#3a66d8', '#4571dc', '#507ce0', '#5b86e3', '#6690e6', '#719ae9'],
      series: [{ type: 'funnel', sort: 'none', left: '5%', width: '90%', top: 10, bottom: 10, minSize: '45%', gap: 2,
                 label: { show: true, position: 'inside', formatter: '{b}  {c}', color: '#fff', fontSize: 12, overflow: 'truncate' },
                 data: data }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.gxDrawn = '1';
  }
  function wire(root) {
    if (!window.echarts) { return; }
    root.querySelectorAll('[data-gx-funnel]').forEach(funnel);
  }
  window.GuanxiCharts = { wire: wire };
  document.addEventListener('DOMContentLoaded', function () { wire(document); });
})();
