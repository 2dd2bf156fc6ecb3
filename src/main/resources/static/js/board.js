// The pipeline board: drag a deal to another stage (SortableJS, mouse and touch), or use the
// "move to" select on the card (keyboard, screen readers). Dropping on won or lost asks for the
// reason first. The server answers every move with the redrawn board, totals included.
(function () {
  'use strict';

  function boardValues() {
    var values = { view: 'board' };
    document.querySelectorAll('.gx-board-filter').forEach(function (input) { values[input.name] = input.value; });
    return values;
  }

  function reloadBoard() {
    var board = document.getElementById('gx-board');
    if (board) {
      window.htmx.ajax('GET', board.dataset.gxBoardUrl + '?' + new URLSearchParams(boardValues()).toString(),
        { target: '#gx-board', swap: 'outerHTML' });
    }
  }

  function askReason(card, outcome) {
    var modalElement = document.getElementById('gx-close-modal');
    var form = document.getElementById('gx-close-form');
    var label = document.getElementById('gx-close-label');
    var reason = document.getElementById('gx-close-reason');
    form.setAttribute('hx-post', '/opportunities/' + card.dataset.id + '/close');
    form.setAttribute('action', '/opportunities/' + card.dataset.id + '/close');
    window.htmx.process(form);
    document.getElementById('gx-close-status').value = outcome;
    document.getElementById('gx-close-version').value = card.dataset.version;
    label.textContent = label.dataset[outcome];
    reason.name = outcome === 'lost' ? 'lossReason' : 'winReason';
    reason.required = outcome === 'lost';
    reason.value = '';
    var modal = window.bootstrap.Modal.getOrCreateInstance(modalElement);
    var submitted = false;
    form.onsubmit = function () { submitted = true; };
    modalElement.addEventListener('hidden.bs.modal', function onHidden() {
      modalElement.removeEventListener('hidden.bs.modal', onHidden);
      if (!submitted) { reloadBoard(); }
    });
    modal.show();
    setTimeout(function () { reason.focus(); }, 300);
  }

  function wire(root) {
    if (!window.Sortable) { return; }
    root.querySelectorAll('#gx-board .gx-cards').forEach(function (list) {
      if (list.dataset.gxSortable) { return; }
      list.dataset.gxSortable = '1';
      window.Sortable.create(list, {
        group: 'board', animation: 150, forceFallback: true, fallbackTolerance: 4, draggable: '.gx-deal', filter: 'select, option, a', preventOnFilter: false,
        onAdd: function (event) {
          var card = event.item;
          var target = event.to;
          if (target.dataset.close) {
            askReason(card, target.dataset.close);
            return;
          }
          var values = boardValues();
          values.stage = target.dataset.stage;
          values.version = card.dataset.version;
          window.htmx.ajax('POST', '/opportunities/' + card.dataset.id + '/stage',
            { target: '#gx-board', swap: 'outerHTML', values: values });
        }
      });
    });
    var form = document.getElementById('gx-close-form');
    if (form && !form.dataset.gxWired) {
      form.dataset.gxWired = '1';
      form.addEventListener('htmx:afterRequest', function () {
        window.bootstrap.Modal.getOrCreateInstance(document.getElementById('gx-close-modal')).hide();
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () { wire(document); });
  document.addEventListener('htmx:afterSettle', function () { wire(document); });
})();
