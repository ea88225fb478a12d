// The playground page: forms in, conformance operations evaluated by the
// SDK compiled to WebAssembly (creditinsEvaluate, see ../wasm/main.go), the
// JSON results drawn as tables and SVG. No rule is computed here: the page
// only shows what the SDK returns, and subtracts the SDK's amounts to draw
// the indemnity waterfall.
'use strict';

// ---------------------------------------------------------------- words

const I18N = {
  en: {
    title: 'Trade credit insurance playground',
    tabDeadlines: 'Deadlines', tabIndemnity: 'Indemnity', tabPremium: 'Premium',
    share: 'Link to this case', loading: 'Loading the SDK (WebAssembly)…',
    footer: 'Every figure is computed by the creditins SDK compiled to WebAssembly (conformance.Evaluate, the operations of conformance/FORMAT.md).',
    deadlinesTitle: 'The clocks of an unpaid invoice',
    indemnityTitle: "A buyer's book: cover, insured amount, indemnity",
    premiumTitle: 'The premium of one insurance year',
    policy: 'Policy terms', invoice: 'Invoice', events: 'Events', book: 'Book', buyer: 'Buyer',
    decisions: 'Credit-limit decisions', invoices: 'Invoices', payments: 'Payments',
    groups: 'Turnover by country group', fees: 'Fees', premium: 'Premium',
    add: '+ row', del: '×', yes: 'yes', no: 'no', none: '—',
    step: 'Step', date: 'Date', rule: 'Rule',
    // fields
    deadlineRule: 'Deadline rule', maxInvoicingDays: 'Invoicing within (days)',
    maxCreditDays: 'Maximum credit period (days)', maxExtensionDays: 'Maximum extension (days)',
    'overdueNotice.days': 'Overdue notice within (days)', 'overdueNotice.anchor': '… counted from',
    waitingPeriodMonths: 'Waiting period (months)', indemnityDays: 'Indemnity paid within (days)',
    deliveryDate: 'Delivery', invoiceDate: 'Invoice date', dueDate: 'Due date',
    overdueNoticeDate: 'Overdue notice (threat of loss)', insolvencyDate: 'Insolvency',
    currency: 'Currency', effectiveDate: 'Effective date', expiryDate: 'Expiry date',
    signatureDate: 'Signature date', retroactivityDays: 'Retroactivity (days)',
    reductionNoticeDays: 'Reduction notice (days)', 'quotite.named': 'Quotité, named cover',
    'quotite.discretionary': 'Quotité, discretionary', discretionaryMax: 'Discretionary maximum',
    vatCovered: 'VAT covered', discretionaryEligible: 'Eligible for discretionary cover',
    asOf: 'Book read on', deductible: 'Deductible (optional)',
    id: 'Id', kind: 'Kind', amount: 'Amount', expiry: 'Expiry', net: 'Net', tax: 'VAT', disputed: 'Disputed',
    group: 'Group', rate: 'Rate', turnover: 'Turnover', name: 'Name', unitPrice: 'Unit price', count: 'Count',
    minimumPremium: 'Minimum premium', instalmentsPaid: 'Instalments paid',
    // outputs
    invoicingDeadline: 'Invoicing deadline', invoicedOnTime: 'Invoiced on time',
    maxCreditEnd: 'End of the maximum credit period', termWithinMax: 'Term within the maximum',
    mepEnd: 'End of the maximum extension period', overdueNoticeDeadline: 'Overdue notice deadline',
    noticeOnTime: 'Notice on time', waitingPeriodEnd: 'End of the waiting period',
    lossDate: 'Date of loss', indemnityDue: 'Indemnity due',
    at: 'Amounts read on', cause: 'Cause of loss', stopDate: 'Stop of cover', stopCause: 'Cause of the stop',
    openNet: 'Open (net)', openGross: 'Open (gross)', insured: 'Insured', uninsured: 'Uninsured',
    indemnity: 'Indemnity', newDelivery: 'A delivery today', headroom: 'Headroom',
    noticeDeadline: 'Notice to file by', layer: 'Layer at quotité', cover: 'Cover', coverAmount: 'Amount in force',
    quotite: 'Quotité', reason: 'Excluded because', paid: 'Paid',
    byGroup: 'Premium', premiumOnTurnover: 'Premium on turnover', finalPremium: 'Final premium',
    adjustment: 'Adjustment (negative: refund)', total: 'Total due',
    // waterfall
    wfLoss: 'Open loss', wfExcluded: 'Excluded', wfOverLimit: 'Over the limit', wfQuotite: 'Quotité (retained share)',
    wfDeductible: 'Deductible', wfPaid: 'Paid', wfInsured: 'Insured',
    noClaim: 'No claim yet: the date of loss has not come on the day the book is read.',
    legendWeekend: 'week-end', legendHoliday: 'public holiday (fr)', legendNominal: 'nominal day', legendFinal: 'final day',
    stories: 'Stories:',
    // clocks
    laneInvoicing: 'Invoicing', laneCredit: 'Credit period', laneExtension: 'Extension', laneNotice: 'Overdue notice',
    laneWaiting: 'Waiting period', laneIndemnity: 'Indemnity',
    ruleNames: {
      'fr-civil': 'French civil computation: the first day is not counted; a limit ending on a Saturday, Sunday or public holiday runs to the next business day (CPC art. 641-642)',
      'fr-prescription': 'the first day is not counted; never extended (C. civ. 2228-2229)',
      strict: 'the first day is not counted; never extended',
    },
    rInvoicing: (p, r) => `delivery + ${p.maxInvoicingDays} days; ${r}`,
    rCredit: (p) => `invoice date + ${p.maxCreditDays} calendar days, not adjusted`,
    rExtension: (p) => `due date + ${p.maxExtensionDays} days, not adjusted; the original due date stays the reference`,
    rNotice: (p, r, a) => `${a} + ${p.overdueNotice.days} days; ${r}`,
    rWaiting: (p) => `notice date + ${p.waitingPeriodMonths} months (a missing day becomes the month's last), not adjusted`,
    rLoss: () => 'the insolvency when it comes on or before the end of the waiting period, else the end of the waiting period',
    rIndemnity: (p) => `date of loss + ${p.indemnityDays} days, not adjusted`,
    anchors: { dueDate: 'due date', maxCreditEnd: 'end of the maximum credit period', mepEnd: 'end of the maximum extension period' },
    chartPremium: 'Premium and adjustment',
  },
  fr: {
    title: "Bac à sable de l'assurance-crédit",
    tabDeadlines: 'Délais', tabIndemnity: 'Indemnité', tabPremium: 'Prime',
    share: 'Lien vers ce cas', loading: 'Chargement du SDK (WebAssembly)…',
    footer: 'Chaque chiffre est calculé par le SDK creditins compilé en WebAssembly (conformance.Evaluate, les opérations de conformance/FORMAT.md).',
    deadlinesTitle: "Les délais d'une facture impayée",
    indemnityTitle: "Le compte d'un acheteur : garantie, montant garanti, indemnité",
    premiumTitle: "La prime d'une année d'assurance",
    policy: 'Conditions de la police', invoice: 'Facture', events: 'Événements', book: 'Compte', buyer: 'Acheteur',
    decisions: 'Décisions de limite de crédit', invoices: 'Factures', payments: 'Règlements',
    groups: "Chiffre d'affaires par groupe de pays", fees: 'Frais', premium: 'Prime',
    add: '+ ligne', del: '×', yes: 'oui', no: 'non', none: '—',
    step: 'Étape', date: 'Date', rule: 'Règle',
    deadlineRule: 'Computation des délais', maxInvoicingDays: 'Facturation sous (jours)',
    maxCreditDays: 'Durée maximale de crédit (jours)', maxExtensionDays: 'Prorogation maximale (jours)',
    'overdueNotice.days': 'Menace de sinistre déclarée sous (jours)', 'overdueNotice.anchor': '… à compter de',
    waitingPeriodMonths: 'Délai constitutif de sinistre (mois)', indemnityDays: 'Indemnisation sous (jours)',
    deliveryDate: 'Livraison', invoiceDate: 'Date de facture', dueDate: 'Échéance',
    overdueNoticeDate: 'Déclaration de menace de sinistre', insolvencyDate: 'Insolvabilité',
    currency: 'Devise', effectiveDate: "Date d'effet", expiryDate: "Date d'échéance de la police",
    signatureDate: 'Date de signature', retroactivityDays: 'Rétroactivité (jours)',
    reductionNoticeDays: 'Préavis de réduction (jours)', 'quotite.named': 'Quotité garantie, agrément',
    'quotite.discretionary': 'Quotité garantie, non dénommé', discretionaryMax: 'Plafond non dénommé',
    vatCovered: 'TVA garantie', discretionaryEligible: 'Éligible au non dénommé',
    asOf: 'Compte lu le', deductible: 'Franchise (facultative)',
    id: 'Réf.', kind: 'Nature', amount: 'Montant', expiry: 'Fin', net: 'HT', tax: 'TVA', disputed: 'Litige',
    group: 'Groupe', rate: 'Taux', turnover: "Chiffre d'affaires", name: 'Libellé', unitPrice: 'Prix unitaire', count: 'Nombre',
    minimumPremium: 'Prime minimale', instalmentsPaid: 'Acomptes versés',
    invoicingDeadline: 'Date limite de facturation', invoicedOnTime: 'Facturée à temps',
    maxCreditEnd: 'Fin de la durée maximale de crédit', termWithinMax: 'Échéance dans la durée maximale',
    mepEnd: 'Fin de la prorogation maximale', overdueNoticeDeadline: 'Date limite de la déclaration de menace',
    noticeOnTime: 'Déclaration à temps', waitingPeriodEnd: 'Fin du délai constitutif',
    lossDate: 'Date du sinistre', indemnityDue: "Date de l'indemnisation",
    at: 'Montants lus le', cause: 'Fait générateur', stopDate: 'Arrêt de la garantie', stopCause: "Cause de l'arrêt",
    openNet: 'Encours HT', openGross: 'Encours TTC', insured: 'Garanti', uninsured: 'Non garanti',
    indemnity: 'Indemnité', newDelivery: "Une livraison aujourd'hui", headroom: 'Disponible',
    noticeDeadline: 'Déclarer la menace avant le', layer: 'Tranche à la quotité', cover: 'Garantie', coverAmount: 'Montant en vigueur',
    quotite: 'Quotité', reason: "Motif d'exclusion", paid: 'Versé',
    byGroup: 'Prime', premiumOnTurnover: "Prime sur chiffre d'affaires", finalPremium: 'Prime définitive',
    adjustment: 'Régularisation (négative : remboursement)', total: 'Total dû',
    wfLoss: 'Perte (encours)', wfExcluded: 'Exclu', wfOverLimit: 'Au-delà de la limite', wfQuotite: 'Quotité (part conservée)',
    wfDeductible: 'Franchise', wfPaid: 'Versé', wfInsured: 'Garanti',
    noClaim: "Pas encore de sinistre : la date du sinistre n'est pas venue le jour où le compte est lu.",
    legendWeekend: 'week-end', legendHoliday: 'jour férié (fr)', legendNominal: 'jour nominal', legendFinal: 'jour final',
    stories: 'Histoires :',
    laneInvoicing: 'Facturation', laneCredit: 'Durée de crédit', laneExtension: 'Prorogation', laneNotice: 'Menace de sinistre',
    laneWaiting: 'Délai constitutif', laneIndemnity: 'Indemnisation',
    ruleNames: {
      'fr-civil': "computation civile : le jour de départ ne compte pas ; un délai qui expire un samedi, un dimanche ou un jour férié est prorogé au premier jour ouvrable suivant (CPC art. 641-642)",
      'fr-prescription': 'le jour de départ ne compte pas ; jamais prorogé (C. civ. 2228-2229)',
      strict: 'le jour de départ ne compte pas ; jamais prorogé',
    },
    rInvoicing: (p, r) => `livraison + ${p.maxInvoicingDays} jours ; ${r}`,
    rCredit: (p) => `date de facture + ${p.maxCreditDays} jours calendaires, sans report`,
    rExtension: (p) => `échéance + ${p.maxExtensionDays} jours, sans report ; l'échéance d'origine reste la référence`,
    rNotice: (p, r, a) => `${a} + ${p.overdueNotice.days} jours ; ${r}`,
    rWaiting: (p) => `date de la déclaration + ${p.waitingPeriodMonths} mois (un quantième absent devient le dernier jour du mois), sans report`,
    rLoss: () => "l'insolvabilité si elle survient au plus tard à la fin du délai constitutif, sinon la fin du délai constitutif",
    rIndemnity: (p) => `date du sinistre + ${p.indemnityDays} jours, sans report`,
    anchors: { dueDate: 'échéance', maxCreditEnd: 'fin de la durée maximale de crédit', mepEnd: 'fin de la prorogation maximale' },
    chartPremium: 'Prime et régularisation',
  },
};

let lang = 'en';
function t(k) {
  const v = I18N[lang][k];
  return v !== undefined ? v : (I18N.en[k] !== undefined ? I18N.en[k] : k);
}

// ---------------------------------------------------------------- state

const DEFAULT_DEADLINES = {
  policy: {
    deadlineRule: 'fr-civil', maxInvoicingDays: 30, maxCreditDays: 120, maxExtensionDays: 60,
    overdueNotice: { days: 30, anchor: 'dueDate' }, waitingPeriodMonths: 5, indemnityDays: 30,
  },
  invoice: { deliveryDate: '2025-01-10', invoiceDate: '2025-01-20', dueDate: '2025-03-20' },
  events: { overdueNoticeDate: '2025-04-10' },
};

const DEFAULT_PREMIUM = {
  currency: 'EUR',
  groups: [
    { group: 'domestic', rate: '0.0025', turnover: 'EUR 2000000' },
    { group: 'export', rate: '0.004', turnover: 'EUR 500000' },
  ],
  minimumPremium: 'EUR 5000', instalmentsPaid: 'EUR 5000',
  fees: [{ name: 'buyer assessment', unitPrice: 'EUR 150', count: 4 }],
};

const clone = (o) => JSON.parse(JSON.stringify(o));

// STORIES are the claims.book cases of the public vectors
// (conformance/testdata/vectors/book.json, served beside the page as
// book.json): the indemnity panel loads one in one click.
let STORIES = [];

const state = {
  panel: 'deadlines',
  d: null,
  b: null,
  deductible: '',
  p: clone(DEFAULT_PREMIUM),
};

function readHash() {
  const q = new URLSearchParams(location.hash.slice(1));
  const json = (k) => { try { return q.has(k) ? JSON.parse(q.get(k)) : null; } catch (e) { return null; } };
  if (['deadlines', 'indemnity', 'premium'].includes(q.get('panel'))) state.panel = q.get('panel');
  if (q.get('lang') === 'fr' || q.get('lang') === 'en') lang = q.get('lang');
  else if ((navigator.language || '').startsWith('fr')) lang = 'fr';
  state.d = json('d') || clone(DEFAULT_DEADLINES);
  state.b = json('b') || clone(STORIES[0].input);
  state.p = json('p') || state.p;
  if (q.has('deductible')) state.deductible = q.get('deductible');
}

function writeHash() {
  const q = new URLSearchParams();
  q.set('panel', state.panel);
  q.set('lang', lang);
  q.set('d', JSON.stringify(state.d));
  q.set('b', JSON.stringify(state.b));
  if (state.deductible) q.set('deductible', state.deductible);
  q.set('p', JSON.stringify(state.p));
  history.replaceState(null, '', '#' + q.toString());
  document.getElementById('share').href = location.href;
}

// ---------------------------------------------------------------- SDK

class SDKError extends Error {
  constructor(code, message) { super(message); this.code = code; }
}

// evaluate runs one FORMAT.md operation in the SDK and returns its result.
function evaluate(op, input) {
  const r = globalThis.creditinsEvaluate(op, JSON.stringify(input));
  if (r.error !== undefined) throw new SDKError(r.code, r.error);
  return JSON.parse(r.result);
}

// ---------------------------------------------------------------- helpers

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of kids) if (c !== null && c !== undefined) e.append(c);
  return e;
}

const SVGNS = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function getPath(o, path) {
  return path.split('.').reduce((a, k) => (a === undefined || a === null ? undefined : a[k]), o);
}
function setPath(o, path, v) {
  const ks = path.split('.');
  let a = o;
  for (const k of ks.slice(0, -1)) {
    if (a[k] === undefined || a[k] === null || typeof a[k] !== 'object') a[k] = {};
    a = a[k];
  }
  if (v === undefined) delete a[ks[ks.length - 1]];
  else a[ks[ks.length - 1]] = v;
}

// readInput turns a form control's value into the JSON value of its field;
// an empty optional field is left out (FORMAT.md: left out means default).
function readInput(input, type) {
  if (type === 'bool') return input.checked;
  const s = input.value.trim();
  if (s === '') return undefined;
  if (type === 'int') return Number.isInteger(Number(s)) ? Number(s) : s;
  return s;
}

function control(type, value, options, onchange) {
  if (type === 'select') {
    const s = el('select', { onchange });
    for (const o of options) s.append(el('option', { value: o, text: o }));
    s.value = value === undefined || value === null ? options[0] : value;
    return s;
  }
  if (type === 'bool') {
    const c = el('input', { type: 'checkbox', onchange });
    c.checked = !!value;
    return c;
  }
  const attrs = { value: value === undefined || value === null ? '' : String(value), oninput: onchange };
  if (type === 'date') { attrs.type = 'text'; attrs.placeholder = 'YYYY-MM-DD'; attrs.pattern = '\\d{4}-\\d{2}-\\d{2}'; }
  if (type === 'money') attrs.placeholder = 'EUR 1000';
  if (type === 'int') attrs.type = 'number';
  return el('input', attrs);
}

// buildForm fills form with fieldsets of fields bound to obj (by path) and
// of row tables bound to arrays of obj; change() runs after every edit.
function buildForm(form, obj, groups, change) {
  form.textContent = '';
  for (const g of groups) {
    const fs = el('fieldset', {}, el('legend', { text: t(g.legend) }));
    for (const f of g.fields || []) {
      const target = f.obj ? f.obj() : obj;
      const c = control(f.type, getPath(target, f.path), f.options, (ev) => {
        setPath(target, f.path, readInput(ev.target, f.type));
        change();
      });
      c.id = form.id + '-' + f.path.replace(/\./g, '-');
      fs.append(el('label', { class: 'field', title: f.path }, el('span', { text: t(f.label || f.path) }), c));
    }
    if (g.rows) fs.append(rowsTable(obj, g.rows, () => { buildForm(form, obj, groups, change); change(); }, change));
    form.append(fs);
  }
}

function rowsTable(obj, spec, rebuild, change) {
  // An absent list stays absent (the URL keeps the case as given) until a
  // row is added.
  const rows = Array.isArray(getPath(obj, spec.path)) ? getPath(obj, spec.path) : [];
  const tbl = el('table', { class: 'rows' });
  tbl.append(el('tr', {}, ...spec.cols.map((c) => el('th', { text: t(c.key), title: c.key })), el('th')));
  rows.forEach((row, i) => {
    const tr = el('tr');
    for (const c of spec.cols) {
      tr.append(el('td', {}, control(c.type, row[c.key], c.options, (ev) => {
        const v = readInput(ev.target, c.type);
        if (v === undefined || (c.type === 'bool' && v === false)) delete row[c.key]; else row[c.key] = v;
        change();
      })));
    }
    tr.append(el('td', {}, el('button', { type: 'button', class: 'del', text: t('del'), onclick: () => { rows.splice(i, 1); rebuild(); } })));
    tbl.append(tr);
  });
  tbl.append(el('tr', {}, el('td', { colspan: spec.cols.length + 1 },
    el('button', { type: 'button', class: 'add', text: t('add'), onclick: () => { rows.push(spec.newRow(rows)); setPath(obj, spec.path, rows); rebuild(); } }))));
  return tbl;
}

function showError(panel, err) {
  const box = document.getElementById(panel + '-error');
  if (!err) { box.hidden = true; box.textContent = ''; return; }
  box.hidden = false;
  box.textContent = (err.code ? err.code + ': ' : '') + err.message;
}

// outCell is a table cell showing one result value, marked with the result
// path (data-out) and its raw JSON value (data-value) for the tests.
function outCell(path, v, cls) {
  let text = v;
  if (v === null || v === undefined) text = t('none');
  else if (v === true) text = '✓ ' + t('yes');
  else if (v === false) text = '✗ ' + t('no');
  else if (path.endsWith('reason') || path.endsWith('cause') || path.endsWith('Cause')) text = v === '' ? '—' : v;
  const c = el('td', { 'data-out': path, 'data-value': JSON.stringify(v === undefined ? null : v), text: String(text) });
  c.className = cls || '';
  if (v === true) c.classList.add('ok');
  if (v === false) c.classList.add('ko');
  return c;
}

// Money: the SDK's strings "EUR 1234.56" read exactly into micro-units so
// the waterfall can subtract the SDK's amounts without float error.
function money(s) {
  const [cur, v] = s.split(' ');
  const neg = v.startsWith('-');
  const [ip, fp = ''] = (neg ? v.slice(1) : v).split('.');
  const n = BigInt(ip + (fp + '000000').slice(0, 6));
  return { cur, n: neg ? -n : n };
}
function moneyString(cur, n) {
  const digits = cur === 'JPY' ? 0 : 2;
  const neg = n < 0n;
  const a = neg ? -n : n;
  const ip = a / 1000000n;
  const fp = (a % 1000000n).toString().padStart(6, '0').slice(0, digits);
  return cur + ' ' + (neg ? '-' : '') + ip.toString() + (digits ? '.' + fp : '');
}
const toFloat = (n) => Number(n) / 1e6;
function grouped(s) {
  // "EUR 1234567.5" -> "1 234 567.50 EUR" for chart labels only
  const m = money(s);
  const [ip, fp] = moneyString(m.cur, m.n).split(' ')[1].split('.');
  const g = ip.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return g + (fp !== undefined ? (lang === 'fr' ? ',' : '.') + fp : '') + ' ' + m.cur;
}

// ---------------------------------------------------------------- dates

const DAY = 86400000;
const dayNum = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY;
const dayStr = (n) => new Date(n * DAY).toISOString().slice(0, 10);

// ---------------------------------------------------------------- deadlines

const RULES = ['fr-civil', 'fr-prescription', 'strict'];
const ANCHORS = ['dueDate', 'maxCreditEnd', 'mepEnd'];

function deadlinesForm() {
  buildForm(document.getElementById('deadlines-form'), state.d, [
    { legend: 'invoice', fields: [
      { path: 'invoice.deliveryDate', label: 'deliveryDate', type: 'date' },
      { path: 'invoice.invoiceDate', label: 'invoiceDate', type: 'date' },
      { path: 'invoice.dueDate', label: 'dueDate', type: 'date' },
    ] },
    { legend: 'events', fields: [
      { path: 'events.overdueNoticeDate', label: 'overdueNoticeDate', type: 'date' },
      { path: 'events.insolvencyDate', label: 'insolvencyDate', type: 'date' },
    ] },
    { legend: 'policy', fields: [
      { path: 'policy.deadlineRule', label: 'deadlineRule', type: 'select', options: RULES },
      { path: 'policy.maxInvoicingDays', label: 'maxInvoicingDays', type: 'int' },
      { path: 'policy.maxCreditDays', label: 'maxCreditDays', type: 'int' },
      { path: 'policy.maxExtensionDays', label: 'maxExtensionDays', type: 'int' },
      { path: 'policy.overdueNotice.days', label: 'overdueNotice.days', type: 'int' },
      { path: 'policy.overdueNotice.anchor', label: 'overdueNotice.anchor', type: 'select', options: ANCHORS },
      { path: 'policy.waitingPeriodMonths', label: 'waitingPeriodMonths', type: 'int' },
      { path: 'policy.indemnityDays', label: 'indemnityDays', type: 'int' },
    ] },
  ], update);
}

function renderDeadlines() {
  const tl = document.getElementById('deadlines-timeline');
  const tbl = document.getElementById('deadlines-table');
  tl.textContent = ''; tbl.textContent = '';
  const inp = state.d;
  const p = inp.policy;
  let out, inv, notice;
  try {
    out = evaluate('claims.deadlines', inp);
    // The nominal and final days of the two limits counted under the rule.
    inv = evaluate('calendar.deadline', { anchor: inp.invoice.deliveryDate, period: { days: p.maxInvoicingDays }, rule: p.deadlineRule });
    const anchorDate = { dueDate: inp.invoice.dueDate, maxCreditEnd: out.maxCreditEnd, mepEnd: out.mepEnd }[p.overdueNotice.anchor];
    notice = evaluate('calendar.deadline', { anchor: anchorDate, period: { days: p.overdueNotice.days }, rule: p.deadlineRule });
  } catch (e) { showError('deadlines', e); return; }
  showError('deadlines', null);

  const ruleWords = t('ruleNames')[p.deadlineRule] || p.deadlineRule;
  const anchorWords = t('anchors')[p.overdueNotice.anchor] || p.overdueNotice.anchor;
  const rows = [
    ['invoicingDeadline', t('rInvoicing')(p, ruleWords), inv],
    ['invoicedOnTime'],
    ['maxCreditEnd', t('rCredit')(p)],
    ['termWithinMax'],
    ['mepEnd', t('rExtension')(p)],
    ['overdueNoticeDeadline', t('rNotice')(p, ruleWords, anchorWords), notice],
    ['noticeOnTime'],
    ['waitingPeriodEnd', t('rWaiting')(p)],
    ['lossDate', t('rLoss')()],
    ['indemnityDue', t('rIndemnity')(p)],
  ];
  tbl.append(el('tr', {}, el('th', { text: t('step') }), el('th', { text: t('date') }), el('th', { text: t('rule') })));
  for (const [k, words, dl] of rows) {
    const extra = dl && dl.nominal !== dl.final ? ` (${t('legendNominal')} ${dl.nominal})` : '';
    tbl.append(el('tr', {}, el('th', { text: t(k) }), outCell(k, out[k], 'date'),
      el('td', { class: 'rule', text: (words || '') + extra })));
  }
  tl.append(timeline(inp, out, inv, notice));
}

// timeline draws the clocks as lanes over the days, week-ends and the
// public holidays of the fr calendar shaded.
function timeline(inp, out, inv, notice) {
  const ev = inp.events || {};
  const lanes = [
    { name: 'laneInvoicing', from: inp.invoice.deliveryDate, dl: inv, marks: [[inp.invoice.invoiceDate, 'invoiceDate']] },
    { name: 'laneCredit', from: inp.invoice.invoiceDate, to: out.maxCreditEnd, marks: [[inp.invoice.dueDate, 'dueDate']] },
    { name: 'laneExtension', from: inp.invoice.dueDate, to: out.mepEnd },
    { name: 'laneNotice', from: { dueDate: inp.invoice.dueDate, maxCreditEnd: out.maxCreditEnd, mepEnd: out.mepEnd }[inp.policy.overdueNotice.anchor], dl: notice, marks: [[ev.overdueNoticeDate, 'overdueNoticeDate']] },
    { name: 'laneWaiting', from: ev.overdueNoticeDate, to: out.waitingPeriodEnd, marks: [[ev.insolvencyDate, 'insolvencyDate']] },
    { name: 'laneIndemnity', from: out.lossDate, to: out.indemnityDue },
  ];
  const all = [];
  for (const l of lanes) {
    for (const d of [l.from, l.to, l.dl && l.dl.final, l.dl && l.dl.nominal, ...(l.marks || []).map((m) => m[0])]) if (d) all.push(dayNum(d));
  }
  const lo = Math.min(...all) - 4, hi = Math.max(...all) + 6;
  const labelW = 150, W = 1000, top = 34, laneH = 38;
  const dx = (W - labelW - 70) / (hi - lo + 1);
  const x = (d) => labelW + (dayNum(d) - lo) * dx;
  const H = top + lanes.length * laneH + 34;
  const s = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, id: 'deadlines-svg' });
  const bottom = top + lanes.length * laneH;
  // days: week-ends and holidays
  for (let n = lo; n <= hi; n++) {
    const d = dayStr(n);
    const wd = new Date(n * DAY).getUTCDay();
    let fill = null;
    if (wd === 0 || wd === 6) fill = '#e3e6ea';
    else {
      try { if (!evaluate('calendar.isBusinessDay', { date: d, calendar: 'fr' }).businessDay) fill = '#f7c2bd'; } catch (e) { /* outside the fr calendar's years */ }
    }
    if (fill) s.append(svg('rect', { x: labelW + (n - lo) * dx, y: top - 6, width: Math.max(dx, 1), height: bottom - top + 6, fill, class: fill === '#f7c2bd' ? 'holiday' : 'weekend', 'data-date': d }));
    if (d.endsWith('-01')) {
      s.append(svg('line', { x1: labelW + (n - lo) * dx, x2: labelW + (n - lo) * dx, y1: top - 14, y2: bottom, stroke: '#9aa5b1', 'stroke-width': 0.7 }));
      s.append(svg('text', { x: labelW + (n - lo) * dx + 3, y: top - 16, 'font-size': 11, fill: '#46515c' }, d.slice(0, 7)));
    }
  }
  lanes.forEach((l, i) => {
    const y = top + i * laneH + 8;
    s.append(svg('text', { x: 4, y: y + 13, 'font-size': 12, 'font-weight': 'bold', fill: '#183a5a' }, t(l.name)));
    const to = l.dl ? l.dl.final : l.to;
    if (!l.from || !to) return;
    s.append(svg('rect', { x: x(l.from), y, width: Math.max(x(to) - x(l.from) + dx, 2), height: 16, fill: '#bcd6ee', stroke: '#5b8db8', 'stroke-width': 0.8 }));
    s.append(svg('circle', { cx: x(l.from) + dx / 2, cy: y + 8, r: 3, fill: '#183a5a' }));
    if (l.dl && l.dl.nominal !== l.dl.final) {
      s.append(svg('rect', { x: x(l.dl.nominal) + dx, y, width: x(l.dl.final) - x(l.dl.nominal), height: 16, fill: '#f0a830', opacity: 0.8 }));
    }
    if (l.dl) {
      const xn = x(l.dl.nominal) + dx / 2;
      s.append(svg('line', { x1: xn, x2: xn, y1: y - 4, y2: y + 20, stroke: '#b36b00', 'stroke-width': 1.5, 'stroke-dasharray': '3,2' }));
    }
    const xf = x(to) + dx / 2;
    s.append(svg('line', { x1: xf, x2: xf, y1: y - 4, y2: y + 20, stroke: '#183a5a', 'stroke-width': 2.5 }));
    s.append(svg('text', { x: xf + 4, y: y + 28, 'font-size': 10.5, fill: '#183a5a' }, to));
    for (const [d, what] of l.marks || []) {
      if (!d) continue;
      const xm = x(d) + dx / 2;
      s.append(svg('path', { d: `M${xm},${y - 3} l5,-7 h-10 z`, fill: '#b3261e' }));
      s.append(svg('text', { x: xm, y: y - 11, 'font-size': 10, fill: '#b3261e', 'text-anchor': 'middle' }, t(what) + ' ' + d.slice(5)));
    }
  });
  // legend
  const ly = bottom + 20;
  let lx = labelW;
  const item = (draw, label) => { s.append(draw(lx)); s.append(svg('text', { x: lx + 16, y: ly + 4, 'font-size': 11 }, label)); lx += 30 + label.length * 6.5; };
  item((x0) => svg('rect', { x: x0, y: ly - 6, width: 12, height: 12, fill: '#e3e6ea' }), t('legendWeekend'));
  item((x0) => svg('rect', { x: x0, y: ly - 6, width: 12, height: 12, fill: '#f7c2bd' }), t('legendHoliday'));
  item((x0) => svg('line', { x1: x0 + 6, x2: x0 + 6, y1: ly - 7, y2: ly + 7, stroke: '#b36b00', 'stroke-width': 1.5, 'stroke-dasharray': '3,2' }), t('legendNominal'));
  item((x0) => svg('line', { x1: x0 + 6, x2: x0 + 6, y1: ly - 7, y2: ly + 7, stroke: '#183a5a', 'stroke-width': 2.5 }), t('legendFinal'));
  return s;
}

// ---------------------------------------------------------------- indemnity

const KINDS = ['agrement', 'accordExpress', 'refusal', 'temporary'];

function indemnityForm() {
  const stories = document.getElementById('stories');
  stories.textContent = '';
  stories.append(el('span', { text: t('stories') }));
  for (const st of STORIES) {
    stories.append(el('button', { type: 'button', id: 'story-' + st.id, title: st.description, text: st.id, onclick: () => {
      state.b = clone(st.input);
      indemnityForm();
      update();
    } }));
  }
  const match = STORIES.find((st) => JSON.stringify(st.input) === JSON.stringify(state.b));
  if (match) stories.append(el('p', { text: match.id + ': ' + match.description }));
  const cur = () => (state.b.policy && state.b.policy.currency) || 'EUR';
  buildForm(document.getElementById('indemnity-form'), state.b, [
    { legend: 'book', fields: [
      { path: 'asOf', type: 'date' },
      { path: 'events.overdueNoticeDate', label: 'overdueNoticeDate', type: 'date' },
      { path: 'events.insolvencyDate', label: 'insolvencyDate', type: 'date' },
      { path: 'buyer.discretionaryEligible', label: 'discretionaryEligible', type: 'bool' },
      // The deductible is the page's own input, not part of claims.book.
      { path: 'deductible', type: 'text', obj: () => state },
    ] },
    { legend: 'decisions', rows: { path: 'decisions', cols: [
      { key: 'id', type: 'text' }, { key: 'kind', type: 'select', options: KINDS }, { key: 'amount', type: 'money' },
      { key: 'date', type: 'date' }, { key: 'expiry', type: 'date' },
    ], newRow: (rows) => ({ id: 'D' + (rows.length + 1), kind: 'agrement', amount: cur() + ' 10000', date: state.b.asOf }) } },
    { legend: 'invoices', rows: { path: 'invoices', cols: [
      { key: 'id', type: 'text' }, { key: 'deliveryDate', type: 'date' }, { key: 'invoiceDate', type: 'date' },
      { key: 'dueDate', type: 'date' }, { key: 'net', type: 'money' }, { key: 'tax', type: 'money' }, { key: 'disputed', type: 'bool' },
    ], newRow: (rows) => ({ id: 'F' + (rows.length + 1), deliveryDate: state.b.asOf, invoiceDate: state.b.asOf, dueDate: state.b.asOf, net: cur() + ' 1000' }) } },
    { legend: 'payments', rows: { path: 'payments', cols: [
      { key: 'date', type: 'date' }, { key: 'amount', type: 'money' },
    ], newRow: () => ({ date: state.b.asOf, amount: cur() + ' 1000' }) } },
    { legend: 'policy', fields: [
      { path: 'policy.currency', label: 'currency', type: 'select', options: ['EUR', 'USD', 'GBP', 'CHF', 'JPY'] },
      { path: 'policy.effectiveDate', label: 'effectiveDate', type: 'date' },
      { path: 'policy.expiryDate', label: 'expiryDate', type: 'date' },
      { path: 'policy.signatureDate', label: 'signatureDate', type: 'date' },
      { path: 'policy.retroactivityDays', label: 'retroactivityDays', type: 'int' },
      { path: 'policy.reductionNoticeDays', label: 'reductionNoticeDays', type: 'int' },
      { path: 'policy.quotite.named', label: 'quotite.named', type: 'text' },
      { path: 'policy.quotite.discretionary', label: 'quotite.discretionary', type: 'text' },
      { path: 'policy.discretionaryMax', label: 'discretionaryMax', type: 'money' },
      { path: 'policy.vatCovered', label: 'vatCovered', type: 'bool' },
      { path: 'policy.deadlineRule', label: 'deadlineRule', type: 'select', options: RULES },
      { path: 'policy.maxInvoicingDays', label: 'maxInvoicingDays', type: 'int' },
      { path: 'policy.maxCreditDays', label: 'maxCreditDays', type: 'int' },
      { path: 'policy.maxExtensionDays', label: 'maxExtensionDays', type: 'int' },
      { path: 'policy.overdueNotice.days', label: 'overdueNotice.days', type: 'int' },
      { path: 'policy.overdueNotice.anchor', label: 'overdueNotice.anchor', type: 'select', options: ANCHORS },
      { path: 'policy.waitingPeriodMonths', label: 'waitingPeriodMonths', type: 'int' },
      { path: 'policy.indemnityDays', label: 'indemnityDays', type: 'int' },
    ] },
  ], () => { indemnityStoryNote(); update(); });
}

function indemnityStoryNote() {
  const p = document.querySelector('#stories p');
  if (p) p.remove();
}

function renderIndemnity() {
  const sum = document.getElementById('indemnity-summary');
  const inv = document.getElementById('indemnity-invoices');
  const wf = document.getElementById('indemnity-waterfall');
  sum.textContent = ''; inv.textContent = ''; wf.textContent = '';
  let out, paid = null;
  try {
    out = evaluate('claims.book', state.b);
    if (out.indemnity !== null && state.deductible) {
      // The deductible comes off the indemnity (claims.indemnity's step
      // afterDeductible), on the book's indemnity at quotité 1.
      const cur = money(out.indemnity).cur;
      paid = evaluate('claims.indemnity', { loss: out.indemnity, limit: out.indemnity, quotite: '1', deductible: cur + ' ' + state.deductible }).indemnity;
    }
  } catch (e) { showError('indemnity', e); return; }
  showError('indemnity', null);

  const row = (k, v, label) => sum.append(el('tr', {}, el('th', { text: label || t(k) }), outCell(k, v, typeof v === 'string' && / /.test(v) ? 'num' : 'date')));
  for (const k of ['at', 'lossDate', 'cause', 'stopDate', 'stopCause', 'openNet', 'insured', 'uninsured']) row(k, out[k]);
  out.layers.forEach((l, i) => row(`layers.${i}.indemnity`, l.indemnity, `${t('layer')} ${l.quotite} (${t('insured').toLowerCase()} ${l.insured})`));
  row('indemnity', out.indemnity);
  if (paid !== null) row('paid', paid);
  row('indemnityDue', out.indemnityDue);
  row('newDelivery', `${out.newDelivery.cover} ${out.newDelivery.amount} × ${out.newDelivery.quotite}`);
  row('headroom', out.headroom);
  row('noticeDeadline', out.noticeDeadline);

  const cols = ['cover', 'coverAmount', 'quotite', 'openGross', 'openNet', 'reason', 'insured'];
  inv.append(el('tr', {}, el('th', { text: t('id') }), el('th', { text: t('deliveryDate') }), ...cols.map((c) => el('th', { text: t(c) }))));
  out.invoices.forEach((r, i) => {
    const src = (state.b.invoices || []).find((x) => x.id === r.id) || {};
    inv.append(el('tr', {}, outCell(`invoices.${i}.id`, r.id), el('td', { class: 'date', text: src.deliveryDate || '' }),
      ...cols.map((c) => outCell(`invoices.${i}.${c}`, r[c], /amount|open|insured/i.test(c) ? 'num' : ''))));
  });
  wf.append(waterfall(out, paid));
}

// waterfall draws the way from the open loss to what is paid, each step
// the difference of two amounts the SDK returned.
function waterfall(out, paid) {
  const vat = !!(state.b.policy && state.b.policy.vatCovered);
  const insured = money(out.insured);
  const cur = insured.cur;
  const loss = insured.n + money(out.uninsured).n;
  let excluded = 0n;
  for (const r of out.invoices) if (r.reason !== '') excluded += money(vat ? r.openGross : r.openNet).n;
  const steps = [
    { k: 'wfLoss', v: loss, total: true },
    { k: 'wfExcluded', v: -excluded },
    { k: 'wfOverLimit', v: -(loss - excluded - insured.n) },
  ];
  if (out.indemnity === null) {
    steps.push({ k: 'wfInsured', v: insured.n, total: true });
  } else {
    const ind = money(out.indemnity).n;
    steps.push({ k: 'wfQuotite', v: -(insured.n - ind) });
    const p = paid === null ? ind : money(paid).n;
    steps.push({ k: 'wfDeductible', v: -(ind - p) });
    steps.push({ k: 'wfPaid', v: p, total: true });
  }
  const W = 760, H = 300, left = 20, top = 30, base = 230;
  const max = loss > 0n ? toFloat(loss) : 1;
  const bw = (W - left) / steps.length;
  const y = (v) => base - (toFloat(v) / max) * (base - top);
  const s = svg('svg', { width: W, height: H + (out.indemnity === null ? 20 : 0), viewBox: `0 0 ${W} ${H + (out.indemnity === null ? 20 : 0)}`, id: 'waterfall-svg' });
  let level = 0n;
  steps.forEach((st, i) => {
    const x0 = left + i * bw + 8;
    let a, b, fill;
    if (st.total) { a = 0n; b = st.v; level = st.v; fill = st.k === 'wfPaid' ? '#1d7a3a' : '#183a5a'; } else { a = level + st.v; b = level; level = a; fill = '#d9534f'; }
    const yTop = y(b), yBot = y(a);
    s.append(svg('rect', { x: x0, y: Math.min(yTop, yBot), width: bw - 16, height: Math.max(Math.abs(yBot - yTop), 1), fill, 'data-step': st.k }));
    if (i < steps.length - 1) s.append(svg('line', { x1: x0 + bw - 16, x2: x0 + bw, y1: y(level), y2: y(level), stroke: '#9aa5b1', 'stroke-dasharray': '2,2' }));
    const label = (st.total ? '' : (st.v === 0n ? '' : '−')) + grouped(moneyString(cur, st.v < 0n ? -st.v : st.v));
    s.append(svg('text', { x: x0 + (bw - 16) / 2, y: Math.min(yTop, yBot) - 5, 'font-size': 11.5, 'text-anchor': 'middle', 'font-weight': 'bold', fill: '#1d2733', 'data-wf': st.k }, label));
    const words = t(st.k).split(' ');
    const l1 = words.slice(0, 2).join(' '), l2 = words.slice(2).join(' ');
    s.append(svg('text', { x: x0 + (bw - 16) / 2, y: base + 18, 'font-size': 11.5, 'text-anchor': 'middle' }, l1));
    if (l2) s.append(svg('text', { x: x0 + (bw - 16) / 2, y: base + 32, 'font-size': 11.5, 'text-anchor': 'middle' }, l2));
  });
  s.append(svg('line', { x1: left, x2: W, y1: base, y2: base, stroke: '#46515c' }));
  if (out.indemnity === null) s.append(svg('text', { x: left, y: H + 8, 'font-size': 12, fill: '#7a4b00' }, t('noClaim')));
  return s;
}

// ---------------------------------------------------------------- premium

function premiumForm() {
  const cur = () => state.p.currency || 'EUR';
  buildForm(document.getElementById('premium-form'), state.p, [
    { legend: 'premium', fields: [
      { path: 'currency', type: 'select', options: ['EUR', 'USD', 'GBP', 'CHF', 'JPY'] },
      { path: 'minimumPremium', type: 'money' },
      { path: 'instalmentsPaid', type: 'money' },
    ] },
    { legend: 'groups', rows: { path: 'groups', cols: [
      { key: 'group', type: 'text' }, { key: 'rate', type: 'text' }, { key: 'turnover', type: 'money' },
    ], newRow: (rows) => ({ group: 'group ' + (rows.length + 1), rate: '0.003', turnover: cur() + ' 100000' }) } },
    { legend: 'fees', rows: { path: 'fees', cols: [
      { key: 'name', type: 'text' }, { key: 'unitPrice', type: 'money' }, { key: 'count', type: 'int' },
    ], newRow: () => ({ name: 'fee', unitPrice: cur() + ' 100', count: 1 }) } },
  ], update);
}

function renderPremium() {
  const tbl = document.getElementById('premium-table');
  const chart = document.getElementById('premium-chart');
  tbl.textContent = ''; chart.textContent = '';
  let out;
  try { out = evaluate('premium.annual', state.p); } catch (e) { showError('premium', e); return; }
  showError('premium', null);
  const row = (k, v, label) => tbl.append(el('tr', {}, el('th', { text: label || t(k) }), outCell(k, v, 'num')));
  out.byGroup.forEach((g, i) => row(`byGroup.${i}.premium`, g.premium, `${t('byGroup')}: ${g.group}`));
  for (const k of ['premiumOnTurnover', 'finalPremium', 'adjustment', 'fees', 'total']) row(k, out[k]);

  const bars = [
    ...out.byGroup.map((g) => [`${t('byGroup')}: ${g.group}`, g.premium, '#5b8db8']),
    [t('premiumOnTurnover'), out.premiumOnTurnover, '#2c5a85'],
    [t('minimumPremium'), state.p.minimumPremium, '#9aa5b1'],
    [t('finalPremium'), out.finalPremium, '#183a5a'],
    [t('instalmentsPaid'), state.p.instalmentsPaid, '#9aa5b1'],
    [t('adjustment'), out.adjustment, money(out.adjustment).n < 0n ? '#d9534f' : '#1d7a3a'],
    [t('fees'), out.fees, '#8e6bb3'],
    [t('total'), out.total, '#f0a830'],
  ];
  const vals = bars.map((b) => toFloat(money(b[1]).n));
  const hi = Math.max(0, ...vals), lo = Math.min(0, ...vals);
  const W = 760, labelW = 260, barH = 22, gap = 8, top = 28;
  const H = top + bars.length * (barH + gap) + 10;
  const span = (hi - lo) || 1;
  const x = (v) => labelW + ((v - lo) / span) * (W - labelW - 130);
  const s = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, id: 'premium-svg' });
  s.append(svg('text', { x: 4, y: 16, 'font-size': 13, 'font-weight': 'bold', fill: '#183a5a' }, t('chartPremium')));
  bars.forEach(([label, v, fill], i) => {
    const y0 = top + i * (barH + gap);
    const f = vals[i];
    s.append(svg('text', { x: labelW - 8, y: y0 + 15, 'font-size': 12, 'text-anchor': 'end' }, label));
    s.append(svg('rect', { x: Math.min(x(0), x(f)), y: y0, width: Math.max(Math.abs(x(f) - x(0)), 1), height: barH, fill }));
    s.append(svg('text', { x: Math.max(x(0), x(f)) + 5, y: y0 + 15, 'font-size': 12 }, grouped(v)));
  });
  s.append(svg('line', { x1: x(0), x2: x(0), y1: top - 4, y2: H - 6, stroke: '#46515c' }));
  chart.append(s);
}

// ---------------------------------------------------------------- page

function applyLang() {
  document.documentElement.lang = lang;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const b of document.querySelectorAll('[data-lang]')) b.classList.toggle('active', b.dataset.lang === lang);
}

function showPanel() {
  for (const s of document.querySelectorAll('.panel')) s.hidden = s.id !== 'panel-' + state.panel;
  for (const b of document.querySelectorAll('.tab')) b.classList.toggle('active', b.dataset.panel === state.panel);
}

function buildForms() { deadlinesForm(); indemnityForm(); premiumForm(); }

let renders = 0;
function update() {
  renderDeadlines();
  renderIndemnity();
  renderPremium();
  writeHash();
  document.body.dataset.renders = String(++renders);
}

function start() {
  readHash();
  applyLang();
  showPanel();
  buildForms();
  for (const b of document.querySelectorAll('.tab')) b.addEventListener('click', () => { state.panel = b.dataset.panel; showPanel(); writeHash(); });
  for (const b of document.querySelectorAll('[data-lang]')) b.addEventListener('click', () => { lang = b.dataset.lang; applyLang(); buildForms(); update(); });
  update();
  document.getElementById('status').hidden = true;
  document.body.dataset.ready = '1';
}

(async () => {
  const vectors = await (await fetch('book.json')).json();
  STORIES = vectors.cases.filter((c) => c.op === 'claims.book' && c.expect)
    .map((c) => ({ id: c.id, description: c.description, input: c.input }));
  window.addEventListener('creditins-ready', start);
  const go = new Go();
  const bytes = await (await fetch('creditins.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, go.importObject);
  go.run(instance);
})().catch((e) => { document.getElementById('status').textContent = String(e); });
