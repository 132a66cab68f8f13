// Shared by every script of the citizens' page. Every text that comes from the server is put into the page with
// textContent or as an attribute value (el() below), never as markup: user text cannot become HTML.

export const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';

const TEXTS = {
  vi: {
    'status.RECEIVED': 'Đã tiếp nhận, đang phân loại',
    'status.TRIAGE': 'Đang được cán bộ phân loại',
    'status.ASSIGNED': 'Đang được đơn vị xử lý',
    'status.DUPLICATE': 'Trùng với một phản ánh khác đang xử lý',
    'status.REJECTED': 'Không được tiếp nhận',
    'status.AWAITING_INFORMATION': 'Đơn vị chờ bạn bổ sung thông tin',
    'status.ANSWER_IN_APPROVAL': 'Đơn vị đang duyệt câu trả lời',
    'status.ANSWERED': 'Đã có trả lời',
    'status.REOPENED': 'Đã mở lại, đơn vị xử lý lại',
    'status.CLOSED': 'Đã kết thúc',
    'step.received': 'Thành phố tiếp nhận phản ánh',
    'step.triaged': 'Phân loại xong',
    'step.rejected': 'Không được tiếp nhận',
    'step.routed': 'Chuyển đến {0}',
    'step.routed.unknown': 'Chuyển đến đơn vị xử lý',
    'step.accepted': 'Đơn vị nhận xử lý',
    'step.transferred': 'Chuyển sang đơn vị khác',
    'step.information-requested': 'Đơn vị đề nghị bổ sung thông tin',
    'step.information-received': 'Bạn đã bổ sung thông tin',
    'step.deadline-extended': 'Thời hạn trả lời được gia hạn',
    'step.answered': 'Đơn vị trả lời',
    'step.rated': 'Bạn đánh giá câu trả lời',
    'step.rated.score': 'Bạn đánh giá câu trả lời: {0}/5',
    'step.reopened': 'Phản ánh được mở lại',
    'step.reviewed': 'Thanh tra Thành phố xem xét đánh giá',
    'step.closed': 'Kết thúc',
    'unit.none': 'Chưa phân công',
    'error.network': 'Không kết nối được máy chủ. Vui lòng thử lại.',
    'error.field': 'Vui lòng kiểm tra lại ô này.',
    'problem.description-too-short': 'Nội dung cần ít nhất 10 ký tự.',
    'problem.unknown-ward': 'Không có phường, xã này.',
    'problem.unknown-category': 'Không có lĩnh vực này.',
    'problem.too-many-attachments': 'Tối đa 5 tệp.',
    'problem.attachment-too-large': 'Tệp quá lớn (tối đa 10 MB).',
    'problem.payload-too-large': 'Các tệp quá lớn (tổng tối đa 30 MB).',
    'problem.unsupported-attachment-type': 'Loại tệp này không được nhận (chỉ ảnh và PDF).',
    'problem.empty-attachment': 'Tệp rỗng.',
    'problem.information-text-required': 'Vui lòng nhập thông tin bổ sung.',
    'problem.score-required': 'Vui lòng chọn số sao.',
    'problem.contact-required': 'Vui lòng nhập thư điện tử hoặc số điện thoại (một trong hai).',
    'problem.invalid-contact': 'Thư điện tử hoặc số điện thoại không hợp lệ.',
    'problem.already-answered': 'Bạn đã trả lời khảo sát này.',
    'problem.phone-code-wrong': 'Mã xác minh không đúng.',
    'problem.phone-code-expired': 'Mã xác minh đã hết hạn; hãy lấy mã mới.',
    'problem.phone-code-used': 'Mã này đã được dùng; hãy lấy mã mới.',
    'problem.phone-code-locked': 'Đã nhập sai mã quá nhiều lần; hãy lấy mã mới.',
    'problem.phone-code-required': 'Hãy lấy mã xác minh qua SMS và nhập mã.',
    'problem.too-many-codes': 'Đã gửi quá nhiều mã cho số này; hãy thử lại sau.',
    'problem.sms-unavailable': 'Hiện không gửi được tin nhắn; hãy thử lại sau ít phút.',
    'survey.code.sent': 'Đã gửi mã đến {0}; mã có hiệu lực đến {1}.',
    'problem.already-rated': 'Câu trả lời này đã được đánh giá.',
    'problem.unit-not-in-audience': 'Khảo sát này không dành cho phường, xã đã chọn.',
    'field.description': 'Nội dung cần từ 10 đến 5.000 ký tự.',
    'field.reporter.email': 'Thư điện tử không đúng dạng, ví dụ ten@example.vn.',
    'field.reporter.phone': 'Số điện thoại không đúng dạng, ví dụ 0903 123 456.',
    'field.required': 'Câu hỏi này cần trả lời.',
    'rated.thanks': 'Cảm ơn bạn đã đánh giá.',
    'rated.reopened': 'Bạn chưa hài lòng: phản ánh được mở lại, đơn vị sẽ xử lý lại và trả lời bạn.',
    'rated.review': 'Bạn vẫn chưa hài lòng: Thanh tra Thành phố sẽ xem xét phản ánh và đánh giá của bạn.',
    'answers.published': 'Trả lời ngày {0}',
    'map.answered': '{0} phản ánh đã trả lời',
    'campaigns.published': 'Công bố ngày {0}',
    'map.latest': 'Mới nhất:',
    'map.list': 'Xem danh sách của đơn vị này',
    'answers.on.map': '{0} trả lời',
    'survey.choose': 'Chọn',
    'survey.respondents': '{0} người trả lời',
    'survey.sources': '{0} phiếu gửi từ {1} địa chỉ mạng; nhiều nhất {2} phiếu từ một địa chỉ (nhiều người có thể dùng chung một địa chỉ).',
    'survey.mean': 'Điểm trung bình: {0}',
    'survey.answers': '{0} ý kiến',
    'survey.notopen': 'Khảo sát này không còn mở.',
    'survey.closes': 'Hạn chót: {0}',
    'survey.questions': '{0} câu hỏi',
    'survey.open': 'Tham gia',
    'campaign.reported': 'đã báo cáo',
    'campaign.notreported': 'chưa báo cáo',
    'stars': '{0} sao',
    'files.selected': 'Đã chọn {0} tệp',
    'sending': 'Đang gửi…',
    'track.photo': 'Ảnh {0}',
    'copied': '{0}: đã sao chép',
  },
  en: {
    'status.RECEIVED': 'Received, being sorted',
    'status.TRIAGE': 'Being sorted by an official',
    'status.ASSIGNED': 'Being handled by the unit',
    'status.DUPLICATE': 'Same as another report already being handled',
    'status.REJECTED': 'Not accepted',
    'status.AWAITING_INFORMATION': 'The unit is waiting for your information',
    'status.ANSWER_IN_APPROVAL': 'The unit is approving its answer',
    'status.ANSWERED': 'Answered',
    'status.REOPENED': 'Reopened, the unit handles it again',
    'status.CLOSED': 'Closed',
    'step.received': 'The city received the report',
    'step.triaged': 'Sorted',
    'step.rejected': 'Not accepted',
    'step.routed': 'Sent to {0}',
    'step.routed.unknown': 'Sent to the unit in charge',
    'step.accepted': 'The unit took it on',
    'step.transferred': 'Passed on to another unit',
    'step.information-requested': 'The unit asked for more information',
    'step.information-received': 'You added information',
    'step.deadline-extended': 'The answer deadline was extended',
    'step.answered': 'The unit answered',
    'step.rated': 'You rated the answer',
    'step.rated.score': 'You rated the answer: {0}/5',
    'step.reopened': 'The report was reopened',
    'step.reviewed': 'The city inspectorate reviewed the rating',
    'step.closed': 'Closed',
    'unit.none': 'Not assigned yet',
    'error.network': 'The server cannot be reached. Please try again.',
    'error.field': 'Please check this field.',
    'problem.description-too-short': 'Please write at least 10 characters.',
    'problem.unknown-ward': 'There is no such ward or commune.',
    'problem.unknown-category': 'There is no such category.',
    'problem.too-many-attachments': 'At most 5 files.',
    'problem.attachment-too-large': 'A file is too large (10 MB at most).',
    'problem.payload-too-large': 'The files are too large (30 MB in all at most).',
    'problem.unsupported-attachment-type': 'This kind of file is not accepted (photos and PDF only).',
    'problem.empty-attachment': 'A file is empty.',
    'problem.information-text-required': 'Please write your information.',
    'problem.score-required': 'Please choose a number of stars.',
    'problem.contact-required': 'Please give your e-mail or your phone (one of them).',
    'problem.invalid-contact': 'The e-mail or phone is not valid.',
    'problem.already-answered': 'You have already answered this survey.',
    'problem.phone-code-wrong': 'The verification code is not right.',
    'problem.phone-code-expired': 'The verification code has expired; get a new one.',
    'problem.phone-code-used': 'This code was used already; get a new one.',
    'problem.phone-code-locked': 'Too many wrong codes; get a new one.',
    'problem.phone-code-required': 'Get a verification code by SMS and enter it.',
    'problem.too-many-codes': 'Too many codes were sent to this number; try again later.',
    'problem.sms-unavailable': 'Text messages cannot be sent now; try again in a few minutes.',
    'survey.code.sent': 'Code sent to {0}; valid until {1}.',
    'problem.already-rated': 'This answer has already been rated.',
    'problem.unit-not-in-audience': 'This survey is not for the ward or commune chosen.',
    'field.description': 'Please write 10 to 5,000 characters.',
    'field.reporter.email': 'This is not an e-mail address, e.g. name@example.vn.',
    'field.reporter.phone': 'This is not a phone number, e.g. 0903 123 456.',
    'field.required': 'This question needs an answer.',
    'rated.thanks': 'Thank you for your rating.',
    'rated.reopened': 'You are not satisfied: the report is reopened; the unit will handle it again and answer you.',
    'rated.review': 'You are still not satisfied: the city inspectorate will review the report and your rating.',
    'answers.published': 'Answered on {0}',
    'map.answered': '{0} answered reports',
    'campaigns.published': 'Published on {0}',
    'map.latest': 'Latest:',
    'map.list': 'List this unit\'s answers',
    'answers.on.map': '{0} answer(s)',
    'survey.choose': 'Choose',
    'survey.respondents': '{0} respondent(s)',
    'survey.sources': '{0} answers from {1} network addresses; at most {2} from one address (many people can share one).',
    'survey.mean': 'Average: {0}',
    'survey.answers': '{0} comment(s)',
    'survey.notopen': 'This survey is no longer open.',
    'survey.closes': 'Closes: {0}',
    'survey.questions': '{0} question(s)',
    'survey.open': 'Take part',
    'campaign.reported': 'reported',
    'campaign.notreported': 'did not report',
    'stars': '{0} star(s)',
    'files.selected': '{0} file(s) chosen',
    'sending': 'Sending…',
    'track.photo': 'Photo {0}',
    'copied': '{0}: copied',
  },
};

/** The text of {@code key} in the page's language, with {0}, {1}… replaced by the arguments. */
export function t(key, ...args) {
  const text = TEXTS[lang][key] ?? TEXTS.vi[key] ?? key;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

export function has(key) {
  return key in TEXTS[lang];
}

/** The Vietnamese or English variant of a field pair (nameVi/nameEn), Vietnamese when English is missing. */
export function local(object, base) {
  if (!object) return '';
  return (lang === 'en' && object[base + 'En']) || object[base + 'Vi'] || object[base + 'En'] || '';
}

/** Builds an element; strings among the children become text nodes, never markup. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Lower case without diacritics, đ as d: "Phường Bến Thành" and "phuong ben thanh" fold alike. */
export function fold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd')
    .toLowerCase().replace(/\s+/g, ' ').trim();
}

const DATE_TIME = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN',
  { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' });
const DATE = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN',
  { dateStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' });

export function dateTime(iso) {
  return iso ? DATE_TIME.format(new Date(iso)) : '';
}

export function date(iso) {
  return iso ? DATE.format(new Date(iso)) : '';
}

/**
 * Calls the JSON API. {@code json} is sent as JSON, {@code form} (FormData) as multipart; {@code token} as the
 * report's X-Report-Token. Resolves to {ok, status, body} (body: parsed JSON, a problem detail on errors, or null);
 * a network failure resolves to status 0 with a problem of its own.
 */
export async function api(url, { method = 'GET', json, form, token } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  if (token) headers['X-Report-Token'] = token;
  let response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
  } catch (e) {
    return { ok: false, status: 0, body: { type: 'urn:feedback:problem:network', detail: t('error.network') } };
  }
  let parsed = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { parsed = await response.json(); } catch (e) { parsed = null; }
  }
  if (!response.ok && !parsed) {
    parsed = { type: 'urn:feedback:problem:http-' + response.status, title: response.statusText, detail: '' };
  }
  return { ok: response.ok, status: response.status, body: parsed };
}

export function slug(problem) {
  const type = (problem && problem.type) || '';
  return type.startsWith('urn:feedback:problem:') ? type.slice('urn:feedback:problem:'.length) : type;
}

/** The part of a bilingual "Vietnamese / English" title in the page's language. */
export function titleOf(problem) {
  const title = (problem && problem.title) || '';
  const parts = title.split(' / ');
  return parts.length === 2 ? parts[lang === 'en' ? 1 : 0] : title;
}

/** Hides every error message of the form and clears aria-invalid. */
export function clearErrors(root) {
  root.querySelectorAll('.error').forEach(p => { p.hidden = true; p.textContent = ''; });
  root.querySelectorAll('[aria-invalid]').forEach(f => f.removeAttribute('aria-invalid'));
}

/** Shows {@code message} under the field whose id is {@code field} (its error is #field-error). */
export function fieldError(root, field, message) {
  const slot = root.querySelector('[id="' + CSS.escape(field + '-error') + '"]');
  if (!slot) return false;
  slot.textContent = message;
  slot.hidden = false;
  const input = root.querySelector('[id="' + CSS.escape(field) + '"]');
  if (input) input.setAttribute('aria-invalid', 'true');
  return true;
}

/**
 * Shows a problem detail next to the fields it names: the "errors" of validation-failed ({field, message}), or
 * the field {@code bySlug} maps its type to; what names no field goes to the banner {@code #<prefix>form-error}.
 * Focuses the first field in error. The server's own detail is always shown, after our words where we have some.
 */
export function showProblem(root, problem, bySlug = {}, bannerId = 'form-error') {
  clearErrors(root);
  const kind = slug(problem);
  const shown = [];
  if (kind === 'validation-failed' && Array.isArray(problem.errors)) {
    for (const error of problem.errors) {
      const field = String(error.field || '').replace(/^location\..*/, 'location');
      const ours = has('field.' + field) ? t('field.' + field) + ' ' : '';
      if (fieldError(root, field, ours + '(' + error.message + ')')) shown.push(field);
    }
  } else if (bySlug[kind]) {
    const ours = has('problem.' + kind) ? t('problem.' + kind) : titleOf(problem);
    if (fieldError(root, bySlug[kind], ours + (problem.detail ? ' (' + problem.detail + ')' : ''))) {
      shown.push(bySlug[kind]);
    }
  }
  if (shown.length === 0) {
    const banner = root.querySelector('#' + bannerId) || document.getElementById(bannerId);
    if (banner) {
      const ours = has('problem.' + kind) ? t('problem.' + kind) : titleOf(problem);
      banner.textContent = [ours, problem.detail].filter(Boolean).join(': ');
      banner.hidden = false;
      banner.focus?.();
    }
    return;
  }
  const first = root.querySelector('[id="' + CSS.escape(shown[0]) + '"]');
  if (first) first.focus();
}

let unitsPromise;

/** The 168 wards, communes and the special zone (GET /api/units without the city bodies), by Vietnamese name. */
export function communeUnits() {
  unitsPromise ??= api('/api/units').then(r => (r.ok ? r.body : [])
    .filter(u => ['WARD', 'COMMUNE', 'SPECIAL_ZONE'].includes(u.kind))
    .sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi')));
  return unitsPromise;
}

/**
 * A search box that filters a select of units, folding diacritics ("ben thanh" finds "Phường Bến Thành");
 * works with the keyboard alone (type, then Tab or the arrow Down key to the list). Returns a function that
 * selects a unit by code (for the map pin).
 */
export async function wardPicker(search, select) {
  const units = await communeUnits();
  const none = select.options[0];
  const options = units.map(u => {
    const option = el('option', { value: u.code }, lang === 'en' ? u.nameEn + ' (' + u.nameVi + ')' : u.nameVi);
    option.dataset.folded = fold(u.nameVi + ' ' + u.nameEn + ' ' + u.code.replace(/-/g, ' '));
    return option;
  });
  function filter() {
    const words = fold(search.value).split(' ').filter(Boolean);
    const selected = select.value;
    select.replaceChildren(none, ...options.filter(o => o.value === selected
      || words.every(w => o.dataset.folded.includes(w))));
    select.value = selected;
  }
  search.addEventListener('input', filter);
  search.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' || e.key === 'Enter') {
      e.preventDefault();
      const first = [...select.options].find(o => o.value && o.value !== select.value) || select.options[1];
      if (first && e.key === 'Enter') select.value = first.value;
      select.focus();
    }
  });
  filter();
  return code => {
    if (!options.some(o => o.value === code)) return false;
    search.value = '';
    select.value = code;
    filter();
    select.value = code;
    select.dispatchEvent(new Event('change'));
    return true;
  };
}

/** Keeps the private link's fragment (#token=…) when the citizen switches the language. */
function keepFragmentOnLanguageSwitch() {
  const link = document.getElementById('lang-switch');
  if (!link) return;
  const base = link.getAttribute('href');
  const update = () => { link.setAttribute('href', base + (location.hash || '')); };
  update();
  window.addEventListener('hashchange', update);
}

keepFragmentOnLanguageSwitch();
