/**
 * Each UI language's demo fits its bundled model, read by the app's own tokenizer code on the
 * shipped tokenizer files: label words are single tokens and nothing is [UNK]; and the other
 * language's model reads the Chinese demo as mostly [UNK], which the app then says (unknownShare).
 */
import { fileURLToPath } from 'node:url';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledModelFor } from '../core/bundledModels';
import { defaultWorkspace } from '../core/defaults';
import { parseExamples } from '../core/examples';
import { LANGUAGES, type Language } from '../core/language';
import { parseTemplate, type TemplateSegment } from '../core/template';
import { templatePresets } from '../core/templatePresets';
import { labelWordsOf } from '../core/verbalizer';
import { TokenizerFacts, type TokenizerLike } from './tokenizerFacts';
import { unknownShare } from './unknownShare';

const MODELS = fileURLToPath(new URL('../../public/models/', import.meta.url));
const facts: Record<string, TokenizerFacts> = {};

beforeAll(async () => {
  env.allowRemoteModels = false;
  env.localModelPath = MODELS;
  for (const language of LANGUAGES) {
    const source = bundledModelFor(language);
    if (source.kind !== 'bundled') throw new Error('a bundled model');
    const tokenizer = await AutoTokenizer.from_pretrained(source.name);
    facts[language] = new TokenizerFacts(tokenizer as unknown as TokenizerLike);
  }
});

function segments(template: string): TemplateSegment[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`invalid template ${template}`);
  return parsed.segments;
}

describe.each(LANGUAGES)('the %s demo on its bundled model', (language: Language) => {
  it('has label words of one token each, in every preset', () => {
    const tokenizer = facts[language] as TokenizerFacts;
    for (const preset of templatePresets(language))
      for (const cls of preset.classes)
        for (const word of labelWordsOf(cls)) {
          const pieces = tokenizer.labelWordPieces(word, true);
          expect(pieces, `${preset.id}: ${word}`).toHaveLength(1);
          expect(pieces[0], `${preset.id}: ${word}`).not.toBe(tokenizer.unknownId);
        }
  });

  it('has no [UNK] in its template or examples', () => {
    const workspace = defaultWorkspace(language);
    const texts = parseExamples(workspace.examplesText).map((e) => e.text);
    const share = unknownShare(
      facts[language] as TokenizerFacts,
      segments(workspace.template),
      texts,
    );
    expect(share.template.unknown).toBe(0);
    expect(share.template.tokens).toBeGreaterThan(0);
    expect(share.mostlyUnknownRows).toBe(0);
    expect(share.rows).toBe(texts.length);
  });
});

it('the English model reads the Chinese demo as mostly [UNK]', () => {
  const workspace = defaultWorkspace('zh');
  const texts = parseExamples(workspace.examplesText).map((e) => e.text);
  const share = unknownShare(facts.en as TokenizerFacts, segments(workspace.template), texts);
  expect(share.template.unknown * 2).toBeGreaterThan(share.template.tokens);
  expect(share.mostlyUnknownRows).toBe(texts.length);
});
