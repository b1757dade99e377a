/**
 * Every number the business decides lives here, so that a change of policy is
 * one edit that the mocks, the server and the console all pick up.
 */
export const accountRules = {
  /** A new trial runs this many days from the day it is created. */
  trialDays: 30,
  /** An expired trial is downgraded to Freemium and keeps working for this many users. */
  freemiumUserLimit: 3,
  /** RFC 5321 caps a forward path at 256 octets, of which 254 are the address. */
  emailMaxLength: 254,
  organizationNameMaxLength: 100,
  /** Price of one seat for one monthly period, in cents. */
  pricePerSeatCents: 1_000,
  /** The ways a trial can be extended, in days. */
  trialExtensionDays: [7, 14, 30] as const,
  /** No trial may run longer than this many days from its creation, extensions included. */
  maxTrialDays: 90,
  /** Cancelled and removed accounts are deleted for good this many days after they end. */
  retentionDays: 14,
  /** The most seats one account can hold; a guard against typos, not a business limit. */
  maxSeats: 100_000,
} as const;
