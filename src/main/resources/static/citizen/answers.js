// Published answers: filters (category, unit, period) over GET /api/answers, newest first, page by page; each
// answer links to its report's public page. With map tiles configured, the same filter over GET /api/answers/map:
// a circle per ward or commune (inside it, never at a report's own place), sized by its answered reports, whose
// popup links to the latest of them and lists the unit's answers.
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

const mapElement = document.getElementById('map');
let map = null;
let circles = null;

function drawMap() {
  if (!mapElement || typeof window.L === 'undefined') return;
  if (!map) {
    map = L.map(mapElement, { keyboard: true })
      .setView([Number(mapElement.dataset.lat), Number(mapElement.dataset.lon)], Number(mapElement.dataset.zoom));
    L.tileLayer(mapElement.dataset.tileUrl, { attribution: mapElement.dataset.attribution, maxZoom: 19 }).addTo(map);
    circles = L.layerGroup().addTo(map);
  }
  const params = query();
  params.delete('page');
  params.delete('size');
  api('/api/answers/map?' + params).then(response => {
    circles.clearLayers();
    if (!response.ok) return;
    const most = Math.max(1, ...response.body.map(w => w.count));
    for (const ward of response.body) {
      const popup = el('div', { class: 'map-popup' },
        el('strong', {}, local(ward, 'name')),
        el('p', {}, t('map.answered', ward.count)),
        el('p', {}, t('map.latest')),
        el('ul', {}, ...ward.latest.map(code => el('li', {},
          el('a', { href: '/reports/' + encodeURIComponent(code) }, code)))),
        el('button', { type: 'button', class: 'link', onclick: () => {
          document.getElementById('unit').value = ward.wardCode;
          form.requestSubmit();
        } }, t('map.list')));
      L.circleMarker([ward.lat, ward.lon], { radius: 6 + 14 * Math.sqrt(ward.count / most), weight: 1,
        color: '#9b1c1c', fillColor: '#c0392b', fillOpacity: 0.55 })
        .bindPopup(popup).bindTooltip(local(ward, 'name') + ': ' + ward.count).addTo(circles);
    }
  });
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
  load(false).then(drawMap);
});
more.addEventListener('click', () => {
  page += 1;
  load(true);
});

options().then(() => load(false)).then(drawMap);
