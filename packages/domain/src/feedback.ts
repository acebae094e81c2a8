// Citizens' feedback on a service point: anyone may give it, without an account; the parties monitoring the
// service point triage it and may link it to an action item of their action plan.

export const FEEDBACK_STATUSES = ['new', 'acknowledged', 'acted_on'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Feedback only moves forward: once acknowledged or acted on, citizens are owed that answer. */
export const FEEDBACK_MOVES: Readonly<Record<FeedbackStatus, readonly FeedbackStatus[]>> = {
  new: ['acknowledged', 'acted_on'],
  acknowledged: ['acted_on'],
  acted_on: [],
};

/** Whether feedback in status `from` may be given status `to`; keeping the status is always allowed. */
export function canMoveFeedback(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return from === to || FEEDBACK_MOVES[from].includes(to);
}

export const FEEDBACK_CHANNELS = ['web', 'sms', 'hotline', 'suggestion_box', 'meeting', 'other'] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];

export const FEEDBACK_TEXT_MAX = 2000;

// C0 and C1 control characters other than tab (\u0009) and newline (\u000A); carriage returns are turned into newlines first.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidirectional embeddings, overrides and isolates reorder how the text displays, hiding what it says. The zero-width
// (non-)joiners and spaces that Khmer writing uses are kept.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// Half of a surrogate pair without the other half is no character at all and cannot be stored as UTF-8.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Text with no visible character: white space and the zero-width characters, which trim() keeps.
const NOTHING_VISIBLE = /^[\s\u200B-\u200D\u2060]*$/;

/**
 * Feedback text as it is stored: plain text in Unicode NFC, with Windows and old Mac line ends made newlines,
 * control characters (except tab and newline) and bidirectional controls removed, spaces at line ends dropped,
 * at most two blank lines in a row, and no blank space around the whole. The text is never read as HTML: it is
 * stored as given and escaped wherever it is shown. Null when nothing visible is left: such feedback is refused.
 */
export function sanitizeFeedbackText(text: string): string | null {
  const cleaned = text
    .replace(LONE_SURROGATES, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
  return NOTHING_VISIBLE.test(cleaned) ? null : cleaned;
}
