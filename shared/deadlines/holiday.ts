/**
 * One day off in a published holiday calendar. Both calendars (US federal, England and Wales) give
 * their days in this shape, so the tests can compare either with the list its government publishes.
 */
export type Holiday = {
  /** The day offices close: for a holiday that falls on a weekend, the observed or substitute day. */
  date: string;
  /** The holiday's name as the publishing body writes it (ASCII apostrophes). */
  name: string;
  /** Set when `date` stands in for a holiday that fell on a weekend: the day it fell on. */
  inLieuOf?: string;
};
