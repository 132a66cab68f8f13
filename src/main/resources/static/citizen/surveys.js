// Open surveys (GET /api/surveys), each linking to its page; then the surveys whose results are published
// (GET /api/surveys/published), each linking to its page with the results.
import { api, date, el, local, t } from './common.js';

const response = await api('/api/surveys');
document.getElementById('loading').hidden = true;
const surveys = response.ok ? response.body : [];
document.getElementById('empty').hidden = surveys.length > 0;
document.getElementById('list').replaceChildren(...surveys.map(s => el('li', { class: 'card' },
  el('h2', {}, el('a', { href: '/surveys/' + encodeURIComponent(s.id) }, local(s, 'title'))),
  el('p', {}, local(s, 'description')),
  el('p', { class: 'meta' }, t('survey.questions', s.questionCount) + ' · ' + t('survey.closes', date(s.closesAt))),
  el('p', {}, el('a', { class: 'button primary', href: '/surveys/' + encodeURIComponent(s.id) },
    t('survey.open'))))));

const published = await api('/api/surveys/published');
const done = published.ok ? published.body : [];
document.getElementById('published-empty').hidden = done.length > 0;
document.getElementById('published').replaceChildren(...done.map(s => el('li', { class: 'card' },
  el('h3', {}, el('a', { href: '/surveys/' + encodeURIComponent(s.id) }, local(s, 'title'))),
  el('p', {}, local(s, 'description')),
  el('p', { class: 'meta' }, t('survey.questions', s.questionCount)))));
