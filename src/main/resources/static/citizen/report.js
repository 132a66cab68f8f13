// The report form: categories and wards from the API, photo previews, a map pin (when tiles are configured) that
// picks the ward through GET /api/units/at, and POST /api/reports (multipart). After sending, the tracking code and
// the private link are shown once.
import { api, clearErrors, communeUnits, el, fieldError, lang, local, showProblem, t, wardPicker } from './common.js';

const form = document.getElementById('report-form');
const send = document.getElementById('send');
const files = document.getElementById('files');
const previews = document.getElementById('previews');
const pinText = document.getElementById('pin');
let pin = null;

const FIELD_OF_PROBLEM = {
  'description-too-short': 'description',
  'unknown-category': 'category',
  'unknown-ward': 'wardCode',
  'too-many-attachments': 'files',
  'attachment-too-large': 'files',
  'payload-too-large': 'files',
  'unsupported-attachment-type': 'files',
  'empty-attachment': 'files',
  'invalid-contact': 'reporter.email',
};

async function loadCategories() {
  const response = await api('/api/categories');
  if (!response.ok) return;
  const select = document.getElementById('category');
  for (const category of response.body) {
    select.append(el('option', { value: category.code }, local(category, 'name')));
  }
}

function showPreviews() {
  previews.querySelectorAll('img').forEach(img => URL.revokeObjectURL(img.src));
  previews.replaceChildren(...[...files.files].map(file => el('li', {},
    file.type.startsWith('image/') ? el('img', { src: URL.createObjectURL(file), alt: file.name }) : null,
    el('span', { class: 'file-name' }, file.name))));
}

async function setupMap(selectWard) {
  const mapElement = document.getElementById('map');
  if (!mapElement || typeof window.L === 'undefined') return;
  const L = window.L;
  const map = L.map(mapElement, { keyboard: true })
    .setView([Number(mapElement.dataset.lat), Number(mapElement.dataset.lon)], Number(mapElement.dataset.zoom));
  L.tileLayer(mapElement.dataset.tileUrl, { attribution: mapElement.dataset.attribution, maxZoom: 19 }).addTo(map);
  let marker = null;
  const unpin = document.getElementById('unpin');
  async function place(lat, lon) {
    pin = { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
    if (marker) marker.setLatLng([lat, lon]); else marker = L.marker([lat, lon]).addTo(map);
    unpin.hidden = false;
    pinText.textContent = pin.lat + ', ' + pin.lon;
    const unit = await api('/api/units/at?lat=' + pin.lat + '&lon=' + pin.lon);
    if (unit.ok) {
      selectWard(unit.body.code);
      pinText.textContent = pin.lat + ', ' + pin.lon + ' · ' + local(unit.body, 'name');
    } else {
      pinText.textContent = pin.lat + ', ' + pin.lon + ' · ' + (unit.body.detail || '');
    }
  }
  map.on('click', e => place(e.latlng.lat, e.latlng.lng));
  unpin.addEventListener('click', () => {
    if (marker) marker.remove();
    marker = null;
    pin = null;
    pinText.textContent = '';
    unpin.hidden = true;
  });
  document.getElementById('locate').addEventListener('click', () => {
    navigator.geolocation?.getCurrentPosition(p => {
      map.setView([p.coords.latitude, p.coords.longitude], 16);
      place(p.coords.latitude, p.coords.longitude);
    }, error => { pinText.textContent = error.message; });
  });
}

function value(id) {
  const v = document.getElementById(id).value.trim();
  return v === '' ? null : v;
}

function request() {
  const reporter = { name: value('reporter.name'), email: value('reporter.email'), phone: value('reporter.phone') };
  return {
    title: value('title'),
    description: value('description') ?? '',
    category: value('category'),
    address: value('address'),
    wardCode: value('wardCode'),
    location: pin,
    reporter: reporter.name || reporter.email || reporter.phone ? reporter : null,
    publicVisible: form.querySelector('input[name="publicVisible"]:checked').value === 'true',
    language: lang,
  };
}

/** One key per filled-in form: sending twice (a double tap, a retry) stores one report. */
let idempotencyKey = null;
form.addEventListener('input', () => { idempotencyKey = null; });

form.addEventListener('submit', async event => {
  event.preventDefault();
  clearErrors(form);
  const body = request();
  if (files.files.length > 5) {
    fieldError(form, 'files', t('problem.too-many-attachments'));
    files.focus();
    return;
  }
  const data = new FormData();
  data.append('report', new Blob([JSON.stringify(body)], { type: 'application/json' }));
  for (const file of files.files) data.append('files', file, file.name);
  idempotencyKey ??= crypto.randomUUID();
  send.disabled = true;
  const label = send.textContent;
  send.textContent = t('sending');
  let response;
  try {
    response = await fetch('/api/reports', {
      method: 'POST', body: data, headers: { Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
    }).then(async r => ({ ok: r.ok, status: r.status, body: await r.json().catch(() => ({})) }));
  } catch (e) {
    response = { ok: false, status: 0, body: { detail: t('error.network') } };
  } finally {
    send.disabled = false;
    send.textContent = label;
  }
  if (!response.ok) {
    showProblem(form, response.body, FIELD_OF_PROBLEM);
    return;
  }
  done(response.body, Boolean(body.reporter && body.reporter.email));
});

function done(submitted, mailed) {
  const code = submitted.trackingCode;
  const path = '/reports/' + encodeURIComponent(code);
  const privateLink = location.origin + path + '#token=' + encodeURIComponent(submitted.accessToken);
  form.hidden = true;
  const section = document.getElementById('done');
  document.getElementById('done-code').textContent = code;
  const link = document.getElementById('done-link');
  link.textContent = privateLink;
  link.href = privateLink;
  document.getElementById('done-open').href = path + '#token=' + encodeURIComponent(submitted.accessToken);
  document.getElementById('done-mail').hidden = !mailed;
  section.hidden = false;
  section.focus();
  window.scrollTo(0, 0);
}

document.querySelectorAll('button.copy').forEach(button => button.addEventListener('click', async () => {
  const text = document.getElementById(button.dataset.copy).textContent;
  const status = document.getElementById('copy-status');
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t('copied', button.closest('dd').previousElementSibling.textContent);
  } catch (e) {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(button.dataset.copy));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }
}));

files.addEventListener('change', showPreviews);
loadCategories();
communeUnits();
wardPicker(document.getElementById('ward-search'), document.getElementById('wardCode')).then(setupMap);
