// The calendar page: FullCalendar (month, week, day, agenda) fed by /calendar/events for the range on
// screen and the person, team or department chosen. Dragging or resizing an activity posts the new
// time with its version; when the server refuses (someone changed it, or it is done), it snaps back.
// Times are the user's wall clock (their time zone setting, not the computer's): the calendar runs in
// 'UTC' as a neutral clock, the server sends and takes wall-clock times without offset, and "now" is
// shifted by the user's offset.
(function () {
  'use strict';

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function colour(type) {
    if (type === 'call_outbound' || type === 'call_inbound') { return '#1e6b34'; }
    if (type === 'meeting' || type === 'appointment') { return '#b86e00'; }
    if (type === 'milestone' || type === 'event') { return '#b4232c'; }
    return '#2f5bd3';
  }

  // A date of the 'UTC' calendar as the wall-clock time it stands for ("2026-11-25T14:30:00").
  function wallClock(date) {
    return date.toISOString().substring(0, 19);
  }

  function toCalendarEvent(e) {
    var mine = (document.getElementById('gx-calendar').dataset.whose || '').indexOf('ownerId=me') >= 0;
    return {
      id: e.id, title: e.title + (e.ownerName && !mine ? ' · ' + e.ownerName : ''),
      start: e.localStart, end: e.localEnd, allDay: e.allDay, editable: e.editable,
      url: document.getElementById('gx-calendar').dataset.show + '/' + e.id,
      backgroundColor: colour(e.type), borderColor: e.conflict ? '#b4232c' : colour(e.type),
      classNames: (e.conflict ? ['gx-conflict'] : []).concat(e.overdue ? ['gx-overdue'] : []),
      extendedProps: { version: e.version, conflict: e.conflict, location: e.location }
    };
  }

  function start() {
    var element = document.getElementById('gx-calendar');
    if (!element || !window.FullCalendar) { return; }
    var data = element.dataset;
    var phone = window.matchMedia('(max-width: 767px)').matches;
    var calendar = new window.FullCalendar.Calendar(element, {
      locale: data.locale,
      initialView: phone ? 'listWeek' : 'timeGridWeek',
      headerToolbar: phone ? { left: 'prev,next', center: 'title', right: 'today' }
        : { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,timeGridDay,listWeek' },
      footerToolbar: phone ? { center: 'dayGridMonth,timeGridDay,listWeek' } : false,
      height: 'auto',
      nowIndicator: true,
      firstDay: 1,
      slotMinTime: '07:00:00',
      slotMaxTime: '21:00:00',
      navLinks: true,
      selectable: true,
      editable: true,
      timeZone: 'UTC',
      now: function () { return new Date(Date.now() + Number(data.offsetMinutes || 0) * 60000); },
      events: function (info, success, failure) {
        var params = new URLSearchParams(data.whose || '');
        params.set('from', wallClock(info.start));
        params.set('to', wallClock(info.end));
        fetch(data.events + '?' + params.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (response) {
            if (!response.ok) { throw new Error(response.status); }
            return response.json();
          })
          .then(function (events) { success(events.map(toCalendarEvent)); })
          .catch(failure);
      },
      eventDidMount: function (info) {
        var parts = [info.event.title];
        if (info.event.extendedProps.location) { parts.push(info.event.extendedProps.location); }
        if (info.event.extendedProps.conflict) { parts.push(data.conflict); }
        info.el.setAttribute('title', parts.join(' · '));
      },
      select: function (info) {
        var params = new URLSearchParams({ type: 'meeting', plannedStart: info.startStr.substring(0, 16) });
        if (!info.allDay) { params.set('plannedEnd', info.endStr.substring(0, 16)); }
        window.location = data['new'] + '?' + params.toString();
      },
      eventDrop: move,
      eventResize: move
    });

    function move(info) {
      var body = new URLSearchParams({ start: wallClock(info.event.start), version: info.event.extendedProps.version });
      if (info.event.end) { body.set('end', wallClock(info.event.end)); }
      fetch(data.move + '/' + info.event.id + '/move', { method: 'POST', headers: csrfHeaders(), body: body.toString(),
        credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status); }
          return response.json();
        })
        .then(function () { calendar.refetchEvents(); })
        .catch(function () { info.revert(); window.alert(data.refused); });
    }

    calendar.render();
    window.GuanxiCalendar = calendar;
  }

  document.addEventListener('DOMContentLoaded', start);
})();
