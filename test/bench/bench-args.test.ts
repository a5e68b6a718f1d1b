/** Which suites `npm run bench -- …` runs, and with what. */
import { describe, expect, it } from 'vitest';
import { BenchArgsError, DEFAULT_MBOX_GB, DEFAULT_SEARCH_RECORDS, parseBenchArgs, SUITES } from './bench-args.js';

const options = { cwd: '/home/officer', defaultIngestPath: '/corpus/maildir' };

describe('parseBenchArgs', () => {
  it('runs every suite, in order, when none is named', () => {
    const args = parseBenchArgs([], options);
    expect(args.help).toBe(false);
    expect(args.help === false && args.plans.map((plan) => plan.suite)).toEqual([...SUITES]);
    expect(args.help === false && args.plans[0]).toEqual({ suite: 'ingest', path: '/corpus/maildir' });
  });

  it('takes an ingest path, relative to where the command was typed', () => {
    expect(parseBenchArgs(['ingest', 'mail/inbox'], options)).toEqual({ help: false, plans: [{ suite: 'ingest', path: '/home/officer/mail/inbox' }] });
    expect(parseBenchArgs(['ingest', '/abs/path'], options)).toEqual({ help: false, plans: [{ suite: 'ingest', path: '/abs/path' }] });
  });

  it('runs only the suites named', () => {
    expect(parseBenchArgs(['search', 'packet'], options)).toEqual({ help: false, plans: [{ suite: 'search', records: DEFAULT_SEARCH_RECORDS }, { suite: 'packet' }] });
  });

  it('takes a record count for search, as --records N or --records=N', () => {
    expect(DEFAULT_SEARCH_RECORDS).toBe(500_000);
    expect(parseBenchArgs(['search', '--records', '20000'], options)).toEqual({ help: false, plans: [{ suite: 'search', records: 20_000 }] });
    expect(parseBenchArgs(['search', '--records=20000', 'tag'], options)).toEqual({ help: false, plans: [{ suite: 'search', records: 20_000 }, { suite: 'tag' }] });
    expect(() => parseBenchArgs(['search', '--records'], options)).toThrow(/--records takes a whole number/);
    expect(() => parseBenchArgs(['search', '--records', '2e4'], options)).toThrow(/not "2e4"/);
    expect(() => parseBenchArgs(['search', '--records', '0'], options)).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(['search', '--records', '50000000'], options)).toThrow(/5,000,000/);
    expect(() => parseBenchArgs(['tag', '--records', '10'], options)).toThrow(/after tag/);
  });

  it('takes an mbox size and --distinct in either order', () => {
    expect(parseBenchArgs(['mbox-scale'], options)).toEqual({ help: false, plans: [{ suite: 'mbox-scale', sizeGb: DEFAULT_MBOX_GB, distinct: false }] });
    expect(parseBenchArgs(['mbox-scale', '0.5', '--distinct'], options)).toEqual({ help: false, plans: [{ suite: 'mbox-scale', sizeGb: 0.5, distinct: true }] });
    expect(parseBenchArgs(['mbox-scale', '--distinct', '3'], options)).toEqual({ help: false, plans: [{ suite: 'mbox-scale', sizeGb: 3, distinct: true }] });
  });

  it('refuses what it does not understand rather than running the wrong thing', () => {
    expect(() => parseBenchArgs(['ingset'], options)).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(['search', 'extra'], options)).toThrow(/after search/);
    expect(() => parseBenchArgs(['ingest', 'a', 'b'], options)).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(['mbox-scale', 'two'], options)).toThrow(/size/);
    expect(() => parseBenchArgs(['mbox-scale', '0'], options)).toThrow(/size/);
    expect(() => parseBenchArgs(['mbox-scale', '2000'], options)).toThrow(/at most/);
  });

  it('prints help on -h or --help', () => {
    expect(parseBenchArgs(['ingest', '--help'], options)).toEqual({ help: true });
  });
});
