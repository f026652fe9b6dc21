/* The action-plan tool in the browser: add and remove action rows, keep answers on this device when the
   reader chooses to, restore them, load and download a file of answers, download the filled plan as a
   spreadsheet laid out like the blank one, and print. Nothing is sent anywhere: no request is made.
   Texts come from the page (data-text-* on the form, written from messages.properties). */
(function () {
  'use strict';

  var FORMAT = 'guide-action-plan';
  var VERSION = 1;
  var STORAGE_KEY = 'guide-action-plan';

  var form = document.querySelector('[data-action-plan]');
  if (!form) return;

  var summary = document.querySelector('[data-error-summary]');
  var summaryList = summary.querySelector('[data-error-list]');
  var status = document.querySelector('[data-status]');
  var notice = document.querySelector('[data-notice]');
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

  /* ---- Rows ---- */

  function priorities() {
    return Array.prototype.slice.call(form.querySelectorAll('[data-priority]'));
  }

  function rows(section) {
    return Array.prototype.slice.call(section.querySelectorAll('[data-action]'));
  }

  /** Gives the n-th row of a priority its number in legend, button, ids, names and labels. */
  function number(section, row, n) {
    var id = section.getAttribute('data-priority');
    row.querySelector('[data-action-legend]').textContent = text('row', { n: n });
    row.querySelector('[data-remove-action]').textContent = text('remove-row', { n: n });
    row.querySelectorAll('[data-column]').forEach(function (field) {
      var name = id + '.actions.' + n + '.' + field.getAttribute('data-column');
      var group = field.closest('[data-group]');
      var label = group.querySelector('label');
      var hint = group.querySelector('.ap-hint');
      field.id = name;
      field.name = name;
      label.htmlFor = name;
      if (hint) hint.id = name + '-hint';
      clearError(field);
    });
  }

  function renumber(section) {
    var all = rows(section);
    all.forEach(function (row, i) {
      number(section, row, i + 1);
      row.querySelector('[data-remove-action]').hidden = all.length < 2;
    });
  }

  function addRow(section) {
    var all = rows(section);
    var copy = all[all.length - 1].cloneNode(true);
    copy.querySelectorAll('input, textarea').forEach(function (f) { f.value = ''; });
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
    var next = left[Math.min(index, left.length - 1)];
    next.querySelector('input, textarea').focus();
    changed();
  }

  /** Makes each priority have exactly {@code count} rows (at least one). */
  function setRows(section, count) {
    count = Math.max(1, count);
    while (rows(section).length < count) addRow(section);
    var all = rows(section);
    for (var i = all.length - 1; i >= count; i--) all[i].parentNode.removeChild(all[i]);
    renumber(section);
  }

  /* ---- Answers ---- */

  function fields() {
    return Array.prototype.slice.call(form.querySelectorAll('input[name], textarea[name]'));
  }

  /** Every answer by field name; empty answers are left out. */
  function answers() {
    var out = {};
    fields().forEach(function (f) { if (f.value !== '') out[f.name] = f.value; });
    return out;
  }

  var ROW = /^([a-z0-9-]+)\.actions\.(\d+)\.[a-z0-9-]+$/;

  function put(values) {
    priorities().forEach(function (section) {
      var id = section.getAttribute('data-priority');
      var most = 0;
      Object.keys(values).forEach(function (name) {
        var m = ROW.exec(name);
        if (m && m[1] === id) most = Math.max(most, parseInt(m[2], 10));
      });
      setRows(section, Math.max(most, defaultRows));
    });
    fields().forEach(function (f) {
      f.value = Object.prototype.hasOwnProperty.call(values, f.name) ? values[f.name] : '';
      clearError(f);
    });
  }

  function saveFile() {
    return { format: FORMAT, version: VERSION, answers: answers() };
  }

  /** The answers in a saved file, or null when it is not one this tool wrote. */
  function read(json) {
    var data;
    try { data = JSON.parse(json); } catch (e) { return null; }
    if (!data || typeof data !== 'object' || data.format !== FORMAT || data.version !== VERSION) return null;
    var a = data.answers;
    if (!a || typeof a !== 'object' || Array.isArray(a)) return null;
    var out = {};
    var names = Object.keys(a);
    for (var i = 0; i < names.length; i++) {
      if (typeof a[names[i]] !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(names[i])) return null;
      out[names[i]] = a[names[i]];
    }
    return out;
  }

  /* ---- Saving on this device ---- */

  function storage() {
    try {
      var s = window.localStorage;
      s.setItem(STORAGE_KEY + ':test', '1');
      s.removeItem(STORAGE_KEY + ':test');
      return s;
    } catch (e) {
      return null;
    }
  }

  function store() {
    var s = storage();
    if (!s) { say(text('storage-unavailable')); return false; }
    s.setItem(STORAGE_KEY, JSON.stringify(saveFile()));
    return true;
  }

  function changed() {
    if (keeping) store();
  }

  /* ---- Dates and the error summary ---- */

  function realDate(value) {
    var m = /^\s*(\d{1,2})\s*[\/.\- ]\s*(\d{1,2})\s*[\/.\- ]\s*(\d{4})\s*$/.exec(value);
    if (!m) return false;
    var d = parseInt(m[1], 10), mo = parseInt(m[2], 10), y = parseInt(m[3], 10);
    var date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  }

  /** What the summary calls a field: its label, its row and its priority area. */
  function fieldName(field) {
    var label = field.closest('[data-group]').querySelector('label').textContent.trim();
    var row = field.closest('[data-action]');
    var section = field.closest('[data-priority]');
    var where = [];
    if (row) where.push(row.querySelector('[data-action-legend]').textContent.trim());
    where.push(section.querySelector('h2').textContent.trim());
    return label + ' (' + where.join(', ') + ')';
  }

  function clearError(field) {
    var group = field.closest('[data-group]');
    var message = group.querySelector('.ap-error-message');
    if (message) message.parentNode.removeChild(message);
    group.classList.remove('ap-group--error');
    field.classList.remove('ap-input--error');
    field.removeAttribute('aria-invalid');
    var hint = group.querySelector('.ap-hint');
    if (hint) field.setAttribute('aria-describedby', hint.id);
  }

  function showError(field, message) {
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
    var hint = group.querySelector('.ap-hint');
    field.setAttribute('aria-describedby', (hint ? hint.id + ' ' : '') + p.id);
  }

  /** Checks every date; shows the error summary (and moves focus to it) when one is not a real date. */
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
    summaryList.textContent = '';
    if (errors.length === 0) {
      summary.hidden = true;
      return true;
    }
    errors.forEach(function (e) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + e.field.id;
      a.textContent = e.message;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        e.field.focus();
        e.field.scrollIntoView({ block: 'center' });
      });
      li.appendChild(a);
      summaryList.appendChild(li);
    });
    summary.hidden = false;
    summary.focus();
    return false;
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

  /* ---- Wiring ---- */

  var defaultRows = priorities().length ? rows(priorities()[0]).length : 1;

  priorities().forEach(function (section) {
    renumber(section);
    section.querySelector('[data-add-action]').hidden = false;
    section.querySelector('[data-add-action]').addEventListener('click', function () {
      var row = addRow(section);
      row.querySelector('input, textarea').focus();
      changed();
    });
    section.querySelector('[data-actions]').addEventListener('click', function (event) {
      var button = event.target.closest('[data-remove-action]');
      if (button) removeRow(section, button.closest('[data-action]'));
    });
  });

  document.querySelectorAll('[data-needs-script]').forEach(function (e) { e.hidden = false; });
  document.querySelectorAll('[data-no-script]').forEach(function (e) { e.hidden = true; });

  form.addEventListener('input', changed);

  document.querySelector('[data-save]').addEventListener('click', function () {
    if (!valid()) return;
    if (store()) {
      keeping = true;
      say(text('saved'));
    }
  });

  document.querySelector('[data-delete]').addEventListener('click', function () {
    var s = storage();
    if (s) s.removeItem(STORAGE_KEY);
    keeping = false;
    put({});
    summary.hidden = true;
    say(text('deleted'));
  });

  document.querySelector('[data-download-save]').addEventListener('click', function () {
    if (!valid()) return;
    download('action-plan-answers.json', 'application/json', JSON.stringify(saveFile(), null, 2));
  });

  document.querySelector('[data-download-xlsx]').addEventListener('click', function () {
    if (!valid()) return;
    var layout = JSON.parse(form.getAttribute('data-layout') || 'null');
    if (!layout) return;
    download('action-plan.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      window.ActionPlanWorkbook.write(layout, answers()));
  });

  document.querySelector('[data-print]').addEventListener('click', function () { window.print(); });
  // A printed text box shows only what fits in it: grow each to its text first.
  window.addEventListener('beforeprint', function () {
    form.querySelectorAll('textarea').forEach(function (t) { t.style.height = (t.scrollHeight + 4) + 'px'; });
  });
  window.addEventListener('afterprint', function () {
    form.querySelectorAll('textarea').forEach(function (t) { t.style.height = ''; });
  });

  var load = document.querySelector('[data-load]');
  load.addEventListener('change', function () {
    var file = load.files && load.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () {
      var values = read(String(reader.result));
      var group = load.closest('[data-group]');
      var old = group.querySelector('.ap-error-message');
      if (old) old.parentNode.removeChild(old);
      group.classList.remove('ap-group--error');
      if (values === null) {
        var p = document.createElement('p');
        p.className = 'ap-error-message';
        p.id = 'ap-load-error';
        p.setAttribute('data-load-error', '');
        p.textContent = text('load-error');
        load.parentNode.insertBefore(p, load);
        group.classList.add('ap-group--error');
        load.setAttribute('aria-describedby', 'ap-load-hint ap-load-error');
        say(text('load-error'));
      } else {
        load.setAttribute('aria-describedby', 'ap-load-hint');
        put(values);
        changed();
        say(text('load-done'));
      }
      load.value = '';
    };
    reader.readAsText(file);
  });

  // Put back what the reader saved on this device last time.
  var s = storage();
  var saved = s && s.getItem(STORAGE_KEY);
  if (saved) {
    var values = read(saved);
    if (values) {
      put(values);
      keeping = true;
      say(text('restored'), notice);
    }
  }
})();
