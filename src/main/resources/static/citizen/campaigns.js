// Adoption campaigns whose results are published (GET /api/campaigns), each linking to its ranking and commended
// units.
import { api, date, el, t } from './common.js';

const response = await api('/api/campaigns');
document.getElementById('loading').hidden = true;
const campaigns = response.ok ? response.body : [];
document.getElementById('empty').hidden = campaigns.length > 0;
document.getElementById('list').replaceChildren(...campaigns.map(c => el('li', { class: 'card' },
  el('h2', {}, el('a', { href: '/campaigns/' + encodeURIComponent(c.id) }, c.name)),
  el('p', {}, c.description || ''),
  el('p', { class: 'meta' }, t('campaigns.published', date(c.publishedAt))))));
