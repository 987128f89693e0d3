// fetch-model against the local Hub mirror: the same files arrive, and the index lists them.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHubMirror } from '../e2e/hubMirror.mjs';
import { fetchModel, hubIdProblem, modelFolder } from './fetch-model.mjs';

const FIXTURE = 'e2e/hub-fixtures/cloze-fixtures/bert-tiny-quantized';
let mirror;
let out;

beforeAll(async () => {
  mirror = await startHubMirror();
  out = mkdtempSync(join(tmpdir(), 'cloze-lab-models-'));
});
afterAll(async () => {
  await mirror.close();
  rmSync(out, { recursive: true, force: true });
});

describe('npm run fetch-model', () => {
  it('downloads a Hub model through transformers.js into the served models folder', async () => {
    const folder = await fetchModel({
      repo: 'cloze-fixtures/bert-tiny-quantized',
      dtype: 'q8',
      hub: mirror.url,
      out,
    });
    for (const file of [
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'onnx/model_quantized.onnx',
    ])
      expect(readFileSync(join(folder, file)).equals(readFileSync(join(FIXTURE, file))), file).toBe(
        true,
      );
    expect(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'))).toEqual({
      models: [{ name: 'cloze-fixtures/bert-tiny-quantized', dtype: 'q8' }],
    });
    expect(mirror.served).toContain('cloze-fixtures/bert-tiny-quantized/onnx/model_quantized.onnx');
  });

  it('says clearly when the repository does not exist', async () => {
    await expect(fetchModel({ repo: 'cloze-fixtures/nope', hub: mirror.url, out })).rejects.toThrow(
      /"cloze-fixtures\/nope" could not be downloaded from .*: no such repository, or it lacks a file this app needs .* Nothing was written\./,
    );
    expect(existsSync(join(out, 'cloze-fixtures/nope'))).toBe(false);
  });
});

describe('npm run fetch-model refuses ids that escape public/models', () => {
  const escapes = [
    ['../..', "'..' would leave the models folder"],
    ['owner/../../x', "'..' would leave the models folder"],
    ['../x', "'..' would leave the models folder"],
    ['owner/..', "'..' would leave the models folder"],
    ['/etc/passwd', 'it is an absolute path'],
    ['C:/Users/x', 'it is an absolute path'],
    ['owner\\..\\..\\x', 'backslashes are not allowed'],
    ['owner\\name', 'backslashes are not allowed'],
    ['owner//name', 'it has an empty part'],
    ['owner/', 'it has an empty part'],
    ['owner/name/extra', 'it must have exactly two parts, owner/name'],
    ['./name', 'owner and name use letters, digits, _ . - and start with a letter or digit'],
    ['owner/a..b', "'..' is not allowed in a Hub id"],
    ['', 'no id was given'],
  ];

  it.each(escapes)('refuses %j, saying why', async (repo, why) => {
    expect(hubIdProblem(repo)).toBe(why);
    const out = mkdtempSync(join(tmpdir(), 'cloze-lab-escape-'));
    try {
      // Refused before any download: the hub address is never contacted.
      await expect(fetchModel({ repo, hub: 'http://127.0.0.1:9', out })).rejects.toThrow(
        `"${repo}" is not a Hub id (owner/name): ${why}. Nothing was written.`,
      );
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('accepts Hub ids as the app does', () => {
    for (const repo of ['Xenova/bert-base-uncased', 'google-bert/bert-base-cased', 'a_b/c.d-1'])
      expect(hubIdProblem(repo)).toBeNull();
  });

  it('any id it accepts is a folder two levels inside the models folder', () => {
    const out = resolve(tmpdir(), 'models');
    // Ids built from the pieces that make paths climb, turn absolute or split oddly.
    const piece = fc.constantFrom(
      '..',
      '.',
      '/',
      '\\',
      'C:',
      ':',
      '~',
      'a',
      'B1',
      '-',
      '_',
      ' ',
      '%2e',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
        (repo) => {
          if (hubIdProblem(repo) !== null) {
            expect(() => modelFolder(out, repo)).toThrow('Nothing was written.');
            return;
          }
          const inside = relative(out, modelFolder(out, repo));
          expect(inside.split(sep)).toHaveLength(2);
          expect(inside.split(sep)).not.toContain('..');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses any id with a ".." part, wherever it is', () => {
    const part = fc.stringMatching(/^[A-Za-z0-9][\w.-]{0,8}$/);
    fc.assert(
      fc.property(fc.array(part, { maxLength: 3 }), fc.array(part, { maxLength: 3 }), (a, b) => {
        const repo = [...a, '..', ...b].join('/');
        expect(() => modelFolder(resolve(tmpdir(), 'models'), repo)).toThrow(
          "'..' would leave the models folder",
        );
      }),
    );
  });
});
