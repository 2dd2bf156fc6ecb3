// The relationship network (人际关系网络) of an account page, drawn with ECharts as a force graph.
// Labels come from the server as plain text; ECharts draws them on a canvas and escapes tooltips.
(function () {
  'use strict';
  var COLORS = {
    focus: '#b4232c', group: '#d9822b', partner: '#2f5bd3', competitor: '#6b7280',
    referral: '#7c3aed', contact: '#10b981', key_contact: '#047857', account: '#94a3b8'
  };

  function escapeHtml(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function draw(element, graph) {
    var categoryNames = Object.keys(graph.categories);
    var chart = window.echarts.init(element);
    chart.setOption({
      tooltip: {
        formatter: function (params) {
          if (params.dataType === 'edge') {
            var label = graph.linkTypes[params.data.type] || params.data.type;
            return escapeHtml(label) + (params.data.label ? '<br>' + escapeHtml(params.data.label) : '');
          }
          return '<strong>' + escapeHtml(params.data.name) + '</strong>' +
            (params.data.detail ? '<br>' + escapeHtml(params.data.detail) : '');
        }
      },
      legend: [{ data: categoryNames.map(function (c) { return graph.categories[c]; }), bottom: 0, type: 'scroll' }],
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, top: 20, bottom: 60, left: 20, right: 20,
        force: { repulsion: 420, edgeLength: [80, 190], gravity: 0.06, friction: 0.2 },
        label: { show: true, position: 'right', fontSize: 12 },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
        lineStyle: { color: 'source', curveness: 0.15, opacity: 0.7 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
        categories: categoryNames.map(function (c) {
          return { name: graph.categories[c], itemStyle: { color: COLORS[c] || '#64748b' } };
        }),
        data: graph.nodes.map(function (n) {
          return { id: n.id, name: n.name, detail: n.detail, url: n.url, symbolSize: n.size,
                   category: Math.max(0, categoryNames.indexOf(n.category)) };
        }),
        links: graph.links.map(function (l) {
          return { source: l.source, target: l.target, type: l.type, label: l.label,
                   lineStyle: { type: l.type === 'competitor' ? 'dashed' : 'solid' } };
        })
      }]
    });
    chart.on('dblclick', function (params) {
      if (params.dataType === 'node' && params.data.url) { window.location.href = params.data.url; }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    element.dataset.gxDrawn = '1';
  }

  function load(element) {
    if (element.dataset.gxDrawn || element.dataset.gxLoading) { return; }
    element.dataset.gxLoading = '1';
    fetch(element.dataset.gxNetwork, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (graph) { draw(element, graph); });
  }

  document.addEventListener('shown.bs.tab', function () {
    document.querySelectorAll('[data-gx-network]').forEach(function (element) {
      if (element.offsetWidth > 0) { load(element); }
    });
  });
})();
