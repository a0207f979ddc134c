/**
 * What is wrong with one input field, as the API reports it in `extensions.fieldErrors`:
 * a code per rule for clients to translate, and an English message for people reading the
 * raw answer. Clients translate the code, never the message (its wording may change).
 *
 * Dependency-free on purpose: the dashboard imports this file (client/src/ui/form.tsx).
 */
export const FIELD_ERROR_CODES = [
  /** Blank or missing; `when` names the condition that makes it required, if any. */
  'REQUIRED',
  /** Longer than `max` characters. */
  'TOO_LONG',
  /** Shorter than `min` characters. */
  'TOO_SHORT',
  /** A number outside `min`..`max` (either may be absent). */
  'OUT_OF_RANGE',
  /** Names fewer than `min` distinct records. */
  'TOO_FEW',
  /** Not of the expected form: a date, an id, an email address, one of the listed values, a cursor. */
  'INVALID',
  /** Holds a NUL character or an unpaired UTF-16 surrogate. */
  'BAD_CHARACTERS',
  /** Names a record or a code (province, regency) that does not exist. */
  'NOT_FOUND',
  /** Names an agency that is inactive. */
  'INACTIVE',
  /** Names a record of another province than the one the input belongs to. */
  'OTHER_PROVINCE',
  /** A date before the input field named by `after`, or after the one named by `before`. */
  'DATE_ORDER',
  /** A date after today. */
  'FUTURE_DATE',
  /** The period from..to is longer than `max` years. */
  'PERIOD_TOO_LONG',
  /** Names the same record twice, or the same record as another field. */
  'DUPLICATE',
  /** A value another record already holds (an account's email). */
  'TAKEN',
  /** Must be empty here; `when` names the condition under which it may be set. */
  'NOT_APPLICABLE',
  /** A rule of the domain that no other code names; `rule` says which. */
  'RULE',
  /** Not a parameter or filter the endpoint knows. */
  'UNKNOWN_PARAMETER',
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/**
 * The domain rules behind RULE, REQUIRED `when` and NOT_APPLICABLE `when`, in words a client
 * can map to its own catalogue.
 */
export type FieldErrorCondition =
  /** REQUIRED: an agency of level PROVINCE or REGENCY names its province. */
  | 'PROVINCIAL_AGENCY'
  /** REQUIRED: an agency of level REGENCY names its regency. */
  | 'REGENCY_AGENCY'
  /** REQUIRED: an action item of a national agency names a province. NOT_APPLICABLE: a national agency has no province or regency. */
  | 'NATIONAL_AGENCY'
  /** REQUIRED / NOT_APPLICABLE: an account's province (COORDINATOR) or agency (MEMBER, OVERSIGHT) follows its role. */
  | 'ROLE'
  /** REQUIRED: a recommendation answered NOTED or PARTIALLY_ACCEPTED carries a note. */
  | 'PARTIAL_RESPONSE'
  /** REQUIRED: only a signed agreement can be terminated (terminatedOn needs signedOn). */
  | 'SIGNED'
  /** NOT_APPLICABLE: completedOn is set only when the status is DONE. */
  | 'STATUS_DONE'
  /** NOT_APPLICABLE: closedOn is empty while the case is open. */
  | 'CASE_CLOSED';

export type FieldErrorRule =
  /** The agency is not one of the agreement's parties. */
  | 'AGREEMENT_PARTY'
  /** Removing the agency leaves commitments under the agreement without their party. */
  | 'PARTY_HAS_COMMITMENTS'
  /** The agency must be an active oversight body (sector OVERSIGHT). */
  | 'OVERSIGHT_BODY'
  /** Without a province, only national agencies can be addressed. */
  | 'NATIONAL_ONLY'
  /** The recommendation is not one of the item's province answered ACCEPTED or PARTIALLY_ACCEPTED. */
  | 'RECOMMENDATION_ACCEPTED'
  /** Referring a case to the agency it comes from. */
  | 'SAME_AGENCY'
  /** Acting on one's own account (deactivating it, changing its role). */
  | 'OWN_ACCOUNT'
  /** A referral's state does not allow the change. */
  | 'REFERRAL_STATE';

export interface FieldError {
  code: FieldErrorCode;
  /** English, for people reading the raw answer. */
  message: string;
  /** TOO_LONG, OUT_OF_RANGE, PERIOD_TOO_LONG: the most allowed. */
  max?: number;
  /** TOO_SHORT, TOO_FEW, OUT_OF_RANGE: the least allowed. */
  min?: number;
  /** DATE_ORDER: the input field this date must not come before. */
  after?: string;
  /** DATE_ORDER: the input field this date must not come after. */
  before?: string;
  /** REQUIRED, NOT_APPLICABLE: the condition (see FieldErrorCondition). */
  when?: FieldErrorCondition;
  /** RULE: which rule. */
  rule?: FieldErrorRule;
}

/** The details of a field error besides its code and message. */
export type FieldErrorDetails = Omit<FieldError, 'code' | 'message'>;
