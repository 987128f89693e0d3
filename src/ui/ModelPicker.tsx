/**
 * Choosing a model: the bundled one, a curated or typed Hub repository (from the Hub host or a
 * mirror), or a folder picked from disk; with its precision, download progress and errors.
 */
import { useState } from 'react';
import {
  CURATED_HUB_MODELS,
  DTYPES,
  defaultDtype,
  isValidRepoId,
  normaliseHubHost,
  sameSource,
  type Dtype,
  type ModelSource,
} from '../core/modelSource';
import { useTranslation } from './useTranslation';
import { chooseModel } from '../state/modelSync';
import { useAppStore } from '../state/store';
import { BUNDLED_MODELS } from '../core/bundledModels';
import { FilePick } from './FilePick';
import { LoadProgress } from './LoadProgress';
import { ModelCache } from './ModelCache';

type Choice = string; // 'bundled:<name>' | 'served:<name>' | 'hub:<repo>' | 'other' | 'folder'
const isBundledName = (name: string) => BUNDLED_MODELS.some((m) => m.name === name);

function choiceOf(source: ModelSource): Choice {
  if (source.kind === 'bundled')
    return isBundledName(source.name) ? `bundled:${source.name}` : `served:${source.name}`;
  if (source.kind === 'folder') return 'folder';
  return CURATED_HUB_MODELS.some((m) => m.repo === source.repo) ? `hub:${source.repo}` : 'other';
}

export function ModelPicker() {
  const t = useTranslation();
  const source = useAppStore((s) => s.model.source);
  const hubHost = useAppStore((s) => s.model.hubHost);
  const backend = useAppStore((s) => s.model.active?.backend ?? 'wasm');
  const setModel = useAppStore((s) => s.setModel);
  const served = useAppStore((s) => s.model.served);
  const [choice, setChoice] = useState<Choice>(choiceOf(source));
  const loadFailed = useAppStore((s) => s.model.loadError !== null);
  // A model chosen elsewhere (a language's demo, a link, an imported file) shows here too. A
  // failed load puts the source back to the model still answering: then the person's choice (a
  // folder, another Hub id) stays, so they can change the precision and try again.
  const [shownSource, setShownSource] = useState(source);
  if (!sameSource(shownSource, source)) {
    setShownSource(source);
    if (!loadFailed) setChoice(choiceOf(source));
  }
  const [repoDraft, setRepoDraft] = useState(source.kind === 'hub' ? source.repo : '');
  const [hostDraft, setHostDraft] = useState(hubHost);
  // The picked folder's files stay here, so a change of precision can load the folder again.
  const [folderFiles, setFolderFiles] = useState<File[]>([]);
  const folderName = folderFiles[0]?.webkitRelativePath.split('/')[0] || 'folder';
  const dtype: Dtype = source.kind === 'bundled' ? 'fp32' : source.dtype;
  const [dtypeDraft, setDtypeDraft] = useState<Dtype>(
    source.kind === 'bundled' ? defaultDtype(backend) : dtype,
  );

  const hub = (repo: string, d: Dtype = dtypeDraft): ModelSource => ({
    kind: 'hub',
    repo,
    host: hubHost,
    revision: 'main',
    dtype: d,
  });
  const onChoice = (next: Choice) => {
    setChoice(next);
    if (next.startsWith('bundled:'))
      void chooseModel({ kind: 'bundled', name: next.slice('bundled:'.length), dtype: 'fp32' });
    else if (next.startsWith('served:')) {
      const model = served.find((m) => `served:${m.name}` === next);
      if (model) void chooseModel({ kind: 'bundled', name: model.name, dtype: model.dtype });
    } else if (next.startsWith('hub:')) void chooseModel(hub(next.slice(4)));
  };
  const onDtype = (next: Dtype) => {
    setDtypeDraft(next);
    if (choice === 'folder' && folderFiles.length > 0)
      void chooseModel({ kind: 'folder', name: folderName, dtype: next }, folderFiles);
    else if (source.kind === 'hub') void chooseModel({ ...source, dtype: next });
  };
  const hostValid = normaliseHubHost(hostDraft) !== null;
  const repoValid = isValidRepoId(repoDraft.trim());

  return (
    <section className="panel model-picker">
      <h2>{t('modelHeading')}</h2>
      <div className="picker-row">
        <select aria-label="Model" value={choice} onChange={(e) => onChoice(e.target.value)}>
          {BUNDLED_MODELS.map((m) => (
            <option key={m.name} value={`bundled:${m.name}`}>
              {t('modelBundled', { name: m.name })}
            </option>
          ))}
          {/* Models in public/models/index.json; the bundled ones are listed above. */}
          {served
            .filter((m) => !isBundledName(m.name))
            .map((m) => (
              <option key={m.name} value={`served:${m.name}`}>
                {t('modelServed', { name: m.name, dtype: m.dtype })}
              </option>
            ))}
          {CURATED_HUB_MODELS.map((m) => (
            <option key={m.repo} value={`hub:${m.repo}`}>
              {m.repo} — {m.note}
            </option>
          ))}
          <option value="other">{t('modelOtherHub')}</option>
          <option value="folder">{t('modelFolder')}</option>
        </select>
        {!choice.startsWith('bundled:') && !choice.startsWith('served:') && (
          <select
            aria-label={t('precision')}
            value={dtypeDraft}
            onChange={(e) => onDtype(e.target.value as Dtype)}
          >
            {DTYPES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        )}
      </div>
      {choice === 'other' && (
        <form
          className="picker-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (repoValid) void chooseModel(hub(repoDraft.trim()));
          }}
        >
          <input
            aria-label="Hub model id"
            placeholder={t('hubModelIdHint')}
            value={repoDraft}
            aria-invalid={repoDraft !== '' && !repoValid}
            onChange={(e) => setRepoDraft(e.target.value)}
          />
          <button type="submit" disabled={!repoValid}>
            {t('loadModel')}
          </button>
          {repoDraft !== '' && !repoValid && <span className="error">{t('invalidRepoId')}</span>}
        </form>
      )}
      {choice === 'folder' && (
        <div className="picker-row">
          <span>{t('modelFolderLabel')}</span>
          <FilePick
            name="Model folder"
            buttonText={t('chooseFolder')}
            chosenText={
              folderFiles.length > 0
                ? t('folderChosen', { name: folderName, count: folderFiles.length })
                : t('noFolderChosen')
            }
            // Non-standard but supported by Chromium, Firefox and Safari: pick a whole folder.
            {...{ webkitdirectory: '', directory: '' }}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              if (files.length === 0) return;
              setFolderFiles(files);
              const name = files[0]?.webkitRelativePath.split('/')[0] || 'folder';
              void chooseModel({ kind: 'folder', name, dtype: dtypeDraft }, files);
            }}
          />
        </div>
      )}
      {choice === 'folder' && <p className="help">{t('modelFolderHelp')}</p>}
      {(choice === 'other' || choice.startsWith('hub:')) && (
        <div className="picker-row">
          <label>
            {t('hubHost')}{' '}
            <input
              aria-label="Hub host"
              value={hostDraft}
              aria-invalid={!hostValid}
              onChange={(e) => setHostDraft(e.target.value)}
              onBlur={() => {
                const host = normaliseHubHost(hostDraft);
                if (host) setModel({ hubHost: host });
              }}
            />
          </label>
          {!hostValid && <span className="error">{t('invalidHubHost')}</span>}
        </div>
      )}
      {(choice === 'other' || choice.startsWith('hub:')) && (
        <p className="help">{t('hubHostHelp')}</p>
      )}
      <LoadProgress />
      <ModelCache />
    </section>
  );
}
