// The city dashboard: plain modules over the public API, with the token of the signed-in user. Every figure comes
// from analytics, the one counting source, and every reminder from reminders-service; the page only picks, formats
// and draws.
import {CATEGORIES, TEXT, englishTownship} from './i18n.js';

const TOKEN_KEY = 'haian.dashboard.token';
const LANGUAGE_KEY = 'haian.dashboard.language';
/** Often enough to feel live, seldom enough that a wall of open dashboards does not load the read side. */
const REFRESH_MS = 10000;
const FUNNEL = ['suggestionsSubmitted', 'suggestionsAccepted', 'suggestionsAdopted', 'suggestionsImplemented',
  'suggestionsInPlan'];
const STOCK_TRENDS = ['people', 'peopleUnderLiaison', 'members', 'villagesWithAgreement'];
const FLOW_TRENDS = ['contactsLogged', 'visits', 'suggestionsSubmitted', 'suggestionsImplemented'];
const TABLE_FIGURES = ['people', 'representatives', 'peopleUnderLiaison', 'members', 'organisationsVisited',
  'suggestionsSubmitted', 'suggestionsImplemented', 'villagesWithAgreement', 'peopleBenefited'];

const $ = (id) => document.getElementById(id);
const state = {
  language: sessionStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh',
  token: null,
  claims: null,
  townships: [],
  labels: new Map(),
  charts: {},
  shown: {},
  errors: new Map(),
  timer: null,
  importTimer: null,
  running: false,
  again: false,
};

const text = () => TEXT[state.language];

// --- the API ---------------------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The RFC 7807 problem's title and detail, or the OAuth error the issuer answered, as one line. */
async function reason(response) {
  try {
    const body = await response.json();
    const title = body.title || body.error;
    const detail = body.detail || body.error_description;
    if (title && detail) {
      return `${title}: ${detail}`;
    }
    return title || detail || `HTTP ${response.status}`;
  } catch (e) {
    return `HTTP ${response.status}`;
  }
}

async function call(url, params = {}, {method = 'GET', body, type} = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value)).toString();
  const headers = {Authorization: `Bearer ${state.token}`, Accept: 'application/json'};
  if (type) {
    headers['Content-Type'] = type;
  }
  let response;
  try {
    response = await fetch(`${url}${query ? `?${query}` : ''}`, {method, headers, body});
  } catch (e) {
    throw new ApiError(0, text().unreachable);
  }
  if (response.status === 401) {
    signOut(text().sessionExpired);
  }
  if (!response.ok) {
    throw await problem(response);
  }
  return response.json();
}

/** The refusal as an error; a problem's rows (an import's) ride along, so that each can be shown. */
async function problem(response) {
  const body = await response.clone().json().catch(() => ({}));
  const error = new ApiError(response.status, await reason(response));
  error.rows = Array.isArray(body.errors) ? body.errors : [];
  return error;
}

const get = (path, params) => call(`api/analytics${path}`, params);
const reminders = (params) => call('api/reminders', params);

// --- the token ---------------------------------------------------------------------------------------------------

/** The token's claims, read only to shape the page: the gateway and analytics check the token themselves. */
function claimsOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (e) {
    return null;
  }
}

function roles() {
  const claims = state.claims || {};
  return [...(claims.roles || []), ...((claims.realm_access || {}).roles || [])];
}

const cityWide = () => roles().some((role) => role === 'CITY_ADMIN' || role === 'ANALYST');
const readsFigures = () => cityWide() || roles().includes('TOWNSHIP_OFFICER');
/** Imports register people and organisations: the city's and a township's officers do that. */
const imports = () => roles().some((role) => role === 'CITY_ADMIN' || role === 'TOWNSHIP_OFFICER');
/** Reminders are for whoever acts on a record: not for analysts, who read figures. */
const readsReminders = () => roles().some((role) => ['CITY_ADMIN', 'TOWNSHIP_OFFICER', 'LIAISON_CADRE'].includes(role));

function keep(token) {
  const claims = claimsOf(token);
  if (!claims || (claims.exp && claims.exp * 1000 <= Date.now())) {
    return false;
  }
  state.token = token;
  state.claims = claims;
  sessionStorage.setItem(TOKEN_KEY, token);
  return true;
}

async function signIn(event) {
  event.preventDefault();
  const button = $('sign-in-button');
  button.disabled = true;
  showErrors([]);
  try {
    const response = await fetch('auth/token', {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json'},
      body: new URLSearchParams({username: $('username').value, password: $('password').value}),
    });
    if (response.status === 404) {
      showErrors([text().noLocalSignIn]);
    } else if (!response.ok) {
      showErrors([text().signInFailed(await reason(response))]);
    } else if (keep((await response.json()).access_token)) {
      $('password').value = '';
      await openDashboard();
      $('township').focus();
    }
  } catch (e) {
    showErrors([text().signInFailed(text().unreachable)]);
  } finally {
    button.disabled = false;
  }
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  state.token = null;
  state.claims = null;
  clearInterval(state.timer);
  state.timer = null;
  clearTimeout(state.importTimer);
  $('import-status').hidden = true;
  Object.values(state.charts).forEach((chart) => chart.dispose());
  state.charts = {};
  state.shown = {};
  state.errors.clear();
  $('dashboard').hidden = true;
  $('sign-out').hidden = true;
  $('user').hidden = true;
  $('sign-in').hidden = false;
  showErrors(message ? [message] : []);
  $('username').focus();
}

// --- the page ------------------------------------------------------------------------------------------------------

function todayInHaian() {
  // en-CA writes dates as YYYY-MM-DD, the form every API parameter and <input type=date> takes.
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Shanghai'}).format(new Date());
}

function label(figure) {
  const known = state.labels.get(figure);
  return known ? (state.language === 'en' ? known.english : known.chinese) : figure;
}

const bilingual = (item) => (state.language === 'en' ? item.english : item.chinese);

function townshipName(code) {
  const township = state.townships.find((candidate) => candidate.code === code);
  return state.language === 'en' ? englishTownship(code) : (township ? township.name : code);
}

const number = (value) => (value === null || value === undefined ? text().counting : text().number(value));

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value);
    }
  });
  children.forEach((child) => node.append(child));
  return node;
}

function showErrors(messages) {
  const box = $('error');
  box.replaceChildren(...messages.map((message) => element('p', {text: message})));
  box.hidden = messages.length === 0;
}

function fail(part, error) {
  state.errors.set(part, text().failed(text().what[part], error.message));
}

function applyLanguage() {
  const words = text();
  document.documentElement.lang = words.lang;
  document.title = words.title;
  document.querySelectorAll('[data-i18n]').forEach((node) => {
    node.textContent = words[node.dataset.i18n];
  });
  const toggle = $('language');
  toggle.textContent = words.other;
  toggle.lang = words.otherLang;
  if (state.claims) {
    const role = roles().map((r) => words.roles[r] || r).join(', ');
    $('user').textContent = words.signedInAs(state.claims.name || state.claims.sub, role);
  }
}

function switchLanguage() {
  state.language = state.language === 'zh' ? 'en' : 'zh';
  sessionStorage.setItem(LANGUAGE_KEY, state.language);
  applyLanguage();
  if (state.token) {
    fillPickers();
    // ECharts fixes its locale when a chart is made, so the charts are made again in the new language.
    Object.values(state.charts).forEach((chart) => chart.dispose());
    state.charts = {};
    state.shown = {};
    refresh();
  }
}

function option(value, name, selected) {
  const node = element('option', {value, text: name});
  node.selected = value === selected;
  return node;
}

function fillPickers() {
  const township = $('township');
  const category = $('category');
  const chosenTownship = township.value;
  const chosenCategory = category.value;
  const townships = cityWide() ? [option('', text().city, chosenTownship)] : [];
  state.townships.forEach((t) => townships.push(option(t.code, townshipName(t.code), chosenTownship)));
  township.replaceChildren(...townships);
  category.replaceChildren(option('', text().allCategories, chosenCategory),
      ...CATEGORIES.map((c) => option(c, text().categories[c], chosenCategory)));
}

async function openDashboard() {
  $('sign-in').hidden = true;
  $('dashboard').hidden = false;
  $('sign-out').hidden = false;
  $('user').hidden = false;
  applyLanguage();
  $('figures-view').hidden = !readsFigures();
  $('reminders-section').hidden = !readsReminders();
  $('imports-section').hidden = !imports();
  if (!readsFigures() && !readsReminders()) {
    $('dashboard').hidden = true;
    showErrors([text().noFigures]);
    return;
  }
  if (!$('as-of').value) {
    $('as-of').value = todayInHaian();
  }
  if (readsFigures()) {
    try {
      const [townships, figures] = await Promise.all([get('/townships'), get('/figures')]);
      const own = state.claims.township;
      state.townships = cityWide() ? townships : townships.filter((t) => t.code === own);
      state.labels = new Map(figures.map((f) => [f.figure, f]));
    } catch (e) {
      fail('townships', e);
      showErrors([...state.errors.values()]);
      return;
    }
    fillPickers();
  }
  await refresh();
  state.timer = setInterval(() => {
    if (!document.hidden) {
      refresh();
    }
  }, REFRESH_MS);
}

// --- reading the figures -----------------------------------------------------------------------------------------

function chosen() {
  return {township: $('township').value, category: $('category').value, asOf: $('as-of').value || todayInHaian()};
}

/** The first day analytics counts from: the People's Republic's founding. */
const FIRST_COUNTED_DAY = '1949-10-01';

/** A year of months up to the as-of day, the as-of month included, never before the first counted day. */
function seriesRange(asOf) {
  const [year, month] = asOf.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  return {from: first < FIRST_COUNTED_DAY ? FIRST_COUNTED_DAY : first, to: asOf};
}

/** The figures of the chosen township and category, and one row per township for the table. */
async function figures({township, category, asOf}) {
  if (cityWide()) {
    const city = await get('/city', {asOf});
    const scope = township && category ? (city.byTownshipAndCategory[township] || {})[category]
      : township ? city.byTownship[township] : category ? city.byCategory[category] : city.figures;
    const rows = state.townships.map((t) => ({
      code: t.code,
      figures: (category ? (city.byTownshipAndCategory[t.code] || {})[category] : city.byTownship[t.code]) || {},
    }));
    const total = category ? city.byCategory[category] : city.figures;
    return {scope: scope || {}, rows, total: total || {}, catchingUp: city.catchingUp};
  }
  const own = await get(`/townships/${encodeURIComponent(township)}`, {asOf});
  const scope = (category ? own.byCategory[category] : own.figures) || {};
  return {scope, rows: [{code: own.township, figures: scope}], total: null, catchingUp: own.catchingUp};
}

async function refresh() {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      await refreshOnce();
    } while (state.again && state.token);
  } finally {
    state.running = false;
  }
}

async function refreshOnce() {
  const choice = chosen();
  const key = JSON.stringify(choice);
  $('status').textContent = text().loading;
  const parts = [];
  if (readsFigures()) {
    parts.push(['figures', () => figures(choice), renderFigures],
        ['scorecard', () => get('/scorecard', {township: choice.township, asOf: choice.asOf}), renderScorecard],
        ['series', () => get('/series', {...seriesRange(choice.asOf), township: choice.township,
          category: choice.category}), renderSeries],
        ['deadLetters', () => get('/dead-letters/counts'), renderDeadLetters]);
  }
  if (readsReminders()) {
    // The city narrows its reminders by the township picked; an officer's and a cadre's are their own already.
    parts.push(['reminders', () => reminders(cityWide() ? {township: choice.township} : {}), renderReminders]);
  }
  const results = await Promise.allSettled(parts.map(([, load]) => load()));
  if (!state.token) {
    return;
  }
  state.errors.clear();
  parts.forEach(([part, , render], i) => show(part, key, results[i], render));
  showErrors([...state.errors.values()]);
  $('status').textContent = text().updated(new Date().toLocaleTimeString(text().lang));
  // The moment every part first shows figures, for a benchmark to read (performance.getEntriesByName).
  if (!state.painted && ['figures', 'scorecard', 'series'].every((part) => part in state.shown)) {
    state.painted = true;
    performance.mark('haian:figures-shown');
  }
}

/**
 * Draws one part of the page, but only when its answer changed: the live regions then announce a figure that moved,
 * not every refresh.
 */
function show(part, key, result, render) {
  if (result.status === 'rejected') {
    fail(part, result.reason);
    return;
  }
  const shown = key + JSON.stringify(result.value);
  if (state.shown[part] !== shown) {
    state.shown[part] = shown;
    render(result.value);
  }
}

// --- drawing -------------------------------------------------------------------------------------------------------

function chart(id) {
  if (!state.charts[id]) {
    state.charts[id] = window.echarts.init($(id), null, {locale: text().echartsLocale});
  }
  return state.charts[id];
}

const base = () => ({
  aria: {enabled: true},
  animation: !window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  // Drawn on the canvas: an HTML tooltip would need inline styles, which the page's CSP does not allow.
  tooltip: {trigger: 'item', renderMode: 'richText'},
  textStyle: {fontFamily: 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif'},
});

function renderFigures({scope, rows, total, catchingUp}) {
  const steps = FUNNEL.map((figure) => ({figure, name: label(figure), value: scope[figure] ?? 0}));
  chart('funnel-chart').setOption({
    ...base(),
    series: [{
      // Widths relative to the submitted suggestions, in the funnel's own order (a step never outgrows the one before).
      type: 'funnel', sort: 'none', min: 0, max: Math.max(1, ...steps.map((step) => step.value)),
      left: '5%', width: '55%', minSize: '4%', gap: 2,
      // Beside the funnel: a narrow step has no room for its label inside.
      label: {show: true, position: 'right', formatter: '{b}: {c}'},
      data: steps,
    }],
  }, true);
  $('funnel-figures').replaceChildren(...steps.flatMap((step) => [
    element('dt', {text: step.name}),
    element('dd', {'data-figure': step.figure, text: text().number(step.value)}),
  ]));
  renderTable(rows, total);
  const note = (catchingUp || []).flatMap((c) => c.figures).map(label);
  $('scorecard-note').hidden = note.length === 0;
  $('scorecard-note').textContent = note.length ? text().catchingUp(note.join('、')) : '';
}

/** Events analytics could not count (its dead-letter queue): the figures lack them until an administrator acts. */
function renderDeadLetters({letters}) {
  $('dead-letters-note').hidden = letters === 0;
  $('dead-letters-note').textContent = letters === 0 ? '' : text().deadLetters(text().number(letters));
}

function renderTable(rows, total) {
  const table = $('townships-table');
  const head = element('tr', {}, element('th', {scope: 'col', text: text().townshipColumn}),
      ...TABLE_FIGURES.map((figure) => element('th', {scope: 'col', text: label(figure)})));
  table.tHead.replaceChildren(head);
  const selected = $('township').value;
  const body = rows.map((row) => {
    const tr = element('tr', {'data-township': row.code}, element('th', {scope: 'row', text: townshipName(row.code)}),
        ...TABLE_FIGURES.map((figure) => element('td', {'data-figure': figure, text: number(row.figures[figure] ?? 0)})));
    if (row.code === selected) {
      tr.setAttribute('aria-current', 'true');
    }
    return tr;
  });
  if (total) {
    body.push(element('tr', {class: 'total'}, element('th', {scope: 'row', text: text().city}),
        ...TABLE_FIGURES.map((figure) => element('td', {'data-figure': figure, text: number(total[figure] ?? 0)}))));
  }
  table.tBodies[0].replaceChildren(...body);
}

function renderScorecard(card) {
  $('scorecard').replaceChildren(...card.parts.map((part) => element('section', {class: 'part', 'data-part': part.part},
      element('h3', {text: `“${part.part}” ${bilingual(part)}`}),
      ...part.items.map((item) => element('article', {class: 'item', 'data-item': item.item},
          element('h4', {text: bilingual(item)}),
          ...(item.category ? [element('p', {class: 'hint', text: text().categories[item.category]})] : []),
          element('dl', {class: 'figures'}, ...item.headlines.flatMap((headline) => [
            element('dt', {text: bilingual(headline)}),
            element('dd', {'data-headline': headline.key, text: number(headline.value)}),
          ]), ...item.coverage.flatMap((coverage) => [
            element('dt', {text: bilingual(coverage)}),
            element('dd', {'data-coverage': coverage.key, class: 'ratio',
              text: `${coverage.ratio === null ? '—' : text().percent(coverage.ratio)} (${
                text().coverageOf(text().number(coverage.partValue), text().number(coverage.wholeValue))})`}),
          ])))))));
}

function renderSeries(series) {
  const months = series.months.map((m) => m.month);
  const lines = (figures, type) => figures.map((figure) => ({
    type, name: label(figure), figure, data: series.months.map((m) => m.figures[figure] ?? 0),
  }));
  const axes = (title) => ({
    ...base(),
    title: {text: title, textStyle: {fontSize: 14}},
    tooltip: {trigger: 'axis', renderMode: 'richText'},
    legend: {type: 'scroll', bottom: 0},
    grid: {left: 48, right: 16, top: 36, bottom: 56},
    xAxis: {type: 'category', data: months},
    yAxis: {type: 'value', minInterval: 1},
  });
  chart('stock-chart').setOption({...axes(text().stocks), series: lines(STOCK_TRENDS, 'line')}, true);
  chart('flow-chart').setOption({...axes(text().flows), series: lines(FLOW_TRENDS, 'bar')}, true);
}

/** What a reminder is about, by the names that are not personal data (a person is named by id only). */
function subjectOf(subject) {
  return subject.organisationName || subject.villageName || subject.title
    || (subject.personId ? text().personId(subject.personId) : '—');
}

function renderReminders(feed) {
  const words = text();
  $('reminders-note').textContent = feed.items.length ? words.remindersAsOf(feed.asOf, feed.items.length)
    : words.noReminders(feed.asOf);
  const table = $('reminders-table');
  table.tHead.replaceChildren(element('tr', {}, ...words.reminderColumns.map((name) =>
      element('th', {scope: 'col', text: name}))));
  table.tBodies[0].replaceChildren(...feed.items.map((item) => element('tr',
      {'data-reminder': item.id, 'data-kind': item.kind},
      element('td', {text: words.reminderKinds[item.kind] || item.kind}),
      element('td', {text: townshipName(item.township)}),
      element('td', {text: subjectOf(item.subject)}),
      element('td', {text: item.dueOn}),
      element('td', {'data-days-overdue': String(item.daysOverdue), text: item.daysOverdue > 0
        ? words.daysOverdue(item.daysOverdue) : words.daysLeft(-item.daysOverdue)}),
      element('td', {}, element('code', {text: item.link})))));
}

// --- importing -----------------------------------------------------------------------------------------------------

/** How often a running import's progress is read again: a bar that moves, not a load on liaison. */
const IMPORT_POLL_MS = 1000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function startImport(event) {
  event.preventDefault();
  const file = $('import-file').files[0];
  if (!file) {
    return;
  }
  const dryRun = $('import-dry-run').checked;
  $('import-start').disabled = true;
  try {
    // The file goes as it is: liaison finds its format and encoding (a ZIP is a workbook, else CSV text).
    const report = await call('api/liaison/imports', {kind: $('import-kind').value, dryRun: String(dryRun)},
        {method: 'POST', body: file, type: file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv'});
    showImport(report);
    if (!dryRun) {
      followImport(report.batchId);
    }
  } catch (e) {
    showImportRefusal(e);
  } finally {
    $('import-start').disabled = false;
  }
}

function followImport(batchId) {
  clearTimeout(state.importTimer);
  state.importTimer = setTimeout(async () => {
    try {
      const status = await call(`api/liaison/imports/${encodeURIComponent(batchId)}`);
      showImport(status);
      if (['RUNNING', 'UNDOING'].includes(status.state)) {
        followImport(batchId);
      }
    } catch (e) {
      showImportRefusal(e);
    }
  }, IMPORT_POLL_MS);
}

/** The bar, the counts and every row that was not registered, of a dry run or of a running or finished import. */
function showImport(status) {
  const words = text();
  const undoing = status.undo && ['UNDOING', 'UNDONE'].includes(status.state);
  const progress = undoing ? status.undo : status.progress;
  $('import-status').hidden = false;
  $('import-progress').value = progress.percent ?? 0;
  $('import-summary').textContent = words.importSummary(status, progress);
  const undo = $('import-undo');
  undo.hidden = !['DONE', 'INTERRUPTED'].includes(status.state);
  undo.dataset.batch = status.batchId;
  $('import-errors').replaceChildren(...[...(status.errors || []), ...(status.alreadyRegistered || [])]
      .map((row) => element('li', {text: words.importRow(row)})));
}

function showImportRefusal(error) {
  $('import-status').hidden = false;
  $('import-progress').value = 0;
  $('import-summary').textContent = error.message;
  $('import-undo').hidden = true;
  $('import-errors').replaceChildren(...(error.rows || []).map((row) => element('li', {text: text().importRow(row)})));
}

async function undoImport() {
  const batchId = $('import-undo').dataset.batch;
  $('import-undo').hidden = true;
  try {
    showImport(await call(`api/liaison/imports/${encodeURIComponent(batchId)}/undo`, {}, {method: 'POST'}));
    followImport(batchId);
  } catch (e) {
    showImportRefusal(e);
  }
}

// --- wiring ----------------------------------------------------------------------------------------------------------

function start() {
  applyLanguage();
  $('language').addEventListener('click', switchLanguage);
  $('sign-in').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', () => signOut());
  $('import-form').addEventListener('submit', startImport);
  $('import-undo').addEventListener('click', undoImport);
  ['township', 'category', 'as-of'].forEach((id) => $(id).addEventListener('change', () => {
    if ($('as-of').checkValidity()) {
      refresh();
    }
  }));
  $('today').addEventListener('click', () => {
    $('as-of').value = todayInHaian();
    refresh();
  });
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && state.timer) {
      refresh();
    }
  });
  window.addEventListener('resize', () => Object.values(state.charts).forEach((c) => c.resize()));
  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved && keep(saved)) {
    openDashboard();
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
    signOut();
  }
}

start();
