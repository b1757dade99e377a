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
} as const;
