/** What opening a share link or importing a workspace file found, said where the notices are. */
import type { WorkspaceField } from '../core/workspace/schema';
import { useShareStore } from '../state/shareState';
import { useTranslation } from './useTranslation';

export function ShareNotices() {
  const t = useTranslation();
  const opened = useShareStore((s) => s.opened);
  const imported = useShareStore((s) => s.imported);
  const fields = (repaired: WorkspaceField[]) =>
    repaired.map((field) => t(`field_${field}` as const)).join(', ');
  const lines: Array<{ alert: boolean; text: string }> = [];
  if (opened?.kind === 'damaged') lines.push({ alert: true, text: t('shareLinkDamaged') });
  if (opened?.kind === 'opened') {
    if (opened.repaired.length > 0)
      lines.push({
        alert: true,
        text: t('shareLinkRepaired', { fields: fields(opened.repaired) }),
      });
    if (opened.missingDataset !== null)
      lines.push({
        alert: false,
        text: t('shareLinkMissingDataset', { name: opened.missingDataset }),
      });
    if (opened.examplesLeftOut > 0)
      lines.push({
        alert: false,
        text: t('shareLinkOpenedLeftOut', { count: opened.examplesLeftOut }),
      });
  }
  if (imported?.kind === 'notJson')
    lines.push({ alert: true, text: t('importNotJson', { name: imported.fileName }) });
  if (imported?.kind === 'foreign')
    lines.push({ alert: true, text: t('importForeign', { name: imported.fileName }) });
  if (imported?.kind === 'repaired') {
    if (imported.repaired.length > 0)
      lines.push({
        alert: true,
        text: t('importRepaired', { fields: fields(imported.repaired) }),
      });
    if (imported.datasetDropped) lines.push({ alert: true, text: t('importDatasetDropped') });
  }
  if (lines.length === 0) return null;
  return (
    <div className="notice" role={lines.some((l) => l.alert) ? 'alert' : 'status'}>
      {lines.map((line) => (
        <p key={line.text}>{line.text}</p>
      ))}
      <button
        type="button"
        onClick={() => useShareStore.setState({ opened: null, imported: null })}
      >
        {t('dismiss')}
      </button>
    </div>
  );
}
