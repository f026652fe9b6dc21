/* The action-plan tool in the browser. It turns the long form into a path: an overview of every area
   with its state (a task list), then one area at a time (#area-id in the address), with "Keep your
   answers" after it. It adds and removes action rows, keeps answers on this device when the reader
   chooses to, restores them, loads and downloads a file of answers, downloads the whole plan as a
   workbook, and prints every area. Nothing is sent anywhere: no request is made.
   Limits (guide.actionplan.ActionPlan.LIMITS, given as data-max-*) hold when typing, loading and
   restoring, so a hostile or broken file cannot freeze the page. Texts come from data-text-*. */
(function () {
  'use strict';

  var FORMAT = 'guide-action-plan';
  var VERSION = 1;
  var STORAGE_KEY = 'guide-action-plan';

  var form = document.querySelector('[data-action-plan]');
  if (!form) return;
  // The workbook writer sits beside this script; it is fetched only when the reader asks for a workbook.
  var WORKBOOK_SCRIPT = document.currentScript ? document.currentScript.src.replace(/[^\/]*$/, 'workbook.js') : 'workbook.js';

  var MAX_ROWS = parseInt(form.getAttribute('data-max-rows'), 10);
  var MAX_CHARACTERS = parseInt(form.getAttribute('data-max-characters'), 10);
  var MAX_FILE_BYTES = parseInt(form.getAttribute('data-max-file-bytes'), 10);
  // How an action cell is named, from the build (guide.actionplan.ActionPlan.ROW_FIELD).
  var ROW_FIELD = form.getAttribute('data-row-field');

  var summary = document.querySelector('[data-error-summary]');
  var summaryList = summary.querySelector('[data-error-list]');
  var status = document.querySelector('[data-status]');
  var notice = document.querySelector('[data-notice]');
  var overview = document.querySelector('[data-overview]');
  var downloadsPanel = document.querySelector('[data-downloads]');
  var keeping = false; // true once the reader has chosen to save on this device

  function text(name, values) {
    var t = form.getAttribute('data-text-' + name) || '';
    Object.keys(values || {}).forEach(function (k) { t = t.split('{' + k + '}').join(values[k]); });
    return t;
  }

  /** Tells the reader what happened, in a live region beside the buttons (or at the top, for {@code where}). */
  function say(message, where) {
    var region = where || status;
    // Emptied first so a repeated message is announced again.
    region.textContent = '';
    window.setTimeout(function () { region.textContent = message; }, 50);
  }

  /* ---- Areas and rows ---- */

  var sections = Array.prototype.slice.call(form.querySelectorAll('[data-priority]'));
  var byId = {};
  sections.forEach(function (s) { byId[s.getAttribute('data-priority')] = s; });

  function rows(section) {
    return Array.prototype.slice.call(section.querySelectorAll('[data-action]'));
  }

  /** Gives the n-th row of an area its number in legend, button, ids, names and labels. */
  function number(section, row, n) {
    var id = section.getAttribute('data-priority');
    row.querySelector('[data-action-legend]').textContent = text('row', { n: n });
    row.querySelector('[data-remove-action]').textContent = text('remove-row', { n: n });
    row.querySelectorAll('[data-column]').forEach(function (field) {
      var name = cellName(id, n, field.getAttribute('data-column'));
      if (field.name === name) return;
      var group = field.closest('[data-group]');
      var hint = group.querySelector('.ap-hint');
      field.id = name;
      field.name = name;
      group.querySelector('label').htmlFor = name;
      if (hint) hint.id = name + '-hint';
      clearError(field);
      describedBy(field);
    });
  }

  function renumber(section) {
    var all = rows(section);
    all.forEach(function (row, i) {
      number(section, row, i + 1);
      row.querySelector('[data-remove-action]').hidden = all.length < 2;
    });
    var full = all.length >= MAX_ROWS;
    section.querySelector('[data-add-action]').hidden = full;
    var limit = section.querySelector('[data-rows-limit]');
    limit.hidden = !full;
    limit.textContent = full ? text('limit-rows', { n: MAX_ROWS }) : '';
  }

  function blankRow(section) {
    var all = rows(section);
    var copy = all[all.length - 1].cloneNode(true);
    copy.querySelectorAll('input, textarea').forEach(function (f) { f.value = ''; f.removeAttribute('data-limited'); });
    copy.querySelectorAll('[data-limit-message]').forEach(function (m) { m.parentNode.removeChild(m); });
    return copy;
  }

  function addRow(section) {
    if (rows(section).length >= MAX_ROWS) return null;
    var copy = blankRow(section);
    section.querySelector('[data-actions]').appendChild(copy);
    renumber(section);
    return copy;
  }

  function removeRow(section, row) {
    var all = rows(section);
    if (all.length < 2) return;
    var index = all.indexOf(row);
    row.parentNode.removeChild(row);
    renumber(section);
    var left = rows(section);
    left[Math.min(index, left.length - 1)].querySelector('input, textarea').focus();
    changed(section);
  }

  /** Makes an area have exactly {@code count} rows (one at least, MAX_ROWS at most), numbering them once. */
  function setRows(section, count) {
    count = Math.min(MAX_ROWS, Math.max(1, count));
    var all = rows(section);
    if (all.length < count) {
      var more = document.createDocumentFragment();
      for (var n = all.length; n < count; n++) more.appendChild(blankRow(section));
      section.querySelector('[data-actions]').appendChild(more);
    }
    for (var i = all.length - 1; i >= count; i--) all[i].parentNode.removeChild(all[i]);
    renumber(section);
  }

  /* ---- Answers ---- */

  function fields(within) {
    return Array.prototype.slice.call((within || form).querySelectorAll('input[name], textarea[name]'));
  }

  /** Every answer by field name; empty answers are left out. */
  function answers() {
    var out = {};
    fields().forEach(function (f) { if (f.value !== '') out[f.name] = f.value; });
    return out;
  }

  function cellName(area, n, column) {
    return ROW_FIELD.split('{area}').join(area).split('{n}').join(String(n)).split('{column}').join(column);
  }

  /** Finds an action cell's area and row in a field name: {area, n}, or null for any other field. */
  var ROW = (function () {
    var order = [];
    var source = ROW_FIELD.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(area|n|column)\\\}/g, function (all, part) {
      order.push(part);
      return part === 'n' ? '(\\d+)' : '([a-z0-9-]+)';
    });
    var pattern = new RegExp('^' + source + '$');
    return {
      exec: function (name) {
        var m = pattern.exec(name);
        if (!m) return null;
        var out = {};
        order.forEach(function (part, i) { out[part] = m[i + 1]; });
        return out;
      }
    };
  })();
  var NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

  function put(values) {
    var most = {};
    Object.keys(values).forEach(function (name) {
      var m = ROW.exec(name);
      if (m) most[m.area] = Math.max(most[m.area] || 0, parseInt(m.n, 10));
    });
    sections.forEach(function (section) {
      setRows(section, Math.max(most[section.getAttribute('data-priority')] || 0, defaultRows));
    });
    fields().forEach(function (f) {
      f.value = Object.prototype.hasOwnProperty.call(values, f.name) ? values[f.name] : '';
      clearError(f);
      limitMessage(f);
    });
    sections.forEach(showState);
  }

  function saveFile() {
    return { format: FORMAT, version: VERSION, answers: answers() };
  }

  /**
   * The answers in a saved file: {answers: ...}, or {error: name of the message, n: its number} when it
   * is not one this tool wrote or goes beyond the limits. Checks everything before anything is changed.
   */
  function read(json) {
    var refused = { error: 'load-error' };
    if (json.length > MAX_FILE_BYTES) return { error: 'load-too-big', n: MAX_FILE_BYTES / 1048576 };
    var data;
    try { data = JSON.parse(json); } catch (e) { return refused; }
    if (!data || typeof data !== 'object' || data.format !== FORMAT || data.version !== VERSION) return refused;
    var a = data.answers;
    if (!a || typeof a !== 'object' || Array.isArray(a)) return refused;
    var out = {};
    var names = Object.keys(a);
    for (var i = 0; i < names.length; i++) {
      var name = names[i];
      var value = a[name];
      if (typeof value !== 'string' || name.length > 200 || !NAME.test(name)) return refused;
      if (value.length > MAX_CHARACTERS) return { error: 'load-too-long', n: MAX_CHARACTERS };
      var row = ROW.exec(name);
      if (row && (row.n.length > 4 || parseInt(row.n, 10) > MAX_ROWS || parseInt(row.n, 10) < 1)) {
        return { error: 'load-too-many-rows', n: MAX_ROWS };
      }
      out[name] = value;
    }
    return { answers: out };
  }

  /* ---- Each area's state, on the overview ---- */

  function state(section) {
    var any = false;
    fields(section).forEach(function (f) { if (!any && /\S/.test(f.value)) any = true; });
    if (!any) return 'not-started';
    var completed = section.querySelector('[data-completed]');
    return realDate(completed.value) ? 'done' : 'in-progress';
  }

  function showState(section) {
    var s = state(section);
    var place = overview.querySelector('[data-status-of="' + section.getAttribute('data-priority') + '"]');
    if (place.getAttribute('data-state') === s) return;
    place.setAttribute('data-state', s);
    place.textContent = '';
    var tag = document.createElement('strong');
    tag.className = 'ap-tag ap-tag--' + s;
    tag.textContent = text('status-' + s);
    place.appendChild(tag);
  }

  /* ---- One area at a time ---- */

  var open = null; // the area on show, or null for the overview
  var routed = false;

  /** Shows the area that holds the element the address points at, or the overview. */
  function route(moveFocus) {
    var id = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    var target = id ? document.getElementById(id) : null;
    // A place outside the areas and the overview (the keep panel) leaves the open area as it is.
    if (target && !form.contains(target) && !overview.contains(target)) return;
    var section = target ? target.closest('[data-priority]') : null;
    if (section === open && moveFocus !== 'always' && routed) return;
    routed = true;
    var left = open;
    show(section);
    if (!moveFocus) return;
    if (section && target === section) {
      section.querySelector('.ap-priority__title').focus();
    } else if (!section && left && (!target || target === overview)) {
      overview.querySelector('[data-area-link="' + left.getAttribute('data-priority') + '"]').focus();
    }
  }

  function show(section) {
    open = section;
    sections.forEach(function (s) { s.classList.toggle('ap-away', s !== section); });
    overview.classList.toggle('ap-away', !!section);
    downloadsPanel.classList.toggle('ap-away', !!section);
  }

  /* ---- Saving on this device ---- */

  function storage() {
    try {
      return window.localStorage || null;
    } catch (e) {
      return null; // some private modes refuse even to hand it over
    }
  }

  var failed = false; // told the reader once; said again only after a save has worked

  /** Writes the answers to the device; tells the reader, and leaves the page as it is, when it cannot. */
  function store() {
    var s = storage();
    try {
      if (!s) throw new Error('no storage');
      s.setItem(STORAGE_KEY, JSON.stringify(saveFile()));
      failed = false;
      return true;
    } catch (e) {
      if (!failed) say(text(s ? 'save-failed' : 'storage-unavailable'), notice);
      failed = true;
      return false;
    }
  }

  var pending = null;

  /** After a change: the area's state, and the answers kept on the device if the reader chose that. */
  function changed(section) {
    if (section) showState(section);
    if (!keeping) return;
    // Not on every key stroke: a full plan is a lot to write. Written at once when the page is left.
    window.clearTimeout(pending);
    pending = window.setTimeout(flush, 300);
  }

  function flush() {
    window.clearTimeout(pending);
    pending = null;
    if (keeping) store();
  }

  /* ---- Dates, limits and the error summary ---- */

  function realDate(value) {
    var m = /^\s*(\d{1,2})\s*[\/.\- ]\s*(\d{1,2})\s*[\/.\- ]\s*(\d{4})\s*$/.exec(value);
    if (!m) return false;
    var d = parseInt(m[1], 10), mo = parseInt(m[2], 10), y = parseInt(m[3], 10);
    var date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  }

  /** What the summary calls a field: its label, its row and its area. */
  function fieldName(field) {
    var label = field.closest('[data-group]').querySelector('label').textContent.trim();
    var row = field.closest('[data-action]');
    var section = field.closest('[data-priority]');
    var where = [];
    if (row) where.push(row.querySelector('[data-action-legend]').textContent.trim());
    if (section) where.push(section.querySelector('h2').textContent.trim());
    return where.length ? label + ' (' + where.join(', ') + ')' : label;
  }

  function describedBy(field) {
    var group = field.closest('[data-group]');
    var ids = [];
    var hint = group.querySelector('.ap-hint');
    if (hint) ids.push(hint.id);
    var error = group.querySelector('.ap-error-message');
    if (error) ids.push(error.id);
    var limit = group.querySelector('[data-limit-message]');
    if (limit) ids.push(limit.id);
    if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
    else field.removeAttribute('aria-describedby');
  }

  function clearError(field) {
    if (!field.hasAttribute('aria-invalid')) return; // cheap when there is nothing to clear: put() calls it on every field
    var group = field.closest('[data-group]');
    var message = group.querySelector('.ap-error-message');
    if (message) message.parentNode.removeChild(message);
    group.classList.remove('ap-group--error');
    field.classList.remove('ap-input--error');
    field.removeAttribute('aria-invalid');
    describedBy(field);
  }

  function showError(field, message) {
    clearError(field);
    var group = field.closest('[data-group]');
    var p = document.createElement('p');
    p.className = 'ap-error-message';
    p.id = field.id + '-error';
    var prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = text('error-prefix') + ' ';
    p.appendChild(prefix);
    p.appendChild(document.createTextNode(message));
    field.parentNode.insertBefore(p, field);
    group.classList.add('ap-group--error');
    field.classList.add('ap-input--error');
    field.setAttribute('aria-invalid', 'true');
    describedBy(field);
    return p;
  }

  /** Says so beside a field that has reached the longest answer the tool keeps (maxlength stops the typing). */
  function limitMessage(field) {
    var group = field.closest('[data-group]');
    var full = field.value.length >= MAX_CHARACTERS;
    if (!full && !field.hasAttribute('data-limited')) return;
    var message = group.querySelector('[data-limit-message]');
    if (full && !message) {
      field.setAttribute('data-limited', '');
      message = document.createElement('p');
      message.className = 'ap-hint ap-limit';
      message.id = field.id + '-limit';
      message.setAttribute('data-limit-message', '');
      message.setAttribute('role', 'status');
      message.textContent = text('limit-characters', { n: MAX_CHARACTERS });
      field.parentNode.insertBefore(message, field.nextSibling);
      describedBy(field);
    } else if (!full && message) {
      field.removeAttribute('data-limited');
      message.parentNode.removeChild(message);
      describedBy(field);
    }
  }

  /** Shows the error summary with a link to each field, and moves focus to it. */
  function showSummary(errors) {
    summaryList.textContent = '';
    if (errors.length === 0) {
      summary.hidden = true;
      return;
    }
    errors.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + e.field.id;
      a.textContent = e.message;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        var section = e.field.closest('[data-priority]');
        if (section && section !== open) show(section);
        e.field.focus();
        e.field.scrollIntoView({ block: 'center' });
      });
      li.appendChild(a);
      summaryList.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
  }

  /** Checks every date of every area; shows the error summary when one is not a real date. */
  function valid() {
    var errors = [];
    form.querySelectorAll('[data-date]').forEach(function (field) {
      clearError(field);
      if (field.value.trim() !== '' && !realDate(field.value)) {
        var message = text('error-date', { field: fieldName(field) });
        showError(field, message);
        errors.push({ field: field, message: message });
      }
    });
    showSummary(errors);
    return errors.length === 0;
  }

  /* ---- Downloads ---- */

  function download(name, type, bytes) {
    var url = URL.createObjectURL(new Blob([bytes], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  /* ---- Loading a file ---- */

  var load = document.querySelector('[data-load]');
  var loadGroup = load.closest('[data-group]');
  var confirmBox = document.querySelector('[data-confirm]');
  var waiting = null; // the answers of a file waiting for the reader to say they replace the page's

  function loadError(message) {
    var p = showError(load, message);
    p.setAttribute('data-load-error', '');
    showSummary([{ field: load, message: message }]);
  }

  function loaded(values) {
    waiting = null;
    confirmBox.hidden = true;
    put(values);
    changed();
    say(text('load-done'));
    measure('action-plan:load', 'action-plan:load-start');
  }

  function measure(name, start) {
    try { performance.measure(name, start); } catch (e) { /* no such mark: the reader was asked first */ }
  }

  load.addEventListener('change', function () {
    var file = load.files && load.files[0];
    if (!file) return;
    clearError(load);
    summary.hidden = true;
    confirmBox.hidden = true;
    waiting = null;
    if (file.size > MAX_FILE_BYTES) {
      loadError(text('load-too-big', { n: MAX_FILE_BYTES / 1048576 }));
      load.value = '';
      return;
    }
    // User Timing marks, so how long a load takes can be measured (the tests print it).
    performance.mark('action-plan:load-start');
    var reader = new FileReader();
    reader.onload = function () {
      load.value = '';
      var result = read(String(reader.result));
      if (result.error) {
        loadError(text(result.error, { n: result.n }));
        return;
      }
      if (Object.keys(answers()).length === 0) {
        loaded(result.answers);
        return;
      }
      // The page has answers: the reader says whether the file replaces them.
      waiting = result.answers;
      confirmBox.querySelector('[data-confirm-text]').textContent =
        text(Object.keys(waiting).length ? 'load-confirm' : 'load-confirm-empty');
      confirmBox.hidden = false;
      confirmBox.focus();
    };
    reader.readAsText(file);
  });

  document.querySelector('[data-confirm-replace]').addEventListener('click', function () {
    if (waiting) loaded(waiting);
    load.focus();
  });

  document.querySelector('[data-confirm-keep]').addEventListener('click', function () {
    waiting = null;
    confirmBox.hidden = true;
    say(text('load-kept'));
    load.focus();
  });

  /* ---- Wiring ---- */

  var defaultRows = sections.length ? rows(sections[0]).length : 1;

  sections.forEach(function (section) {
    renumber(section);
    section.querySelector('[data-add-action]').addEventListener('click', function () {
      var row = addRow(section);
      if (row) row.querySelector('input, textarea').focus();
      changed(section);
    });
    section.querySelector('[data-actions]').addEventListener('click', function (event) {
      var button = event.target.closest('[data-remove-action]');
      if (button) removeRow(section, button.closest('[data-action]'));
    });
  });

  document.querySelectorAll('[data-needs-script]').forEach(function (e) { e.hidden = false; });
  document.querySelectorAll('[data-no-script]').forEach(function (e) { e.hidden = true; });

  form.addEventListener('input', function (event) {
    if (event.target.name) limitMessage(event.target);
    changed(event.target.closest('[data-priority]'));
  });
  window.addEventListener('pagehide', function () { if (pending) flush(); });

  document.querySelector('[data-save]').addEventListener('click', function () {
    if (!valid()) return;
    if (store()) {
      keeping = true;
      say(text('saved'));
    }
  });

  document.querySelector('[data-delete]').addEventListener('click', function () {
    window.clearTimeout(pending);
    pending = null;
    var s = storage();
    try { if (s) s.removeItem(STORAGE_KEY); } catch (e) { /* nothing was kept */ }
    keeping = false;
    put({});
    summary.hidden = true;
    say(text('deleted'));
  });

  document.querySelector('[data-download-save]').addEventListener('click', function () {
    if (!valid()) return;
    download('action-plan-answers.json', 'application/json', JSON.stringify(saveFile(), null, 2));
  });

  /** Adds a script to the page and runs {@code then} once it has loaded (a copy of the page saved without it says so). */
  function addScript(src, then) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = then;
    script.onerror = function () { script.remove(); say(text('workbook-unavailable')); };
    document.body.appendChild(script);
  }

  /**
   * Runs {@code then} once the workbook writer and the workbook's layout are loaded (the first time a
   * reader asks for a workbook, by adding their scripts: most readers never need them).
   */
  function withWorkbook(then) {
    if (window.ActionPlanWorkbook && window.ActionPlanWorkbookLayout) { then(); return; }
    addScript(form.getAttribute('data-layout-src'), function () { addScript(WORKBOOK_SCRIPT, then); });
  }

  document.querySelector('[data-download-xlsx]').addEventListener('click', function () {
    if (!valid()) return;
    var values = answers();
    withWorkbook(function () {
      download('action-plan.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        window.ActionPlanWorkbook.write(window.ActionPlanWorkbookLayout, values));
    });
  });

  document.querySelector('[data-print]').addEventListener('click', function () { window.print(); });
  // Printing shows every area (the style sheet sees to that); a printed text box shows only what fits in
  // it: grow each to its text first.
  window.addEventListener('beforeprint', function () {
    form.querySelectorAll('textarea').forEach(function (t) { t.style.height = (t.scrollHeight + 4) + 'px'; });
  });
  window.addEventListener('afterprint', function () {
    form.querySelectorAll('textarea').forEach(function (t) { t.style.height = ''; });
  });

  window.addEventListener('hashchange', function () { route(true); });

  // Put back what the reader saved on this device last time.
  performance.mark('action-plan:restore-start');
  var s = storage();
  var saved = null;
  try { saved = s && s.getItem(STORAGE_KEY); } catch (e) { saved = null; }
  if (saved) {
    var result = read(saved);
    if (result.answers) {
      put(result.answers);
      keeping = true;
      say(text('restored'), notice);
    } else {
      say(text('restore-error'), notice);
    }
  }
  sections.forEach(showState);
  route(window.location.hash ? 'always' : false);
  measure('action-plan:restore', 'action-plan:restore-start');
})();
