// One survey: its questions of every type with their show-if conditions, the respondent's ward (and contact for an
// identified survey, a device token for an anonymous one, the phone and the code sent to it by SMS for a survey with
// verified phones), POST /api/surveys/{id}/answers; the results once published.
import { api, clearErrors, date, dateTime, el, fieldError, local, showProblem, slug, t, wardPicker } from './common.js';

const main = document.getElementById('main');
const id = main.dataset.survey;
const form = document.getElementById('survey-form');
const container = document.getElementById('questions');
let survey = null;

function deviceToken() {
  let token = localStorage.getItem('feedback.device');
  if (!token) {
    token = crypto.randomUUID();
    localStorage.setItem('feedback.device', token);
  }
  return token;
}

function questionField(q) {
  const label = local(q, 'text') + (q.required ? ' *' : '');
  const error = el('p', { class: 'error', id: 'q-' + q.id + '-error', hidden: true });
  const describedBy = 'q-' + q.id + '-error';
  if (q.type === 'SINGLE_CHOICE' || q.type === 'MULTIPLE_CHOICE' || q.type === 'RATING') {
    const type = q.type === 'MULTIPLE_CHOICE' ? 'checkbox' : 'radio';
    const choices = q.type === 'RATING'
      ? [1, 2, 3, 4, 5].map(n => ({ id: String(n), labelVi: String(n), labelEn: String(n) })) : q.choices || [];
    return el('fieldset', { class: 'question' + (q.type === 'RATING' ? ' stars' : ''), id: 'q-' + q.id,
      'data-question': q.id, 'aria-describedby': describedBy },
    el('legend', {}, label),
    choices.map(c => el('div', { class: q.type === 'RATING' ? 'star' : 'choice' },
      el('input', { type, name: 'q-' + q.id, id: 'q-' + q.id + '-' + c.id, value: c.id }),
      el('label', { for: 'q-' + q.id + '-' + c.id }, local(c, 'label')))),
    error);
  }
  const input = q.type === 'FREE_TEXT'
    ? el('textarea', { id: 'q-' + q.id, rows: 3, maxlength: q.maxLength || 2000, 'aria-describedby': describedBy })
    : el('input', { id: 'q-' + q.id, type: 'number', inputmode: q.integer ? 'numeric' : 'decimal',
      min: q.min, max: q.max, step: q.integer ? 1 : 'any', 'aria-describedby': describedBy });
  return el('div', { class: 'field question', 'data-question': q.id }, el('label', { for: 'q-' + q.id }, label),
    input, error);
}

function singleChoice(questionId) {
  const checked = form.querySelector('input[name="q-' + CSS.escape(questionId) + '"]:checked');
  return checked ? checked.value : null;
}

/** Shows a question only when its condition holds (an earlier single choice answered a given way). */
function applyConditions() {
  for (const q of survey.questions) {
    if (!q.showIf) continue;
    const block = container.querySelector('[data-question="' + CSS.escape(q.id) + '"]');
    block.hidden = singleChoice(q.showIf.question) !== q.showIf.equals;
  }
}

function answers() {
  const result = {};
  for (const q of survey.questions) {
    const block = container.querySelector('[data-question="' + CSS.escape(q.id) + '"]');
    if (block.hidden) continue;
    if (q.type === 'SINGLE_CHOICE') {
      const v = singleChoice(q.id);
      if (v !== null) result[q.id] = v;
    } else if (q.type === 'MULTIPLE_CHOICE') {
      const v = [...block.querySelectorAll('input:checked')].map(i => i.value);
      if (v.length) result[q.id] = v;
    } else if (q.type === 'RATING') {
      const v = singleChoice(q.id);
      if (v !== null) result[q.id] = Number(v);
    } else if (q.type === 'NUMBER') {
      const v = document.getElementById('q-' + q.id).value;
      if (v !== '') result[q.id] = Number(v);
    } else {
      const v = document.getElementById('q-' + q.id).value.trim();
      if (v) result[q.id] = v;
    }
  }
  return result;
}

async function showResults() {
  const response = await api('/api/surveys/' + encodeURIComponent(id) + '/results');
  if (!response.ok) return;
  const results = response.body;
  document.getElementById('results-conclusion').textContent = results.conclusion || '';
  const sources = results.sources;
  const sourcesLine = document.getElementById('results-sources');
  sourcesLine.textContent = sources && sources.answersWithAddress > 0
    ? t('survey.sources', sources.answersWithAddress, sources.addresses, sources.mostFromOneAddress) : '';
  sourcesLine.hidden = !sourcesLine.textContent;
  const number = new Intl.NumberFormat(document.documentElement.lang, { maximumFractionDigits: 1 });
  document.getElementById('results-questions').replaceChildren(...results.questions.map(q => el('section',
    { class: 'result' },
    el('h3', {}, local(q, 'text')),
    el('p', { class: 'meta' }, t('survey.respondents', q.respondents)),
    q.choices ? el('ul', { class: 'bars' }, q.choices.map(c => el('li', {},
      el('span', { class: 'label' }, local(c, 'label')),
      el('meter', { min: 0, max: 100, value: c.percent, 'aria-label': local(c, 'label') }),
      el('span', { class: 'value' }, number.format(c.percent) + '% (' + c.count + ')')))) : null,
    q.mean !== null && q.mean !== undefined ? el('p', {}, t('survey.mean', number.format(q.mean))) : null,
    q.texts ? el('ul', { class: 'texts' }, q.texts.map(text => el('li', {}, text))) : null)));
  document.getElementById('results').hidden = false;
}

async function load() {
  const response = await api('/api/surveys/' + encodeURIComponent(id));
  document.getElementById('loading').hidden = true;
  if (!response.ok) {
    showProblem(main, response.body);
    return;
  }
  survey = response.body;
  document.getElementById('survey-title').textContent = local(survey, 'title');
  document.title = local(survey, 'title') + ' · ' + document.title.split(' · ').pop();
  document.getElementById('survey-description').textContent = local(survey, 'description');
  document.getElementById('survey-closes').textContent = t('survey.closes', date(survey.closesAt));
  if (survey.status === 'PUBLISHED') {
    await showResults();
    return;
  }
  if (survey.status !== 'OPEN') {
    document.getElementById('survey-closes').textContent = t('survey.notopen');
    return;
  }
  container.replaceChildren(...survey.questions.map(questionField));
  const identified = survey.anonymity !== 'ANONYMOUS';
  const verified = survey.anonymity === 'VERIFIED_PHONE';
  const note = document.getElementById('survey-anonymity');
  note.textContent = verified ? note.dataset.verified : identified ? note.dataset.identified : note.dataset.anonymous;
  document.getElementById('contact').hidden = !identified;
  document.getElementById('email-field').hidden = verified;
  document.getElementById('verification').hidden = !verified;
  form.addEventListener('change', applyConditions);
  applyConditions();
  form.hidden = false;
  await wardPicker(document.getElementById('ward-search'), document.getElementById('unit'));
}

const FIELD_OF_PROBLEM = {
  'contact-required': 'email', 'invalid-contact': 'email', 'contact-not-wanted': 'email',
  'unknown-unit': 'unit', 'unit-not-in-audience': 'unit', 'already-answered': 'email',
};
const FIELD_OF_PHONE_PROBLEM = {
  'invalid-contact': 'phone', 'phone-required': 'phone', 'already-answered': 'phone', 'too-many-codes': 'phone',
  'sms-unavailable': 'phone', 'phone-code-wrong': 'phoneCode', 'phone-code-expired': 'phoneCode',
  'phone-code-used': 'phoneCode', 'phone-code-locked': 'phoneCode', 'phone-code-required': 'phoneCode',
  'unknown-unit': 'unit', 'unit-not-in-audience': 'unit',
};

document.getElementById('send-code').addEventListener('click', async () => {
  clearErrors(form);
  const sent = document.getElementById('code-sent');
  sent.hidden = true;
  const response = await api('/api/surveys/' + encodeURIComponent(id) + '/phone-codes',
    { method: 'POST', json: { phone: document.getElementById('phone').value.trim() } });
  if (!response.ok) {
    showProblem(form, response.body, FIELD_OF_PHONE_PROBLEM);
    return;
  }
  sent.textContent = t('survey.code.sent', response.body.phone, dateTime(response.body.expiresAt));
  sent.hidden = false;
  document.getElementById('phoneCode').focus();
});

form.addEventListener('submit', async event => {
  event.preventDefault();
  clearErrors(form);
  const identified = survey.anonymity !== 'ANONYMOUS';
  const verified = survey.anonymity === 'VERIFIED_PHONE';
  const email = document.getElementById('email').value.trim();
  const phone = document.getElementById('phone').value.trim();
  const body = {
    unit: document.getElementById('unit').value,
    answers: answers(),
    email: identified && !verified && email ? email : null,
    phone: identified && phone ? phone : null,
    phoneCode: verified ? document.getElementById('phoneCode').value.trim() : null,
    deviceToken: identified ? null : deviceToken(),
  };
  const response = await api('/api/surveys/' + encodeURIComponent(id) + '/answers', { method: 'POST', json: body });
  if (!response.ok) {
    const problem = response.body;
    if (slug(problem) === 'invalid-answers' && Array.isArray(problem.errors)) {
      clearErrors(form);
      let first = null;
      for (const error of problem.errors) {
        const [question, ...rest] = String(error).split(': ');
        if (fieldError(form, 'q-' + question, rest.join(': ') || error)) first ??= question;
      }
      if (first) {
        (document.getElementById('q-' + first).querySelector?.('input') || document.getElementById('q-' + first))
          .focus();
        return;
      }
    }
    if (slug(problem) === 'validation-failed' && Array.isArray(problem.errors)) {
      problem.errors.forEach(e => fieldError(form, e.field === 'unit' ? 'unit' : e.field, e.message));
      if (problem.errors.length) return;
    }
    showProblem(form, problem, verified ? FIELD_OF_PHONE_PROBLEM : FIELD_OF_PROBLEM);
    return;
  }
  form.hidden = true;
  const done = document.getElementById('survey-done');
  done.hidden = false;
  done.focus();
});

load();
