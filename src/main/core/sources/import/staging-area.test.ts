import { describe, expect, it } from 'vitest';
import { StagingArea } from './staging-area';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('StagingArea', () => {
  it('hands an upload over exactly once', () => {
    const staging = new StagingArea();
    const { stagedId, sizeBytes } = staging.stage('memo.txt', base64('Dear all'));
    expect(sizeBytes).toBe(8);
    expect(staging.peekName(stagedId)).toBe('memo.txt');
    expect(Buffer.from(staging.take(stagedId)!.bytes).toString()).toBe('Dear all');
    expect(staging.take(stagedId)).toBeNull();
  });

  it('forgets uploads that were never imported once they expire', () => {
    let now = 1000;
    const staging = new StagingArea({ ttlMs: 500, now: () => now });
    const { stagedId } = staging.stage('memo.txt', base64('x'));
    now = 1500;
    expect(staging.take(stagedId)).toBeNull();
  });

  it('refuses garbled base64 and more waiting bytes than allowed, saying what to do', () => {
    const staging = new StagingArea({ maxTotalBytes: 10 });
    expect(() => staging.stage('a.txt', 'not base64!')).toThrow(/garbled/);
    staging.stage('a.txt', base64('12345678'));
    expect(() => staging.stage('b.txt', base64('12345678'))).toThrow(/Too many files are waiting/);
  });
});
