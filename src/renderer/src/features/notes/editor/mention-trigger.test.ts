import { describe, expect, it } from 'vitest';
import { mentionQuery } from './mention-trigger';

describe('the @mention trigger', () => {
  it('opens on @ at the start of a word and follows a name of several words', () => {
    expect(mentionQuery('@')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '@' });
    expect(mentionQuery('Met with @José Mü')).toEqual({ leadOffset: 9, matchingString: 'José Mü', replaceableString: '@José Mü' });
    expect(mentionQuery('(@Hal')?.matchingString).toBe('Hal');
    expect(mentionQuery('“@Hal')?.leadOffset).toBe(1);
  });

  it('stays shut inside a word, such as an e-mail address, and after five words', () => {
    expect(mentionQuery('write to press@halden.com')).toBeNull();
    expect(mentionQuery('@one two three four five')).toBeNull();
    expect(mentionQuery('no at sign')).toBeNull();
    expect(mentionQuery('@Ana  ')).toBeNull();
  });
});
