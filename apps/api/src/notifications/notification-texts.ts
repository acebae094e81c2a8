// What notifications say, in Khmer and English, built from the domain's labels.
import { ACTION_LABELS, STATUS_LABELS, type Bilingual, type PartnershipAction, type PartnershipStatus } from '@daikou/domain';

export interface NotificationText {
  title: Bilingual;
  body: Bilingual;
}

const list = (actions: readonly PartnershipAction[], locale: 'en' | 'km') =>
  actions.map((action) => ACTION_LABELS[action][locale]).join(', ');

function awaiting(actions: readonly PartnershipAction[]): Bilingual {
  return { en: `Awaiting you: ${list(actions, 'en')}.`, km: `កំពុងរង់ចាំអ្នក៖ ${list(actions, 'km')}។` };
}

/** A partnership moved from one status to another; `awaited` are the steps now expected of the reader. */
export function statusChangedText(
  title: string,
  change: { action: PartnershipAction; from: PartnershipStatus; to: PartnershipStatus },
  awaited: readonly PartnershipAction[],
): NotificationText {
  const { action, from, to } = change;
  const next = awaited.length > 0 ? awaiting(awaited) : null;
  return {
    title: { en: `${title} moved to ${STATUS_LABELS[to].en}`, km: `«${title}» បានផ្លាស់ទៅ ${STATUS_LABELS[to].km}` },
    body: {
      en: [`${ACTION_LABELS[action].en}: ${STATUS_LABELS[from].en} → ${STATUS_LABELS[to].en}.`, next?.en].filter(Boolean).join(' '),
      km: [`${ACTION_LABELS[action].km}៖ ${STATUS_LABELS[from].km} → ${STATUS_LABELS[to].km}។`, next?.km].filter(Boolean).join(' '),
    },
  };
}

/** A partnership has waited in `status` for `days` days for the reader to act. */
export function reminderText(title: string, status: PartnershipStatus, days: number, awaited: readonly PartnershipAction[]): NotificationText {
  return {
    title: {
      en: `Reminder: ${title} has been at ${STATUS_LABELS[status].en} for ${days} days`,
      km: `ការរំលឹក៖ «${title}» នៅ ${STATUS_LABELS[status].km} អស់រយៈពេល ${days} ថ្ងៃហើយ`,
    },
    body: awaiting(awaited),
  };
}
