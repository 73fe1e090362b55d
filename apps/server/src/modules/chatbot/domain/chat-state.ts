import { isLookupKind, type LookupKind } from '@motcua/contracts';

/**
 * Where a conversation stands between two messages. Small on purpose: the dossiers a thread may see
 * are in `known` (proved by key, QR or the phone on file) and in the bound dossiers table.
 */
export type ChatStep =
  | { step: 'idle' }
  | { step: 'awaiting_code' }
  | { step: 'awaiting_key'; code: string; attempts: number }
  | { step: 'awaiting_query'; forFiling: boolean }
  | { step: 'awaiting_rating_reason'; code: string }
  | { step: 'collecting_supplement'; code: string }
  /** Several procedures matched about equally well: the bot asked which one (buttons or 1–4). */
  | { step: 'choosing_procedure'; codes: string[] }
  /** The bot asked for the street, plate or licence number of a civic look-up. */
  | { step: 'awaiting_lookup'; kind: LookupKind };

export type ChatState = ChatStep & {
  /** Codes this thread proved it may see (most recent last, at most `KNOWN_LIMIT`). */
  known?: string[];
};

export const KNOWN_LIMIT = 10;
/** Wrong keys tolerated for one code before the bot stops asking (codes must not be probed). */
export const KEY_ATTEMPTS = 3;

/** Procedures offered at most in one clarifying question (Zalo: four buttons a message, §13.6). */
export const CHOICES_LIMIT = 4;

export const IDLE: ChatState = { step: 'idle' };

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The state as stored (jsonb), read defensively: anything unexpected is the idle state. */
export function readChatState(raw: unknown): ChatState {
  if (typeof raw !== 'object' || raw === null) return IDLE;
  const record = raw as Record<string, unknown>;
  const known = Array.isArray(record['known'])
    ? record['known'].filter((c): c is string => typeof c === 'string').slice(-KNOWN_LIMIT)
    : [];
  const withKnown = (step: ChatStep): ChatState => (known.length > 0 ? { ...step, known } : step);
  const code = str(record['code']);
  switch (record['step']) {
    case 'awaiting_code':
      return withKnown({ step: 'awaiting_code' });
    case 'awaiting_key':
      return code
        ? withKnown({ step: 'awaiting_key', code, attempts: Number(record['attempts']) || 0 })
        : withKnown({ step: 'idle' });
    case 'awaiting_query':
      return withKnown({ step: 'awaiting_query', forFiling: record['forFiling'] === true });
    case 'awaiting_rating_reason':
      return code ? withKnown({ step: 'awaiting_rating_reason', code }) : withKnown({ step: 'idle' });
    case 'collecting_supplement':
      return code ? withKnown({ step: 'collecting_supplement', code }) : withKnown({ step: 'idle' });
    case 'choosing_procedure': {
      const codes = Array.isArray(record['codes'])
        ? record['codes'].filter((c): c is string => typeof c === 'string').slice(0, CHOICES_LIMIT)
        : [];
      return codes.length > 0 ? withKnown({ step: 'choosing_procedure', codes }) : withKnown({ step: 'idle' });
    }
    case 'awaiting_lookup': {
      const kind = str(record['kind']);
      return kind && isLookupKind(kind) ? withKnown({ step: 'awaiting_lookup', kind }) : withKnown({ step: 'idle' });
    }
    default:
      return withKnown({ step: 'idle' });
  }
}

/** The next state: `step`, keeping what the thread already proved plus `proved`. */
export function nextState(current: ChatState, step: ChatStep, proved?: string): ChatState {
  const known = [...(current.known ?? []).filter((c) => c !== proved), ...(proved ? [proved] : [])].slice(-KNOWN_LIMIT);
  return known.length > 0 ? { ...step, known } : step;
}
