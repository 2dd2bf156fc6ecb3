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
      color: ['#2f5bd3', '#3d6ad9', '#4c79df', '#5b88e5', '#6a97eb', '#79a6f1', '#88b5f7', '#97c4fd', '#a6d3ff', '#b5e2ff'],
      series: [{ type: 'funnel', sort: 'none', left: '5%', width: '90%', top: 10, bottom: 10, minSize: '12%', gap: 2,
                 label: { show: true, position: 'inside', formatter: '{b}  {c}', color: '#fff', fontSize: 12 },
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
