/**
 * Shows how the model's tokenizer splits each label word, flagging words that are not one token
 * and words that are the same token as another label word (counted once, or ambiguous).
 */
import { useTranslation } from './useTranslation';
import { useAppStore } from '../state/store';
import type { LabelWordInfo } from '../runtime/protocol';

export function LabelWordChips({ words }: { words: string[] }) {
  const t = useTranslation();
  const known = useAppStore((s) => s.prediction.result?.labelWords);
  const infoByWord = new Map<string, LabelWordInfo>();
  for (const cls of known ?? []) for (const info of cls) infoByWord.set(info.word, info);

  return (
    <ul className="chips">
      {words.map((word) => {
        const info = infoByWord.get(word);
        if (!info)
          return (
            <li key={word} className="chip">
              {word}
            </li>
          );
        const same = info.sameTokenAs;
        const notes = [
          info.unknown
            ? t('wordUnknown')
            : info.pieces.length > 1
              ? t('wordMultiToken', { pieces: info.pieces.join(' ') })
              : t('wordSingleToken'),
        ];
        if (same)
          notes.push(
            same.sameClass
              ? t('wordSameToken', { other: same.word })
              : t('wordSameTokenOtherClass', { other: same.word, className: same.className }),
          );
        const note = notes.join('; ');
        const flagged = info.unknown || info.pieces.length > 1 || same !== null;
        return (
          <li key={word} className={flagged ? 'chip flagged' : 'chip'}>
            <strong>{word}</strong>{' '}
            <span className="chip-note">{flagged ? `⚠ ${note}` : `✓ ${note}`}</span>
          </li>
        );
      })}
    </ul>
  );
}
