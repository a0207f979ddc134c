/**
 * The length limits of the hub's text fields, in characters, written once: the services
 * refuse longer text (TOO_LONG, with the limit), and the dashboard's inputs stop at the same
 * number (client/src/ui/form.tsx re-exports this file).
 *
 * Dependency-free on purpose: the dashboard imports it.
 */
export const MAX_LENGTH = {
  /** Titles and names of agreements, action items, meetings, recommendations, agencies, networks. */
  title: 300,
  /** An agency's acronym. */
  acronym: 50,
  /** The reference (letter or decree number) of an agreement or a recommendation. */
  reference: 100,
  /** What an agency commits to. */
  commitment: 2000,
  /** A commitment's indicator. */
  indicator: 300,
  /** Descriptions of networks and action items. */
  description: 5000,
  /** A note on an action item (with a status change, or on its own). */
  actionNote: 5000,
  /** A meeting's summary. */
  meetingSummary: 10_000,
  /** A recommendation's text and the note of its answer (recommendations.md "Valid input"). */
  recommendationText: 10_000,
  /** An account's display name. */
  displayName: 200,
  /** An email address (RFC 5321). */
  email: 254,
  password: 1000,
  /** A text filter of an export or report. */
  filterText: 300,
} as const;

/** The shortest password an account may have. */
export const MIN_PASSWORD_LENGTH = 12;
