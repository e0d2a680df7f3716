// The work-injury form: builds a case file from the fields, sends it to /v1/compute, shows the
// sheet or each located problem beside its field. Plain JavaScript, no third-party resources.
(function () {
  'use strict';

  var $ = function (id) { return document.getElementById(id); };
  var ACTUAL_COSTS = ['SUSPENSION_PERIOD_CARE', 'MEDICAL_EXPENSES', 'TRAVEL_AND_LODGING',
    'ASSISTIVE_DEVICES', 'REHABILITATION', 'FOLLOW_UP_TREATMENT', 'APPRAISAL_FEE', 'RE_EXAMINATION_FEE'];
  var EVIDENCE_KINDS = [
    ['BANK_STATEMENT', '银行工资卡流水', 'bank wage-card statement'],
    ['PAYROLL', '工资表', 'payroll'],
    ['PAY_SLIP', '工资条', 'pay slip'],
    ['CONTRACT', '劳动合同约定', 'contract'],
    ['SOCIAL_INSURANCE_BASE', '社保缴费基数', 'social-insurance base'],
    ['TAX_RECORD', '个人所得税记录', 'tax record'],
    ['EMPLOYER_ADMISSION', '用人单位自认', "employer's admission"],
    ['WORKER_STATEMENT', '职工陈述', "worker's statement"],
    ['WITNESS', '证人证言', 'witness']
  ];
  var itemNames = {};
  var missing = [];
  var lastCase = null;
  var lastResult = null;

  function text(zh, en) {
    var f = document.createDocumentFragment();
    var a = document.createElement('span'); a.lang = 'zh'; a.textContent = zh;
    var b = document.createElement('span'); b.lang = 'en'; b.textContent = en;
    f.appendChild(a); f.appendChild(b);
    return f;
  }

  // 250800.00 -> 250,800.00
  function grouped(amount) {
    if (typeof amount !== 'string') { return String(amount); }
    var m = /^(-?)(\d+)(\.\d+)?$/.exec(amount);
    return m ? m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] || '') : amount;
  }

  function value(id) { return $(id).value.trim(); }
  function orNull(s) { return s === '' ? null : s; }

  // ---- language ----
  function setLanguage(lang) {
    document.documentElement.dataset.lang = lang;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    var b = $('lang-toggle');
    b.textContent = lang === 'zh' ? 'English' : '中文';
    b.setAttribute('aria-pressed', String(lang === 'en'));
  }
  $('lang-toggle').addEventListener('click', function () {
    setLanguage(document.documentElement.dataset.lang === 'zh' ? 'en' : 'zh');
  });

  // ---- region ----
  function searchRegions() {
    var q = value('region-query');
    if (q === '') { return Promise.resolve(); }
    return fetch('/v1/regions?q=' + encodeURIComponent(q) + '&limit=50')
      .then(function (r) { return r.json(); })
      .then(function (doc) {
        var sel = $('region');
        sel.textContent = '';
        var regions = doc.regions || [];
        if (regions.length === 0) {
          var none = document.createElement('option');
          none.value = '';
          none.textContent = '未找到 / no region matches “' + q + '”';
          sel.appendChild(none);
        }
        regions.forEach(function (r) {
          var o = document.createElement('option');
          o.value = r.code;
          o.textContent = r.fullName + '（' + r.code + '）';
          sel.appendChild(o);
        });
        sel.focus();
      });
  }
  $('region-search').addEventListener('click', searchRegions);
  $('region-query').addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); searchRegions(); }
  });

  // ---- rows ----
  function cell(child) { var td = document.createElement('td'); td.appendChild(child); return td; }
  function input(type, label) {
    var i = document.createElement('input'); i.type = type; i.setAttribute('aria-label', label); return i;
  }
  function select(options, label) {
    var s = document.createElement('select'); s.setAttribute('aria-label', label);
    options.forEach(function (o) {
      var opt = document.createElement('option'); opt.value = o[0]; opt.textContent = o[1] + ' / ' + o[2];
      s.appendChild(opt);
    });
    return s;
  }
  function removeButton(tr) {
    var b = document.createElement('button'); b.type = 'button';
    b.appendChild(text('删除', 'Remove'));
    b.addEventListener('click', function () { tr.remove(); });
    return b;
  }

  function addEvidence() {
    var tr = document.createElement('tr');
    tr.className = 'evidence-row';
    var id = input('text', '证据名称 / exhibit'); id.className = 'ev-id';
    var kind = select(EVIDENCE_KINDS, '种类 / kind'); kind.className = 'ev-kind';
    var from = input('month', '起始月 / from month'); from.className = 'ev-month';
    from.placeholder = 'yyyy-mm';
    var through = input('month', '截止月 / through month'); through.className = 'ev-through';
    through.placeholder = 'yyyy-mm';
    var amount = input('text', '每月金额 / amount a month'); amount.className = 'ev-amount';
    amount.inputMode = 'decimal';
    var signedBox = document.createElement('div');
    var signed = input('checkbox', '职工签字（工资表、工资条） / signed by the worker (payroll, slip)');
    signed.className = 'ev-signed';
    var payer = input('checkbox', '用人单位发放（流水） / paid by the employer (statement)');
    payer.className = 'ev-payer';
    var l1 = document.createElement('label'); l1.appendChild(signed); l1.appendChild(text(' 已签字', ' signed'));
    var l2 = document.createElement('label'); l2.appendChild(payer); l2.appendChild(text(' 单位发放', ' paid by employer'));
    signedBox.appendChild(l1); signedBox.appendChild(document.createElement('br')); signedBox.appendChild(l2);
    [id, kind, from, through, amount].forEach(function (el) { tr.appendChild(cell(el)); });
    tr.appendChild(cell(signedBox));
    tr.appendChild(cell(removeButton(tr)));
    $('evidence').tBodies[0].appendChild(tr);
    return tr;
  }

  function addExpense() {
    var tr = document.createElement('tr');
    tr.className = 'expense-row';
    var opts = ACTUAL_COSTS.map(function (c) {
      var n = itemNames[c] || { nameZh: c, nameEn: c };
      return [c, n.nameZh, n.nameEn];
    });
    var item = select(opts, '项目 / item'); item.className = 'ex-item';
    var amount = input('text', '金额 / amount'); amount.className = 'ex-amount'; amount.inputMode = 'decimal';
    var desc = input('text', '说明 / description'); desc.className = 'ex-desc';
    [item, amount, desc].forEach(function (el) { tr.appendChild(cell(el)); });
    tr.appendChild(cell(removeButton(tr)));
    $('expenses').tBodies[0].appendChild(tr);
    return tr;
  }
  $('add-evidence').addEventListener('click', addEvidence);
  $('add-expense').addEventListener('click', addExpense);

  function wageMode() {
    var stated = $('wage-stated-mode').checked;
    $('stated-wage-row').hidden = !stated;
    $('evidence-wrap').hidden = stated;
    $('add-evidence').hidden = stated;
  }
  $('wage-stated-mode').addEventListener('change', wageMode);
  $('wage-evidence-mode').addEventListener('change', wageMode);

  // ---- the case file ----
  function grades(s) {
    if (s === '') { return []; }
    return s.split(/[,，、\s]+/).filter(function (g) { return g !== ''; })
      .map(function (g) { return /^\d+$/.test(g) ? Number(g) : g; });
  }

  function buildDocument() {
    var c = {
      region: value('region'),
      worker: { birthDate: orNull(value('birth-date')), retirementCategory: value('retirement-category') },
      employment: { start: value('employment-start') },
      injury: { date: value('injury-date'), occupationalDisease: $('occupational-disease').checked },
      insurance: { status: value('insurance') },
      wage: {}
    };
    if ($('terminated').checked) {
      c.employment.termination = { date: value('termination-date'), initiatedBy: value('termination-by') };
    }
    if (value('appraisal-date') !== '' || value('grades') !== '') {
      c.appraisal = { date: value('appraisal-date'), itemGrades: grades(value('grades')), selfCare: value('self-care') };
    }
    if (value('suspension-start') !== '' || value('suspension-end') !== '') {
      c.suspension = { start: value('suspension-start'), endInclusive: value('suspension-end') };
    }
    if (c.insurance.status === 'ENROLLED_AFTER_INJURY') {
      c.insurance.enrolmentDate = value('enrolment-date');
    }
    if ($('wage-stated-mode').checked) {
      c.wage.monthlyWage = value('monthly-wage');
    } else {
      c.wage.evidence = [];
      Array.prototype.forEach.call(document.querySelectorAll('.evidence-row'), function (tr, i) {
        var kind = tr.querySelector('.ev-kind').value;
        var e = {
          id: orNull(tr.querySelector('.ev-id').value.trim()),
          kind: kind,
          month: tr.querySelector('.ev-month').value.trim(),
          through: orNull(tr.querySelector('.ev-through').value.trim()),
          amount: tr.querySelector('.ev-amount').value.trim()
        };
        if (kind === 'PAYROLL' || kind === 'PAY_SLIP') { e.signedByWorker = tr.querySelector('.ev-signed').checked; }
        if (kind === 'BANK_STATEMENT') { e.payerIsEmployer = tr.querySelector('.ev-payer').checked; }
        var base = 'case.wage.evidence[' + i + ']';
        tr.dataset.path = base;
        tr.querySelector('.ev-id').parentNode.dataset.path = base + '.id';
        tr.querySelector('.ev-kind').parentNode.dataset.path = base + '.kind';
        tr.querySelector('.ev-month').parentNode.dataset.path = base + '.month';
        tr.querySelector('.ev-through').parentNode.dataset.path = base + '.through';
        tr.querySelector('.ev-amount').parentNode.dataset.path = base + '.amount';
        c.wage.evidence.push(e);
      });
    }
    var expenses = [];
    Array.prototype.forEach.call(document.querySelectorAll('.expense-row'), function (tr, i) {
      var base = 'case.expenses[' + i + ']';
      tr.dataset.path = base;
      tr.querySelector('.ex-item').parentNode.dataset.path = base + '.item';
      tr.querySelector('.ex-amount').parentNode.dataset.path = base + '.amount';
      tr.querySelector('.ex-desc').parentNode.dataset.path = base + '.description';
      expenses.push({
        item: tr.querySelector('.ex-item').value,
        amount: tr.querySelector('.ex-amount').value.trim(),
        description: orNull(tr.querySelector('.ex-desc').value.trim())
      });
    });
    if (expenses.length > 0) { c.expenses = expenses; }
    var doc = { calculation: 'work-injury', formatVersion: 1, 'case': c };
    var figures = [];
    Array.prototype.forEach.call(document.querySelectorAll('.figure-row'), function (row) {
      var v = row.querySelector('.fig-value').value.trim();
      var src = row.querySelector('.fig-source').value.trim();
      if (v === '' && src === '') { return; }
      var f = { key: row.dataset.key, region: row.dataset.region, value: v, source: src };
      if (row.dataset.year) { f.year = Number(row.dataset.year); } else { f.from = row.dataset.date; }
      var base = 'figures[' + figures.length + ']';
      row.querySelector('.fig-value').parentNode.dataset.path = base + '.value';
      row.querySelector('.fig-source').parentNode.dataset.path = base + '.source';
      figures.push(f);
    });
    if (figures.length > 0) { doc.figures = figures; }
    return doc;
  }

  // ---- the figures the engine reports missing ----
  function renderMissing(list) {
    var box = $('figures');
    var kept = {};
    Array.prototype.forEach.call(box.querySelectorAll('.figure-row'), function (row) {
      kept[row.dataset.id] = [row.querySelector('.fig-value').value, row.querySelector('.fig-source').value];
    });
    list.forEach(function (m) {
      var when = m.year !== null && m.year !== undefined ? String(m.year) : m.date;
      var id = m.key + '@' + m.region.code + ':' + when;
      if (box.querySelector('[data-id="' + CSS.escape(id) + '"]')) { return; }
      var row = document.createElement('div');
      row.className = 'figure-row';
      row.dataset.id = id;
      row.dataset.key = m.key;
      row.dataset.region = m.region.code;
      if (m.year !== null && m.year !== undefined) { row.dataset.year = String(m.year); } else { row.dataset.date = m.date; }
      var n = box.querySelectorAll('.figure-row').length;
      var title = document.createElement('p');
      title.className = 'figure-title';
      title.appendChild(text(
        m.nameZh + '：' + m.region.name + ' ' + (m.year ? m.year + ' 年度' : '自 ' + m.date + ' 起有效'),
        m.nameEn + ': ' + m.region.name + ' ' + (m.year ? 'for ' + m.year : 'in force on ' + m.date)));
      row.appendChild(title);
      var r1 = document.createElement('div'); r1.className = 'row';
      var l1 = document.createElement('label'); l1.htmlFor = 'fig-value-' + n;
      l1.appendChild(text('数值（元）', 'Value (yuan)'));
      var v = document.createElement('input'); v.type = 'text'; v.id = 'fig-value-' + n; v.className = 'fig-value';
      v.inputMode = 'decimal';
      r1.appendChild(l1); r1.appendChild(v);
      var r2 = document.createElement('div'); r2.className = 'row';
      var l2 = document.createElement('label'); l2.htmlFor = 'fig-source-' + n;
      l2.appendChild(text('出处（公布该数字的文件）', 'Source (the document that published it)'));
      var s = document.createElement('input'); s.type = 'text'; s.id = 'fig-source-' + n; s.className = 'fig-source';
      r2.appendChild(l2); r2.appendChild(s);
      if (kept[id]) { v.value = kept[id][0]; s.value = kept[id][1]; }
      row.appendChild(r1); row.appendChild(r2);
      box.appendChild(row);
    });
    $('figures-set').hidden = box.querySelectorAll('.figure-row').length === 0;
  }

  // ---- problems beside their fields ----
  function clearErrors() {
    Array.prototype.forEach.call(document.querySelectorAll('.error'), function (e) { e.remove(); });
    Array.prototype.forEach.call(document.querySelectorAll('[aria-invalid]'), function (e) {
      e.removeAttribute('aria-invalid');
      e.removeAttribute('aria-describedby');
    });
  }

  function parentPath(p) {
    var m = /^(.*)(\[\d+\]|\.[^.\[]+)$/.exec(p);
    return m ? m[1] : '';
  }

  function fieldOf(path) {
    var p = path;
    while (p !== '') {
      var el = document.querySelector('[data-path="' + CSS.escape(p) + '"]');
      if (el && !el.hidden) { return el; }
      p = parentPath(p);
    }
    return null;
  }

  function showViolations(vs) {
    var first = null;
    vs.forEach(function (v, i) {
      var p = document.createElement('p');
      p.className = 'error';
      p.id = 'error-' + i;
      p.dataset.path = v.path;
      p.appendChild(text(v.messageZh, v.messageEn));
      var where = fieldOf(v.path);
      if (where) {
        where.appendChild(p);
        var control = where.matches('input, select') ? where : where.querySelector('input, select');
        if (control) {
          control.setAttribute('aria-invalid', 'true');
          control.setAttribute('aria-describedby', p.id);
          if (!first) { first = control; }
        }
      } else {
        if (v.path !== '') {
          var code = document.createElement('code'); code.textContent = v.path + ': ';
          p.insertBefore(code, p.firstChild);
        }
        $('form-errors').appendChild(p);
      }
    });
    if (first) { first.focus(); } else { $('form-errors').focus(); }
  }

  // ---- compute ----
  function post(path, doc) {
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(doc) });
  }

  function submit(e) {
    e.preventDefault();
    clearErrors();
    var started = performance.now();
    var doc = buildDocument();
    lastCase = doc;
    $('result').dataset.state = 'computing';
    post('/v1/compute', doc)
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (a) {
        if (!a.ok) {
          $('result').dataset.state = 'refused';
          showViolations(a.body.violations || []);
          return null;
        }
        lastResult = a.body;
        renderMissing(a.body.missing || []);
        return post('/v1/compute?format=html', doc).then(function (r) { return r.text(); });
      })
      .then(function (html) {
        if (html === null) { return; }
        var frame = $('sheet');
        frame.onload = function () {
          var ms = performance.now() - started;
          var res = $('result');
          res.dataset.renderMs = ms.toFixed(1);
          res.dataset.state = lastResult.missing && lastResult.missing.length ? 'incomplete' : 'complete';
          res.dataset.total = lastResult.totals ? lastResult.totals.total : '';
        };
        var t = lastResult.totals;
        var summary = $('summary');
        summary.textContent = '';
        if (lastResult.missing && lastResult.missing.length) {
          summary.appendChild(text(
            '结果不完整：缺少 ' + lastResult.missing.length + ' 个地方数字（见上方“所需地方数字”）。已计算部分合计 ' + grouped(t.total) + ' 元。',
            'Incomplete: ' + lastResult.missing.length + ' regional figure(s) missing (see "Regional figures needed" above). Lines computed total ' + grouped(t.total) + '.'));
        } else {
          summary.appendChild(text('合计 ' + grouped(t.total) + ' 元（用人单位 ' + grouped(t.employer) + '，工伤保险基金 ' + grouped(t.fund) + '）。',
            'Total ' + grouped(t.total) + ' (employer ' + grouped(t.employer) + ', fund ' + grouped(t.fund) + ').'));
        }
        $('result').hidden = false;
        frame.srcdoc = html;
        $('result-title').focus();
      })
      .catch(function () {
        $('result').dataset.state = 'failed';
        var p = document.createElement('p'); p.className = 'error';
        p.appendChild(text('无法连接计算服务', 'the service cannot be reached'));
        $('form-errors').appendChild(p);
      });
  }
  $('case-form').addEventListener('submit', submit);

  // ---- print and download ----
  function download(name, doc) {
    var blob = new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }
  $('download-case').addEventListener('click', function () { download('case.json', buildDocument()); });
  $('download-result').addEventListener('click', function () { if (lastResult) { download('result.json', lastResult); } });
  $('print').addEventListener('click', function () { $('sheet').contentWindow.print(); });

  // ---- start ----
  fetch('/v1/items?kind=work-injury')
    .then(function (r) { return r.json(); })
    .then(function (doc) {
      (doc.kinds[0].items || []).forEach(function (i) { itemNames[i.code] = i; });
    })
    .catch(function () { /* the codes stand for their names */ })
    .then(function () { document.body.dataset.ready = 'true'; });
  addEvidence();
  wageMode();
  setLanguage('zh');
}());
