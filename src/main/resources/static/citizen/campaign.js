// The published results of an adoption campaign: the ranking and the commended units (GET /api/campaigns/{id}).
import { api, el, local, showProblem, t } from './common.js';

const main = document.getElementById('main');
const response = await api('/api/campaigns/' + encodeURIComponent(main.dataset.campaign));
document.getElementById('loading').hidden = true;
if (!response.ok) {
  showProblem(main, response.body);
} else {
  const campaign = response.body;
  document.getElementById('campaign-name').textContent = campaign.name;
  document.getElementById('campaign-description').textContent = campaign.description || '';
  document.getElementById('commended').replaceChildren(...campaign.commended.map(c =>
    el('li', { value: c.position }, local(c, 'name'))));
  document.getElementById('commended-section').hidden = campaign.commended.length === 0;
  const percent = new Intl.NumberFormat(document.documentElement.lang, { style: 'percent', maximumFractionDigits: 1 });
  document.getElementById('ranking').replaceChildren(...campaign.ranking.map(p => el('li', { value: p.position },
    el('span', { class: 'name' }, local(p, 'name')),
    el('span', { class: 'meta' }, p.reported && p.staffRate !== null && p.staffRate !== undefined
      ? percent.format(p.staffRate / 100) : t('campaign.notreported')))));
  document.getElementById('ranking-section').hidden = campaign.ranking.length === 0;
}
