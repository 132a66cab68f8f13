// A report's page: the public view by its code, the private one with the token of the private link's fragment
// (#token=…, never sent to the server in a URL). Shows the status in words, the timeline, the deadline, the answer
// and its photos; with the token also what the citizen sent, the unit's open question (answer form) and the rating.
import { api, clearErrors, dateTime, el, local, showProblem, t } from './common.js';

const main = document.getElementById('main');
const code = main.dataset.code;
const token = new URLSearchParams(location.hash.slice(1)).get('token');
const base = '/api/reports/' + encodeURIComponent(code);

/** Photos are fetched with the token (a private report's need it) and shown from memory. */
async function photo(url, alt) {
  const item = el('li');
  try {
    const response = await fetch(url, { headers: token ? { 'X-Report-Token': token } : {} });
    if (response.ok) {
      const link = URL.createObjectURL(await response.blob());
      item.append(el('a', { href: link, target: '_blank', rel: 'noopener' }, el('img', { src: link, alt })));
    }
  } catch (e) {
    // a photo that cannot be loaded is left out; the rest of the page stands
  }
  return item;
}

function stepText(step) {
  if (step.step === 'routed') {
    return step.unitNameVi ? t('step.routed', local(step, 'unitName')) : t('step.routed.unknown');
  }
  if (step.step === 'rated' && step.score) return t('step.rated.score', step.score);
  return t('step.' + step.step);
}

let lastTimeline = null;

function showTimeline(timeline) {
  lastTimeline = timeline;
  document.getElementById('timeline').replaceChildren(...timeline.steps.map(step => el('li', {},
    el('time', { datetime: step.at }, dateTime(step.at)),
    el('span', { class: 'step' }, stepText(step)),
    step.question ? el('q', {}, step.question) : null)));
}

async function showAnswer(answer) {
  const section = document.getElementById('answer');
  if (!answer) { section.hidden = true; return; }
  document.getElementById('answer-outcome').textContent = [local(answer, 'outcome'), local(answer, 'unitName'),
    dateTime(answer.publishedAt)].filter(Boolean).join(' · ');
  document.getElementById('answer-text').textContent = lang() === 'en' && answer.answerEn ? answer.answerEn
    : answer.answer;
  const photos = await Promise.all((answer.photos || []).map((url, i) => photo(url, t('track.photo', i + 1))));
  document.getElementById('answer-photos').replaceChildren(...photos);
  section.hidden = false;
}

function lang() {
  return document.documentElement.lang;
}

async function showContent(view) {
  const section = document.getElementById('content');
  if (!view.description) { section.hidden = true; return; }
  document.getElementById('content-title').textContent = view.title || '';
  document.getElementById('content-text').textContent = view.description;
  document.getElementById('content-address').textContent = view.address || '';
  const files = await Promise.all((view.attachments || []).filter(a => a.publicUrl && a.mediaType.startsWith('image/'))
    .map(a => photo(a.publicUrl, a.fileName)));
  const others = (view.attachments || []).filter(a => !(a.publicUrl && a.mediaType.startsWith('image/')))
    .map(a => el('li', {}, a.fileName));
  document.getElementById('content-files').replaceChildren(...files, ...others);
  section.hidden = false;
}

async function load() {
  const [view, timeline] = await Promise.all([api(base, { token }), api(base + '/timeline', { token })]);
  document.getElementById('loading').hidden = true;
  if (!view.ok) {
    if (view.status === 404) {
      document.getElementById('not-found').hidden = false;
    } else {
      showProblem(main, view.body);
    }
    return;
  }
  const report = view.body;
  const kind = document.getElementById('view-kind');
  kind.textContent = token ? kind.dataset.private : kind.dataset.public;
  document.getElementById('status').textContent = t('status.' + report.status);
  document.getElementById('unit').textContent = report.unitCode ? local(report, 'unitName') : t('unit.none');
  document.getElementById('category').textContent = local(report, 'categoryName') || '—';
  document.getElementById('received').textContent = dateTime(report.receivedAt);
  document.getElementById('due').textContent = report.answerDueAt ? dateTime(report.answerDueAt) : '—';
  document.getElementById('report').hidden = false;
  if (timeline.ok) {
    showTimeline(timeline.body);
    const information = document.getElementById('information');
    information.hidden = !timeline.body.openQuestion;
    document.getElementById('question').textContent = timeline.body.openQuestion || '';
    document.getElementById('rating').hidden = !timeline.body.canRate;
  }
  await Promise.all([showAnswer(report.answer), showContent(report)]);
}

document.getElementById('information-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const data = new FormData();
  data.append('information', new Blob([JSON.stringify({ text: document.getElementById('information-text').value })],
    { type: 'application/json' }));
  for (const file of document.getElementById('information-files').files) data.append('files', file, file.name);
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  const response = await api(base + '/information', { method: 'POST', form: data, token });
  button.disabled = false;
  if (!response.ok) {
    showProblem(form, response.body, {
      'information-text-required': 'information-text', 'information-too-long': 'information-text',
      'too-many-attachments': 'information-files', 'attachment-too-large': 'information-files',
      'unsupported-attachment-type': 'information-files', 'empty-attachment': 'information-files',
      'payload-too-large': 'information-files',
    }, 'information-form-error');
    return;
  }
  document.getElementById('information').hidden = true;
  const done = document.getElementById('information-done');
  done.hidden = false;
  await load();
  done.focus?.();
});

document.getElementById('information-files').addEventListener('change', event => {
  document.getElementById('information-previews').replaceChildren(...[...event.target.files].map(file =>
    el('li', {}, file.type.startsWith('image/') ? el('img', { src: URL.createObjectURL(file), alt: file.name }) : null,
      el('span', { class: 'file-name' }, file.name))));
});

document.getElementById('rating-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const checked = form.querySelector('input[name="score"]:checked');
  const comment = document.getElementById('comment').value.trim();
  const response = await api(base + '/rating', {
    method: 'POST', token, json: { score: checked ? Number(checked.value) : null, comment: comment || null },
  });
  if (!response.ok) {
    showProblem(form, response.body, {
      'score-required': 'score', 'invalid-score': 'score', 'comment-too-long': 'comment',
    }, 'rating-form-error');
    return;
  }
  // What happens next: a low score reopens the report the first time, then goes to the inspectorate's review.
  const done = document.getElementById('rating-done');
  const low = response.body.score <= Number(main.dataset.lowScore);
  const reopenedBefore = (lastTimeline?.steps || []).some(step => step.step === 'reopened');
  done.textContent = !low ? t('rated.thanks') : reopenedBefore ? t('rated.review') : t('rated.reopened');
  done.hidden = false;
  document.getElementById('rating').hidden = true;
  await load();
  done.focus();
});

window.addEventListener('hashchange', () => location.reload());
load();
