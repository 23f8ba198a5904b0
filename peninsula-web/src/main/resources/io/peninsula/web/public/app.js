// Peninsula workbench: one page, no build step. Every number comes from the REST API under /api.
'use strict';

const state = { scenarios: [], source: { scenario: 'korea-2025' }, scenario: null, charts: {}, forecast: null, job: null };
const $ = (id) => document.getElementById(id);

// ---- HTTP ---------------------------------------------------------------------------------------
function headers(extra) {
  const h = Object.assign({}, extra || {});
  const t = localStorage.getItem('peninsula-token');
  if (t) h['Authorization'] = 'Bearer ' + t;
  return h;
}
async function api(method, path, body, type) {
  const init = { method, headers: headers(body !== undefined ? { 'Content-Type': type || 'application/json' } : {}) };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const r = await fetch(path, init);
  if (r.status === 401) {
    const t = prompt('This server needs a token (Authorization: Bearer …). Token:');
    if (t) { localStorage.setItem('peninsula-token', t); return api(method, path, body, type); }
  }
  const ct = r.headers.get('Content-Type') || '';
  const data = ct.includes('json') ? await r.json() : await r.text();
  if (!r.ok && r.status !== 202) {
    const msg = data && data.error ? data.error : ('HTTP ' + r.status);
    throw new Error(msg + (data && data.problems && data.problems.length ? ' — ' + data.problems.map(p => (p.field ? p.field + ': ' : '') + p.message).join('; ') : ''));
  }
  return data;
}
function status(text, isError) {
  const s = $('status');
  s.textContent = text || '';
  s.style.color = isError ? '#ffb3b3' : '#ffd166';
}
function scenarioFields() { return Object.assign({}, state.source); }
function model() { return $('model-select').value; }

// ---- charts -------------------------------------------------------------------------------------
function chart(id) {
  if (!state.charts[id]) state.charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
  return state.charts[id];
}
function draw(id, option, points) {
  const c = chart(id);
  c.setOption(option, true);
  c.resize();
  $(id).setAttribute('data-points', String(points));
}
window.addEventListener('resize', () => Object.values(state.charts).forEach(c => c.resize()));
window.addEventListener('beforeprint', () => Object.values(state.charts).forEach(c => c.resize()));

function issueScale(issueId) {
  const i = state.scenario.issues.find(x => x.id === issueId);
  return { min: i.scale.min, max: i.scale.max, title: i.title, anchors: i.anchors || [] };
}
function anchorLines(issueId) {
  return issueScale(issueId).anchors.map(a => ({ yAxis: a.value, label: { formatter: a.value + ': ' + shorten(a.label, 48), position: 'insideEndTop', fontSize: 10, color: '#666' },
    lineStyle: { type: 'dotted', color: '#aaa' } }));
}
function shorten(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
function fillSelect(sel, items, keep) {
  const old = sel.value;
  sel.innerHTML = '';
  items.forEach(([v, label]) => { const o = document.createElement('option'); o.value = v; o.textContent = label; sel.appendChild(o); });
  if (keep && items.some(([v]) => v === old)) sel.value = old;
}
function issueOptions() { return state.scenario.issues.map(i => [i.id, i.id + ' — ' + shorten(i.title, 50)]); }

// ---- scenario -----------------------------------------------------------------------------------
async function loadScenario() {
  if (state.source.scenario) {
    state.scenario = await api('GET', '/api/scenarios/' + encodeURIComponent(state.source.scenario));
  } else {
    const v = await api('POST', '/api/scenarios/validate', state.source.scenario_text, 'application/yaml');
    if (!v.valid) throw new Error('the scenario has problems: ' + v.problems.map(p => p.line + ':' + p.column + ' ' + p.message).join('; '));
    state.scenario = v.scenario;
  }
  state.forecast = null;
  $('scenario-title').textContent = state.scenario.title + ' (' + state.scenario.id + ')';
  ['forecast-issue', 'sens-issue', 'levers-issue'].forEach(id => fillSelect($(id), issueOptions(), true));
  const actors = state.scenario.actors.map(a => [a.id, a.id + ' — ' + shorten(a.name, 30)]);
  fillSelect($('game-a'), actors, true);
  fillSelect($('game-b'), actors, true);
  const treaty = state.scenario.relations.find(r => r.type === 'defense');
  if (treaty) { $('game-a').value = treaty.between[0]; $('game-b').value = treaty.between[1]; }
  if ($('game-a').value === $('game-b').value && actors.length > 1) $('game-b').value = actors[1][0];
}

function renderScenario() {
  const s = state.scenario;
  const issues = s.issues.map(i => i.id);
  const actors = s.actors.map(a => a.id);
  const sources = Object.fromEntries(s.sources.map(x => [x.id, x.citation]));
  const data = s.positions.map(p => ({ value: [issues.indexOf(p.issue), actors.indexOf(p.actor), p.position, p.salience], src: p.source }));
  draw('scenario-heatmap', {
    tooltip: { formatter: (q) => {
      const d = q.data, ref = d.src || {};
      return '<b>' + actors[d.value[1]] + '</b> on <b>' + issues[d.value[0]] + '</b><br>position ' + d.value[2] + ', salience ' + d.value[3] +
        '<br><i>source:</i> ' + esc(ref.ref || '') + ' — ' + esc(shorten(sources[ref.ref] || '', 90)) + (ref.quote ? '<br>“' + esc(shorten(ref.quote, 140)) + '”' : '');
    }, extraCssText: 'max-width:420px;white-space:normal' },
    grid: { left: 110, right: 90, top: 30, bottom: 110 },
    xAxis: { type: 'category', data: issues, name: 'issue', nameLocation: 'middle', nameGap: 90, axisLabel: { rotate: 35 }, splitLine: { show: true } },
    yAxis: { type: 'category', data: actors, name: 'actor', splitLine: { show: true } },
    visualMap: { dimension: 2, min: 0, max: 100, calculable: true, orient: 'vertical', right: 0, top: 'middle', text: ['100', '0'],
      inRange: { color: ['#2166ac', '#f7f7f7', '#b2182b'] } },
    series: [{ type: 'scatter', data, symbol: 'rect', symbolSize: (v) => 8 + 30 * v[3],
      label: { show: true, formatter: (q) => q.data.value[2], fontSize: 9 } }],
  }, data.length);
  const nodes = s.actors.map(a => ({ name: a.id, value: a.capability, symbolSize: 18 + 160 * Math.sqrt(a.capability), category: a.kind }));
  const kinds = [...new Set(s.actors.map(a => a.kind))];
  const links = s.relations.map(r => ({ source: r.between[0], target: r.between[1], value: r.type, label: { show: true, formatter: r.type, fontSize: 9 } }));
  draw('relations-graph', {
    tooltip: { formatter: (q) => q.dataType === 'edge' ? q.data.source + ' – ' + q.data.target + ': ' + q.data.value : q.name + ' (capability ' + (+q.value).toFixed(3) + ')' },
    legend: { data: kinds },
    series: [{ type: 'graph', layout: 'circular', roam: true, label: { show: true }, categories: kinds.map(k => ({ name: k })),
      data: nodes, links, lineStyle: { width: 2, curveness: 0.15 }, edgeSymbol: ['none', 'none'] }],
  }, nodes.length);
}
function esc(s) { return String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c])); }

// ---- editor -------------------------------------------------------------------------------------
let validateTimer = null;
async function loadEditor() {
  if ($('editor').value) return;
  if (state.source.scenario_text) { $('editor').value = state.source.scenario_text; }
  else {
    $('editor').value = await api('GET', '/api/scenarios/' + encodeURIComponent(state.source.scenario) + '?format=yaml');
  }
  validate();
}
function scheduleValidate() { clearTimeout(validateTimer); validateTimer = setTimeout(validate, 350); }
async function validate() {
  const text = $('editor').value;
  const v = await api('POST', '/api/scenarios/validate', text, 'application/yaml');
  const box = $('validity'), list = $('problems');
  list.innerHTML = '';
  box.className = v.valid ? 'ok' : 'bad';
  box.textContent = v.valid ? 'valid: ' + v.summary.actors + ' actors, ' + v.summary.issues + ' issues, ' + v.summary.positions + ' positions'
    : v.problems.length + ' problem' + (v.problems.length === 1 ? '' : 's');
  box.setAttribute('data-valid', String(v.valid));
  v.problems.forEach(p => {
    const li = document.createElement('li');
    li.setAttribute('data-testid', 'problem');
    li.setAttribute('data-line', p.line);
    li.textContent = p.line + ':' + p.column + ': ' + (p.field ? p.field + ': ' : '') + p.message;
    li.addEventListener('click', () => jumpTo(p.line, p.column));
    list.appendChild(li);
  });
  return v;
}
function jumpTo(line, column) {
  const ta = $('editor');
  const lines = ta.value.split('\n');
  let start = 0;
  for (let i = 0; i < Math.max(0, line - 1) && i < lines.length; i++) start += lines[i].length + 1;
  const end = start + (lines[line - 1] || '').length;
  ta.focus();
  ta.setSelectionRange(start, end);
  const lh = parseFloat(getComputedStyle(ta).lineHeight) || 16;
  ta.scrollTop = Math.max(0, (line - 5) * lh);
  ta.setAttribute('data-cursor-line', String(line));
}

// ---- forecast -----------------------------------------------------------------------------------
async function runForecast() {
  const issue = $('forecast-issue').value;
  let f;
  if (state.source.scenario) {
    const url = '/api/scenarios/' + encodeURIComponent(state.source.scenario) + '/forecast?model=' + encodeURIComponent(model());
    $('forecast-link').href = url;
    f = await api('GET', url);
  } else {
    $('forecast-link').removeAttribute('href');
    f = await api('POST', '/api/forecast', Object.assign(scenarioFields(), { model: model() }));
  }
  state.forecast = f;
  drawForecast(issue);
}
function drawForecast(issue) {
  const f = state.forecast;
  if (!f) return;
  const rows = f.result.trajectory.filter(r => r.dimension === issue);
  const actors = [...new Set(rows.map(r => r.actor))];
  const outcome = f.result.outcomes.find(o => o.issue === issue);
  const sc = issueScale(issue);
  const series = actors.map(a => ({ name: a, type: 'line', showSymbol: true, symbolSize: 5,
    data: rows.filter(r => r.actor === a).map(r => [r.round, +r.position.toFixed(2)]) }));
  series.push({ name: 'settlement', type: 'line', data: [], markLine: { symbol: 'none', silent: true,
    lineStyle: { color: '#e63946', width: 3 }, label: { formatter: 'settlement ' + outcome.outcome.toFixed(1), position: 'insideStartTop', color: '#e63946', fontWeight: 'bold' },
    data: [{ yAxis: outcome.outcome }] } });
  series.push({ name: 'scale anchors', type: 'line', data: [], markLine: { symbol: 'none', silent: true, data: anchorLines(issue) } });
  draw('forecast-chart', {
    title: { text: sc.title, subtext: 'model ' + f.provenance.model + ' · ' + (f.result.converged ? 'converged' : 'stopped') + ' after ' + f.result.iterations + ' rounds', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 60, right: 40, top: 70, bottom: 70 },
    xAxis: { type: 'value', name: 'round', nameLocation: 'middle', nameGap: 28, minInterval: 1 },
    yAxis: { type: 'value', name: 'position (' + sc.min + '–' + sc.max + ')', min: sc.min, max: sc.max },
    series,
  }, rows.length);
  $('forecast-summary').textContent = issue + ' settles at ' + outcome.outcome.toFixed(1) + (outcome.meaning ? ': ' + outcome.meaning : '') + '.';
}

// ---- compare ------------------------------------------------------------------------------------
async function runCompare() {
  const c = await api('POST', '/api/compare', Object.assign(scenarioFields(), { model: model(), options: 'all' }));
  const opts = c.result.options.map(o => o.option);
  const issues = c.result.baseline.outcomes.map(o => o.issue);
  const series = c.result.options.map(o => ({ name: o.option, type: 'bar', data: issues.map(i => +o.outcomes.find(x => x.issue === i).change.toFixed(2)) }));
  draw('compare-chart', {
    title: { text: 'Change of each issue\'s outcome from the baseline, per option', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' }, legend: { type: 'scroll', bottom: 0 },
    grid: { left: 60, right: 20, top: 50, bottom: 120 },
    xAxis: { type: 'category', data: issues, name: 'issue', nameLocation: 'middle', nameGap: 75, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', name: 'change (scale points, 0–100 scales)' }, series,
  }, series.length * issues.length);
  const actors = c.result.baseline.utilities.map(u => u.actor);
  const data = [];
  c.result.options.forEach((o, x) => o.utilities.forEach(u => data.push([x, actors.indexOf(u.actor), +u.change.toFixed(4)])));
  const m = Math.max(0.01, ...data.map(d => Math.abs(d[2])));
  draw('compare-heatmap', {
    tooltip: { formatter: (q) => actors[q.value[1]] + ' under ' + opts[q.value[0]] + ': utility change ' + q.value[2] },
    grid: { left: 110, right: 90, top: 20, bottom: 130 },
    xAxis: { type: 'category', data: opts, name: 'option', nameLocation: 'middle', nameGap: 110, axisLabel: { rotate: 35 } },
    yAxis: { type: 'category', data: actors, name: 'actor' },
    visualMap: { min: -m, max: m, calculable: true, right: 0, top: 'middle', text: ['gains', 'loses'], inRange: { color: ['#b2182b', '#f7f7f7', '#1a9850'] } },
    series: [{ type: 'heatmap', data, label: { show: true, fontSize: 9, formatter: (q) => q.value[2].toFixed(3) } }],
  }, data.length);
}

// ---- jobs ---------------------------------------------------------------------------------------
async function runJob(body, progressEl, stateEl, onDone) {
  const job = await api('POST', '/api/jobs', body);
  state.job = job.id;
  stateEl.textContent = 'queued';
  const update = (j) => {
    progressEl.max = 1;
    progressEl.value = j.progress.fraction;
    stateEl.textContent = j.state + ' ' + j.progress.done + ' / ' + j.progress.total;
    stateEl.setAttribute('data-state', j.state);
  };
  const finish = async () => {
    const j = await api('GET', '/api/jobs/' + job.id);
    update(j);
    if (j.state === 'failed') stateEl.textContent = 'failed: ' + j.error;
    if (j.result) onDone(j.result);
    return j;
  };
  if (!localStorage.getItem('peninsula-token') && window.EventSource) {
    return new Promise((resolve) => {
      const es = new EventSource('/api/jobs/' + job.id + '/events');
      es.addEventListener('progress', (e) => update(JSON.parse(e.data)));
      es.addEventListener('end', async () => { es.close(); resolve(await finish()); });
      es.onerror = async () => { es.close(); resolve(await poll(job.id, update, finish)); };
    });
  }
  return poll(job.id, update, finish);
}
async function poll(id, update, finish) {
  for (;;) {
    const j = await api('GET', '/api/jobs/' + id);
    update(j);
    if (!['queued', 'running'].includes(j.state)) return finish();
    await new Promise(r => setTimeout(r, 300));
  }
}

async function runMonteCarlo() {
  $('mc-run').disabled = true;
  $('mc-cancel').disabled = false;
  try {
    await runJob(Object.assign(scenarioFields(), { kind: 'montecarlo', model: model(), samples: +$('mc-samples').value, options: 'all' }),
      $('mc-progress'), $('mc-state'), (r) => { state.mc = r; drawMonteCarlo(); });
  } finally {
    $('mc-run').disabled = false;
    $('mc-cancel').disabled = true;
  }
}
function drawMonteCarlo() {
  const r = state.mc.result;
  const opts = [...new Set(r.issues.map(x => x.option))];
  fillSelect($('mc-option'), opts.map(o => [o, o]), true);
  const opt = $('mc-option').value || opts[0];
  const rows = r.issues.filter(x => x.option === opt);
  draw('montecarlo-chart', {
    title: { text: 'Outcome distributions under ' + opt + ' (' + r.completed + ' samples' + (r.cancelled ? ', cancelled' : '') + ')', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { formatter: (q) => q.name + '<br>min ' + q.value[1].toFixed(1) + ' · p05 ' + q.value[2].toFixed(1) + ' · median ' + q.value[3].toFixed(1) + ' · p95 ' + q.value[4].toFixed(1) + ' · max ' + q.value[5].toFixed(1) },
    legend: { data: ['min · p05 · median · p95 · max'], bottom: 0 },
    grid: { left: 60, right: 20, top: 50, bottom: 110 },
    xAxis: { type: 'category', data: rows.map(x => x.issue), name: 'issue', nameLocation: 'middle', nameGap: 75, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', name: 'outcome (0–100 scales)', min: 0, max: 100 },
    series: [{ name: 'min · p05 · median · p95 · max', type: 'boxplot', data: rows.map(x => [x.min, x.p05, x.p50, x.p95, x.max]) }],
  }, rows.length);
  const actors = [...new Set(r.actors.map(a => a.actor))];
  const data = r.actors.map(a => [opts.indexOf(a.option), actors.indexOf(a.actor), +(a.p_better * 100).toFixed(1)]);
  draw('montecarlo-heatmap', {
    tooltip: { formatter: (q) => actors[q.value[1]] + ' under ' + opts[q.value[0]] + ': better off in ' + q.value[2] + '% of samples' },
    grid: { left: 110, right: 90, top: 20, bottom: 130 },
    xAxis: { type: 'category', data: opts, name: 'option', nameLocation: 'middle', nameGap: 110, axisLabel: { rotate: 35 } },
    yAxis: { type: 'category', data: actors, name: 'actor' },
    visualMap: { min: 0, max: 100, calculable: true, right: 0, top: 'middle', text: ['100 %', '0 %'], inRange: { color: ['#f7f7f7', '#1a9850'] } },
    series: [{ type: 'heatmap', data, label: { show: true, fontSize: 9, formatter: (q) => q.value[2] } }],
  }, data.length);
}

async function runSimulate() {
  $('sim-run').disabled = true;
  $('sim-cancel').disabled = false;
  try {
    await runJob(Object.assign(scenarioFields(), { kind: 'simulate', model: model(), years: +$('sim-years').value, runs: +$('sim-runs').value,
      seed: +$('sim-seed').value, constraint: $('sim-constraint').value }), $('sim-progress'), $('sim-state'), (r) => { state.sim = r; drawSimulate(); });
  } finally {
    $('sim-run').disabled = false;
    $('sim-cancel').disabled = true;
  }
}
function drawSimulate() {
  // The result is simulate --format json's: year x issue rows under "issues" (the first year of each issue is today);
  // scales, titles and per-year event probabilities come from the scenario the job ran on.
  const r = state.sim.result;
  const ids = [...new Set(r.issues.map(x => x.issue))];
  fillSelect($('sim-issue'), ids.map(id => { const t = issueScale(id).title; return [id, id + (t ? ' — ' + shorten(t, 50) : '')]; }), true);
  const issue = $('sim-issue').value || ids[0];
  const s = issueScale(issue);
  const rows = r.issues.filter(x => x.issue === issue);
  const sc = { title: s.title, min: s.min, max: s.max, labels: s.anchors, today: rows[0].mean };
  const years = rows.map(x => String(x.year));
  const f = (v) => +v.toFixed(2);
  const anchors = anchorLines(issue);
  draw('simulate-chart', {
    title: { text: (sc.title || issue) + ': the next ' + (rows.length - 1) + ' years', subtext: r.completed + ' runs' + (r.cancelled ? ' (cancelled)' : '') + ' · model ' + state.sim.provenance.model + ' · seed ' + r.config.seed + ' · constraint ' + r.config.constraint,
      left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', formatter: (ps) => { const x = rows[ps[0].dataIndex]; return x.year + '<br>p05 ' + x.p05.toFixed(1) + ' · median ' + x.p50.toFixed(1) + ' · p95 ' + x.p95.toFixed(1) + '<br>mean ' + x.mean.toFixed(1) + ' · P(changed) ' + x.p_changed.toFixed(2); } },
    legend: { data: ['p05–p95', 'median (p50)', 'mean', 'status quo today'], bottom: 0 },
    grid: { left: 60, right: 40, top: 70, bottom: 70 },
    xAxis: { type: 'category', boundaryGap: false, data: years, name: 'year', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', name: issue + ' (' + sc.min + '–' + sc.max + ')', min: sc.min, max: sc.max },
    series: [
      { name: 'p05', type: 'line', stack: 'band', data: rows.map(x => f(x.p05)), lineStyle: { opacity: 0 }, symbol: 'none', silent: true },
      { name: 'p05–p95', type: 'line', stack: 'band', data: rows.map(x => f(x.p95 - x.p05)), lineStyle: { opacity: 0 }, symbol: 'none',
        areaStyle: { color: 'rgba(69,123,157,0.30)' }, itemStyle: { color: 'rgba(69,123,157,0.5)' } },
      { name: 'median (p50)', type: 'line', data: rows.map(x => f(x.p50)), itemStyle: { color: '#1d3557' }, lineStyle: { width: 2.5 } },
      { name: 'mean', type: 'line', data: rows.map(x => f(x.mean)), itemStyle: { color: '#e76f51' }, lineStyle: { type: 'dashed' }, symbol: 'none' },
      { name: 'status quo today', type: 'line', data: [], itemStyle: { color: '#e63946' }, markLine: { symbol: 'none', silent: true,
        lineStyle: { color: '#e63946', width: 2 }, label: { formatter: 'today ' + sc.today.toFixed(1), position: 'insideStartTop', color: '#e63946', fontWeight: 'bold' },
        data: [{ yAxis: sc.today }] } },
      { name: 'scale anchors', type: 'line', data: [], markLine: { symbol: 'none', silent: true, data: anchors } },
    ],
  }, rows.length);
  const last = Math.max(...r.events.map(e => e.year));
  const first = Math.min(...r.events.map(e => e.year));
  const events = [...new Set(r.events.map(e => e.event))];
  const declared = (id) => (state.scenario.events || []).find(e => e.id === id) || { title: '', probability: NaN };
  const head = '<tr><th>event</th><th>p/year</th><th>P(' + first + ')</th><th>P(by ' + last + ')</th><th>title</th></tr>';
  $('simulate-events').innerHTML = events.length === 0 ? '<tr><td>no events declared</td></tr>' : head + events.map(id => {
    const a = r.events.find(e => e.event === id && e.year === first);
    const b = r.events.find(e => e.event === id && e.year === last);
    const d = declared(id);
    return '<tr><td>' + esc(id) + '</td><td>' + d.probability.toFixed(2) + '</td><td>' + a.p_this_year.toFixed(3) + '</td><td>' + b.p_by_this_year.toFixed(3) + '</td><td>' + esc(d.title) + '</td></tr>';
  }).join('');
}

async function runSensitivity() {
  $('sens-run').disabled = true;
  $('sens-cancel').disabled = false;
  try {
    await runJob(Object.assign(scenarioFields(), { kind: 'sensitivity', model: model(), method: 'morris', samples: +$('sens-samples').value }),
      $('sens-progress'), $('sens-state'), (r) => { state.sens = r; drawTornado(); });
  } finally {
    $('sens-run').disabled = false;
    $('sens-cancel').disabled = true;
  }
}
function drawTornado() {
  const issue = $('sens-issue').value;
  const rows = state.sens.result.rows.filter(r => r.issue === issue).slice(0, 12).reverse();
  draw('tornado-chart', {
    title: { text: 'What moves ' + issue + ' (Morris mu*, top 12)', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' }, legend: { data: ['mu*', 'sigma'], bottom: 0 },
    grid: { left: 220, right: 30, top: 50, bottom: 60 },
    xAxis: { type: 'value', name: 'mean |change of the outcome| (scale points)', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', data: rows.map(r => r.input), name: 'input' },
    series: [{ name: 'mu*', type: 'bar', data: rows.map(r => +r.mu_star.toFixed(3)) }, { name: 'sigma', type: 'bar', data: rows.map(r => +r.sigma.toFixed(3)) }],
  }, rows.length);
}

// ---- levers -------------------------------------------------------------------------------------
async function runLevers() {
  const issue = $('levers-issue').value;
  const l = await api('POST', '/api/levers', Object.assign(scenarioFields(), { model: model(), issue, target: +$('levers-target').value }));
  const r = l.result;
  const reach = r.levers.filter(x => x.reachable);
  const t = $('levers-table');
  t.innerHTML = '<tr><th>actor</th><th>lever</th><th>from</th><th>to</th><th>outcome</th><th>effort</th></tr>' +
    r.levers.map(x => '<tr><td>' + esc(x.actor) + '</td><td>' + esc(x.lever) + '</td><td class="n">' + x.from.toFixed(3) + '</td><td class="n">' + x.to.toFixed(3) +
      '</td><td class="n">' + x.outcome.toFixed(1) + '</td><td class="n">' + (x.reachable ? Math.round(100 * x.effort) + '%' : 'not reachable') + '</td></tr>').join('');
  const rows = reach.slice(0, 15).reverse();
  draw('levers-chart', {
    title: { text: 'Levers that move ' + issue + ' from ' + r.forecast.toFixed(1) + ' to ' + r.target + ' (least effort first)', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' }, legend: { data: ['effort'], bottom: 0 },
    grid: { left: 200, right: 30, top: 50, bottom: 60 },
    xAxis: { type: 'value', name: 'effort (share of the lever\'s range)', nameLocation: 'middle', nameGap: 28, max: 1 },
    yAxis: { type: 'category', data: rows.map(x => x.actor + ' ' + x.lever) },
    series: [{ name: 'effort', type: 'bar', data: rows.map(x => +x.effort.toFixed(3)) }],
  }, rows.length);
  $('view-levers').setAttribute('data-rows', String(r.levers.length));
}

// ---- games --------------------------------------------------------------------------------------
function gameLabels() {
  const k = $('game-kind').value;
  const [a, b] = k === 'security-dilemma' ? ['state A', 'state B'] : k === 'alliance' ? ['patron', 'client'] : ['challenger', 'defender'];
  $('game-a-label').textContent = a;
  $('game-b-label').textContent = b;
}
async function runGame() {
  const kind = $('game-kind').value, a = $('game-a').value, b = $('game-b').value;
  const body = Object.assign(scenarioFields(), { kind });
  if (kind === 'security-dilemma') body.states = [a, b];
  else if (kind === 'alliance') { body.patron = a; body.client = b; }
  else { body.challenger = a; body.defender = b; }
  const g = await api('POST', '/api/games/build', body);
  const game = g.result.game;
  $('game-class').textContent = g.result.kind + ': ' + g.result.classification;
  const out = $('game-out');
  if (game.form === 'strategic') out.innerHTML = matrix(game);
  else out.innerHTML = '<ul class="tree">' + outline(game, game.root, game.equilibria[0]) + '</ul>';
  out.setAttribute('data-form', game.form);
}
function matrix(game) {
  const [rows, cols] = game.strategies;
  const pure = game.equilibria.filter(e => e.every(p => p.some(x => x.value === 1)))
    .map(e => e.map(p => p.findIndex(x => x.value === 1)));
  let h = '<table data-testid="payoff-matrix"><tr><th>' + esc(game.players[0]) + ' \\ ' + esc(game.players[1]) + '</th>' + cols.map(c => '<th>' + esc(c) + '</th>').join('') + '</tr>';
  rows.forEach((r, i) => {
    h += '<tr><th>' + esc(r) + '</th>';
    cols.forEach((c, j) => {
      const cell = game.cells.find(x => x.profile[0] === i && x.profile[1] === j);
      const eq = pure.some(p => p[0] === i && p[1] === j);
      h += '<td class="n' + (eq ? ' eq' : '') + '"' + (eq ? ' data-testid="equilibrium-cell"' : '') + '>' + cell.payoffs.map(v => v.toFixed(3)).join(', ') + '</td>';
    });
    h += '</tr>';
  });
  h += '</table><p>' + game.equilibria.length + ' equilibri' + (game.equilibria.length === 1 ? 'um' : 'a') + ': ' +
    game.equilibria.map(e => '(' + e.map((p, k) => p.map((x, s) => x.value > 0 ? x.exact + ' ' + game.strategies[k][s] : '').filter(Boolean).join(' + ')).join('; ') + ')').join(', ') +
    '. Highlighted: pure equilibria.</p>';
  return h;
}
function outline(game, node, eq) {
  let h = '<li><b>' + esc(node.label || '') + '</b>';
  if (node.player) h += ' — ' + esc(node.player) + (node.info_set !== undefined ? ' (set ' + node.info_set + ')' : '');
  if (node.payoffs) h += ' → payoffs ' + node.payoffs.map(v => v.toFixed(3)).join(', ');
  if (node.children) {
    const p = game.players.indexOf(node.player);
    const sets = p >= 0 && eq ? eq[p] : null;
    const probs = sets ? (sets[node.info_set] || sets[node.info_set - 1]) : null;
    h += '<ul>' + node.children.map((c, k) => {
      const chosen = probs && probs[k] && probs[k].value === 1;
      return chosen ? outline(game, c, eq).replace('<li>', '<li class="spe"><span class="act">equilibrium move</span> ') : outline(game, c, eq);
    }).join('') + '</ul>';
  }
  return h + '</li>';
}

// ---- runs ---------------------------------------------------------------------------------------
async function loadRuns() {
  const r = await api('GET', '/api/runs');
  const t = $('runs-table');
  t.innerHTML = '<tr><th>id</th><th>command</th><th>model</th><th>scenario</th><th>seed</th><th>started</th><th>s</th><th>executor</th><th></th></tr>' +
    r.runs.map(x => '<tr data-run="' + esc(x.id) + '"><td><code>' + esc(x.id) + '</code></td><td>' + esc(x.command) + '</td><td>' + esc(x.model) + '</td><td>' + esc(x.scenario) +
      '</td><td class="n">' + x.seed + '</td><td>' + esc(x.started) + '</td><td class="n">' + x.seconds.toFixed(2) + '</td><td>' + esc(x.executor) + '</td><td>' +
      '<button data-act="show">provenance</button> <button data-act="rerun">rerun</button> <button data-act="csv">CSV</button> <button data-act="parquet">Parquet</button></td></tr>').join('');
  t.setAttribute('data-rows', String(r.runs.length));
  $('runs-note').textContent = r.runs.length + ' runs';
}
async function runAction(id, act) {
  if (act === 'show') $('run-detail').textContent = JSON.stringify(await api('GET', '/api/runs/' + id), null, 2);
  else if (act === 'rerun') {
    const r = await api('POST', '/api/runs/' + id + '/rerun');
    $('run-detail').textContent = 'rerun of ' + id + ' from its stored request and scenario: ' + (r.identical ? 'identical' : 'different, first at ' + r.first_difference);
  } else {
    const res = await fetch('/api/runs/' + id + '/export?format=' + act, { headers: headers() });
    if (!res.ok) throw new Error('export failed: HTTP ' + res.status);
    const blob = await res.blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    const named = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') || '');
    a.download = named ? named[1] : id + '.' + act;
    a.click();
  }
}

// ---- routing ------------------------------------------------------------------------------------
const views = ['scenario', 'editor', 'forecast', 'compare', 'montecarlo', 'simulate', 'sensitivity', 'levers', 'games', 'runs'];
async function show() {
  const v = (location.hash || '#scenario').slice(1);
  const name = views.includes(v) ? v : 'scenario';
  document.querySelectorAll('.view').forEach(e => e.classList.toggle('active', e.id === 'view-' + name));
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.getAttribute('href') === '#' + name));
  try {
    status('working…');
    if (!state.scenario) await loadScenario();
    if (name === 'scenario') renderScenario();
    if (name === 'editor') await loadEditor();
    if (name === 'forecast') await runForecast();
    if (name === 'compare') await runCompare();
    if (name === 'levers' && !$('levers-chart').getAttribute('data-points')) await runLevers();
    if (name === 'runs') await loadRuns();
    Object.values(state.charts).forEach(c => c.resize());
    status('');
  } catch (e) { status(e.message, true); }
}
function guard(fn) { return async (...a) => { try { status('working…'); await fn(...a); status(''); } catch (e) { status(e.message, true); } }; }

async function init() {
  const list = await api('GET', '/api/scenarios');
  state.scenarios = list.scenarios;
  fillSelect($('scenario-select'), list.scenarios.map(s => [s.id, s.id + ' — ' + shorten(s.title, 40)]));
  $('scenario-select').addEventListener('change', guard(async () => { state.source = { scenario: $('scenario-select').value }; state.scenario = null; $('editor').value = ''; await show(); }));
  $('model-select').addEventListener('change', guard(show));
  $('upload').addEventListener('change', guard(async (ev) => {
    const f = ev.target.files[0];
    if (!f) return;
    const text = await f.text();
    state.source = { scenario_text: text };
    state.scenario = null;
    $('editor').value = text;
    const o = document.createElement('option'); o.value = 'uploaded'; o.textContent = 'uploaded: ' + f.name;
    $('scenario-select').appendChild(o); $('scenario-select').value = 'uploaded';
    await show();
  }));
  $('editor').addEventListener('input', scheduleValidate);
  $('editor-forecast').addEventListener('click', guard(async () => {
    const v = await validate();
    if (!v.valid) throw new Error('fix the problems first');
    state.source = { scenario_text: $('editor').value };
    state.scenario = v.scenario;
    ['forecast-issue', 'sens-issue', 'levers-issue'].forEach(id => fillSelect($(id), issueOptions(), true));
    if (location.hash === '#forecast') await show(); else location.hash = '#forecast';
  }));
  $('editor-use').addEventListener('click', guard(async () => {
    const v = await validate();
    if (!v.valid) throw new Error('fix the problems first');
    state.source = { scenario_text: $('editor').value };
    state.scenario = null;
    await loadScenario();
  }));
  $('forecast-issue').addEventListener('change', () => drawForecast($('forecast-issue').value));
  $('mc-run').addEventListener('click', guard(runMonteCarlo));
  $('mc-cancel').addEventListener('click', guard(async () => { if (state.job) await api('DELETE', '/api/jobs/' + state.job); }));
  $('mc-option').addEventListener('change', () => state.mc && drawMonteCarlo());
  $('sim-run').addEventListener('click', guard(runSimulate));
  $('sim-cancel').addEventListener('click', guard(async () => { if (state.job) await api('DELETE', '/api/jobs/' + state.job); }));
  $('sim-issue').addEventListener('change', () => state.sim && drawSimulate());
  $('sens-run').addEventListener('click', guard(runSensitivity));
  $('sens-cancel').addEventListener('click', guard(async () => { if (state.job) await api('DELETE', '/api/jobs/' + state.job); }));
  $('sens-issue').addEventListener('change', () => state.sens && drawTornado());
  $('levers-run').addEventListener('click', guard(runLevers));
  $('game-kind').addEventListener('change', gameLabels);
  $('game-run').addEventListener('click', guard(runGame));
  $('runs-refresh').addEventListener('click', guard(loadRuns));
  $('runs-table').addEventListener('click', guard(async (ev) => {
    const b = ev.target.closest('button');
    if (b) await runAction(b.closest('tr').getAttribute('data-run'), b.getAttribute('data-act'));
  }));
  gameLabels();
  window.addEventListener('hashchange', show);
  await show();
  document.body.setAttribute('data-ready', 'true');
}
init().catch(e => status(e.message, true));
