import { keys, register, t } from './index';
import './cli';
import './rules';
import './summary';
import './ui';
import './layoutCli';

register({
  'test.counted': { de: '{error} Fehler, {info:Hinweis|Hinweise}', en: '{error:error|errors}, {info:note|notes}' },
  'test.plain': { de: 'Blatt „{sheet}“', en: 'Sheet "{sheet}"' },
});

describe('t', () => {
  it('fills plain placeholders', () => {
    expect(t('de', 'test.plain', { sheet: '7.47' })).toBe('Blatt „7.47“');
    expect(t('en', 'test.plain', { sheet: '7.47' })).toBe('Sheet "7.47"');
  });

  it('writes counted words in singular for one and plural otherwise', () => {
    expect(t('de', 'test.counted', { error: 1, info: 1 })).toBe('1 Fehler, 1 Hinweis');
    expect(t('de', 'test.counted', { error: 2, info: 0 })).toBe('2 Fehler, 0 Hinweise');
    expect(t('en', 'test.counted', { error: 1, info: 3 })).toBe('1 error, 3 notes');
    expect(t('en', 'test.counted', { error: 0, info: 1 })).toBe('0 errors, 1 note');
  });

  it('leaves a placeholder without its parameter visible, and an unknown key as the key', () => {
    expect(t('de', 'test.counted', { error: 1 })).toBe('1 Fehler, {info:Hinweis|Hinweise}');
    expect(t('de', 'no.such.key')).toBe('no.such.key');
  });

  it('has the same placeholders in German and English for every message', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]).sort();
    const differ = keys().filter((k) => {
      const de = t('de', k, {});
      const en = t('en', k, {});
      return names(de).join() !== names(en).join();
    });
    expect(differ).toEqual([]);
  });
});
