// Guanxi CRM page behaviour. No inline scripts (the Content-Security-Policy forbids them): pages
// mark elements with data-gx-* attributes and this file wires them up.
(function () {
  'use strict';

  // htmx sends the CSRF token with every request it makes.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  if (window.htmx) {
    window.htmx.config.allowEval = false;
    window.htmx.config.includeIndicatorStyles = false;
  }

  // The search suggestions close on Escape and on a click elsewhere.
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      var box = document.getElementById('gx-search-suggestions');
      if (box) { box.innerHTML = ''; }
    }
  });
  document.addEventListener('click', function (event) {
    var box = document.getElementById('gx-search-suggestions');
    if (box && !event.target.closest('.gx-search')) { box.innerHTML = ''; }
  });

  // Lists with checkboxes: "select all" and the bulk action bar.
  function wireBulkSelection(root) {
    root.querySelectorAll('[data-gx-bulk]').forEach(function (table) {
      if (table.dataset.gxWired) { return; }
      table.dataset.gxWired = '1';
      var bar = document.getElementById(table.dataset.gxBulk);
      var count = bar ? bar.querySelector('[data-gx-bulk-count]') : null;
      function refresh() {
        var checked = table.querySelectorAll('input[name="ids"]:checked').length;
        if (bar) { bar.classList.toggle('show', checked > 0); }
        if (count) { count.textContent = checked; }
      }
      table.addEventListener('change', function (event) {
        if (event.target.matches('[data-gx-select-all]')) {
          table.querySelectorAll('input[name="ids"]').forEach(function (box) { box.checked = event.target.checked; });
        }
        refresh();
      });
      refresh();
    });
  }

  // Confirm dangerous actions: <form data-gx-confirm="message">.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.gxConfirm && !window.confirm(form.dataset.gxConfirm)) {
      event.preventDefault();
    }
  }, true);

  function wireAll(root) {
    wireBulkSelection(root);
    if (window.GuanxiCharts) { window.GuanxiCharts.wire(root); }
  }
  document.addEventListener('DOMContentLoaded', function () { wireAll(document); });
  document.addEventListener('htmx:afterSettle', function (event) { wireAll(event.target); });
})();
