// Published answers: filters (category, unit, period) over GET /api/answers, newest first, page by page; each
// answer links to its report's public page.
import { api, clearErrors, date, el, local, showProblem, t } from './common.js';

const form = document.getElementById('filters');
const list = document.getElementById('list');
const more = document.getElementById('more');
let page = 0;

async function options() {
  const [categories, units] = await Promise.all([api('/api/categories'), api('/api/units')]);
  if (categories.ok) {
    document.getElementById('category').append(...categories.body.map(c => el('option', { value: c.code },
      local(c, 'name'))));
  }
  if (units.ok) {
    document.getElementById('unit').append(...units.body.slice()
      .sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'))
      .map(u => el('option', { value: u.code }, local(u, 'name'))));
  }
}

function query() {
  const params = new URLSearchParams();
  for (const name of ['category', 'unit', 'from', 'to']) {
    const value = document.getElementById(name).value;
    if (value) params.set(name, value);
  }
  params.set('page', String(page));
  params.set('size', '20');
  return params;
}

function card(answer) {
  const href = '/reports/' + encodeURIComponent(answer.trackingCode);
  const text = document.documentElement.lang === 'en' && answer.answerEn ? answer.answerEn : answer.answer;
  return el('li', { class: 'card' },
    el('h2', {}, el('a', { href }, answer.reportTitle || answer.trackingCode)),
    el('p', { class: 'meta' }, [local(answer, 'categoryName'), local(answer, 'unitName'),
      t('answers.published', date(answer.publishedAt))].filter(Boolean).join(' · ')),
    el('p', { class: 'outcome' }, local(answer, 'outcome')),
    el('p', { class: 'answer-text' }, text && text.length > 400 ? text.slice(0, 397) + '…' : text || ''),
    el('p', { class: 'code' }, answer.trackingCode));
}

async function load(append) {
  document.getElementById('loading').hidden = false;
  const response = await api('/api/answers?' + query());
  document.getElementById('loading').hidden = true;
  if (!response.ok) {
    showProblem(form, response.body, { 'unknown-category': 'category', 'unknown-unit': 'unit',
      'invalid-date': 'from', 'invalid-date-range': 'to' });
    return;
  }
  const items = response.body.items.map(card);
  if (append) list.append(...items); else list.replaceChildren(...items);
  document.getElementById('empty').hidden = list.children.length > 0;
  more.hidden = !response.body.hasMore;
  window.dispatchEvent(new CustomEvent('answers', { detail: response.body.items }));
}

form.addEventListener('submit', event => {
  event.preventDefault();
  clearErrors(form);
  page = 0;
  load(false);
});
more.addEventListener('click', () => {
  page += 1;
  load(true);
});

options().then(() => load(false));
