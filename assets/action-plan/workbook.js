/* Writes the action plan as an .xlsx: the layout the build made (guide.actionplan.PlanSheets, given to
   the page as JSON), with the reader's answers in their cells. The build runs this same file in GraalJS
   with no answers to write the blank workbook it offers for download, so the two are the same bytes:
   keep it to plain ECMAScript (no browser objects but window). An .xlsx is a zip of XML files; this writes them uncompressed ("stored"), which every
   spreadsheet program reads. Every answer is an inline string, so text starting with =, +, - or @ is
   never taken for a formula. */
(function () {
  'use strict';

  /** UTF-8 bytes of a string, by hand: TextEncoder is a browser object GraalJS does not have. */
  function utf8(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d < 0xE000) { c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
      }
      if (c >= 0xD800 && c < 0xE000) c = 0xFFFD; // a lone surrogate
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xC0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }

  /* ---- XML ---- */

  function escape(s) {
    return String(s)
      // Characters XML 1.0 cannot hold at all.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function column(c) {
    var s = '';
    c += 1;
    while (c > 0) {
      var m = (c - 1) % 26;
      s = String.fromCharCode(65 + m) + s;
      c = Math.floor((c - 1) / 26);
    }
    return s;
  }

  function ref(row, col) {
    return column(col) + (row + 1);
  }

  // Style ids in the order of PlanSheets.Style; cellXfs index = ordinal + 1 (0 is the default).
  var STYLES_XML =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="5">' +
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="16"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="13"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><i/><sz val="11"/><color rgb="FF505A5F"/><name val="Calibri"/><family val="2"/></font>' +
    '</fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDDDDD"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
    '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="10">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    // TITLE
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    // HEADING
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    // LABEL
    '<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    // QUESTION
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    // PROMPT
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1" indent="2"/></xf>' +
    // INPUT
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    // ANSWER
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    // HEADER
    '<xf numFmtId="0" fontId="3" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
    // HINT
    '<xf numFmtId="0" fontId="4" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';

  var INPUT_XF = 6;  // cellXfs index of INPUT
  var ANSWER_XF = 7; // and of ANSWER

  function cell(row, col, style, value) {
    var r = ref(row, col);
    if (value === undefined || value === null || value === '') return '<c r="' + r + '" s="' + style + '"/>';
    return '<c r="' + r + '" s="' + style + '" t="inlineStr"><is><t xml:space="preserve">' + escape(value) + '</t></is></c>';
  }

  function sheetXml(layout, sheet, answers) {
    var rows = {};
    function at(row) { return rows[row] || (rows[row] = { cells: {}, height: null }); }
    sheet.cells.forEach(function (c) {
      at(c[0]).cells[c[1]] = { style: c[2] + 1, value: c[3] };
    });
    sheet.heights.forEach(function (h) { at(h[0]).height = h[1]; });
    // Merged answer boxes keep their border on every cell.
    sheet.merges.forEach(function (m) {
      var first = at(m[0]).cells[m[1]];
      if (first && first.style === ANSWER_XF) {
        for (var c = m[1] + 1; c <= m[2]; c++) at(m[0]).cells[c] = { style: INPUT_XF, value: '' };
      }
    });
    Object.keys(sheet.fields).forEach(function (name) {
      var place = sheet.fields[name];
      var c = at(place[0]).cells[place[1]];
      if (c && answers[name] !== undefined) c.value = answers[name];
    });
    // The action table: as many rows as the reader filled in (up to the tool's limit), and never fewer
    // than the blank workbook has. Cells are named by the build's pattern (layout.rowField).
    function cellName(n, id) {
      return layout.rowField.split('{area}').join(sheet.priority).split('{n}').join(String(n)).split('{column}').join(id);
    }
    var most = 0;
    for (var m = layout.maxRows; m > layout.blankRows && most === 0; m--) {
      for (var k = 0; k < sheet.table.columns.length; k++) {
        if (answers[cellName(m, sheet.table.columns[k])] !== undefined) { most = m; break; }
      }
    }
    var count = Math.max(layout.blankRows, most);
    for (var n = 1; n <= count; n++) {
      var row = sheet.table.row + n;
      var line = at(row);
      line.height = layout.actionHeight;
      sheet.table.columns.forEach(function (id, col) {
        line.cells[col] = { style: INPUT_XF, value: answers[cellName(n, id)] };
      });
    }
    var out = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      '<sheetFormatPr defaultRowHeight="15"/><cols>';
    layout.widths.forEach(function (w, i) {
      out += '<col min="' + (i + 1) + '" max="' + (i + 1) + '" width="' + w + '" customWidth="1"/>';
    });
    out += '</cols><sheetData>';
    Object.keys(rows).map(Number).sort(function (a, b) { return a - b; }).forEach(function (r) {
      var line = rows[r];
      out += '<row r="' + (r + 1) + '"' + (line.height ? ' ht="' + line.height + '" customHeight="1"' : '') + '>';
      Object.keys(line.cells).map(Number).sort(function (a, b) { return a - b; }).forEach(function (c) {
        out += cell(r, c, line.cells[c].style, line.cells[c].value);
      });
      out += '</row>';
    });
    out += '</sheetData>';
    if (sheet.merges.length) {
      out += '<mergeCells count="' + sheet.merges.length + '">';
      sheet.merges.forEach(function (m) { out += '<mergeCell ref="' + ref(m[0], m[1]) + ':' + ref(m[0], m[2]) + '"/>'; });
      out += '</mergeCells>';
    }
    out += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/></worksheet>';
    return out;
  }

  function files(layout, answers) {
    var sheets = layout.sheets;
    var list = [];
    var types = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>';
    sheets.forEach(function (s, i) {
      types += '<Override PartName="/xl/worksheets/sheet' + (i + 1) + '.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>';
    });
    types += '</Types>';
    list.push(['[Content_Types].xml', types]);
    list.push(['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>']);
    list.push(['docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + escape(layout.title) + '</dc:title></cp:coreProperties>']);
    var workbook = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>';
    var rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
    sheets.forEach(function (s, i) {
      workbook += '<sheet name="' + escape(s.name) + '" sheetId="' + (i + 1) + '" r:id="rId' + (i + 1) + '"/>';
      rels += '<Relationship Id="rId' + (i + 1) + '" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet' + (i + 1) + '.xml"/>';
    });
    workbook += '</sheets></workbook>';
    rels += '<Relationship Id="rId' + (sheets.length + 1) + '" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
    list.push(['xl/workbook.xml', workbook]);
    list.push(['xl/_rels/workbook.xml.rels', rels]);
    list.push(['xl/styles.xml', STYLES_XML]);
    sheets.forEach(function (s, i) {
      list.push(['xl/worksheets/sheet' + (i + 1) + '.xml', sheetXml(layout, s, answers)]);
    });
    return list;
  }

  /* ---- A stored zip ---- */

  var CRC_TABLE = (function () {
    var table = new Uint32Array(256);
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();

  function crc32(bytes) {
    var c = 0xFFFFFFFF;
    for (var i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8);
    return (c ^ 0xFFFFFFFF) >>> 0;
  }

  // 1 January 2026, 00:00, in MS-DOS form: the same in every file, like the build's.
  var DOS_TIME = 0;
  var DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

  function zip(entries) {
    var parts = [];
    var central = [];
    var offset = 0;
    entries.forEach(function (entry) {
      var name = utf8(entry[0]);
      var data = utf8(entry[1]);
      var crc = crc32(data);
      var local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);       // version needed
      local.setUint16(6, 0x0800, true);   // names in UTF-8
      local.setUint16(8, 0, true);        // stored
      local.setUint16(10, DOS_TIME, true);
      local.setUint16(12, DOS_DATE, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true);
      local.setUint32(22, data.length, true);
      local.setUint16(26, name.length, true);
      local.setUint16(28, 0, true);
      parts.push(new Uint8Array(local.buffer), name, data);
      var dir = new DataView(new ArrayBuffer(46));
      dir.setUint32(0, 0x02014b50, true);
      dir.setUint16(4, 20, true);
      dir.setUint16(6, 20, true);
      dir.setUint16(8, 0x0800, true);
      dir.setUint16(10, 0, true);
      dir.setUint16(12, DOS_TIME, true);
      dir.setUint16(14, DOS_DATE, true);
      dir.setUint32(16, crc, true);
      dir.setUint32(20, data.length, true);
      dir.setUint32(24, data.length, true);
      dir.setUint16(28, name.length, true);
      dir.setUint32(42, offset, true);
      central.push(new Uint8Array(dir.buffer), name);
      offset += 30 + name.length + data.length;
    });
    var size = central.reduce(function (n, p) { return n + p.length; }, 0);
    var end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, entries.length, true);
    end.setUint16(10, entries.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    var all = parts.concat(central, [new Uint8Array(end.buffer)]);
    var total = all.reduce(function (n, p) { return n + p.length; }, 0);
    var out = new Uint8Array(total);
    var at = 0;
    all.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }

  window.ActionPlanWorkbook = {
    /** The .xlsx bytes for {@code answers} (field name to text) laid out by {@code layout}. */
    write: function (layout, answers) { return zip(files(layout, answers)); }
  };
})();
