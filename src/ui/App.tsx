/** The playground: editors on the left, the model's answers on the right. */
import { Suspense, useEffect } from 'react';
import { useTranslation } from './useTranslation';
import { useAppStore } from '../state/store';
import { AccuracySummary } from './AccuracySummary';
import { BackendSelect } from './BackendSelect';
import { DatasetPanel } from './DatasetPanel';
import { DemonstrationsEditor } from './DemonstrationsEditor';
import { EvaluationPanel } from './EvaluationPanel';
import { ExamplesEditor } from './ExamplesEditor';
import { FillMaskView } from './FillMaskView';
import { ProbabilityChart, TrainingPanel } from './lazyPanels';
import { LanguageSwitch } from './LanguageSwitch';
import { ModelPicker } from './ModelPicker';
import { PredictionsTable } from './PredictionsTable';
import { ResetWorkspace, UndoResetNotice } from './ResetWorkspace';
import { RestoreNotice } from './RestoreNotice';
import { RuntimeStatus } from './RuntimeStatus';
import { SearchPanel } from './SearchPanel';
import { StorageNotice } from './StorageNotice';
import { TemplateEditor } from './TemplateEditor';
import { TokenPreview } from './TokenPreview';
import { UpdateNotice } from './UpdateNotice';
import { VerbalizerEditor } from './VerbalizerEditor';

export function App() {
  const t = useTranslation();
  const language = useAppStore((s) => s.language);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [language, t]);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="tagline">{t('appTagline')}</p>
        </div>
        <div className="header-controls">
          <label>
            <span className="visually-hidden">{t('language')}</span>
            <LanguageSwitch />
          </label>
          <ResetWorkspace />
        </div>
      </header>
      <RuntimeStatus />
      <UpdateNotice />
      <StorageNotice />
      <RestoreNotice />
      <UndoResetNotice />
      <BackendSelect />
      <main className="layout">
        <div className="column">
          <ModelPicker />
          <TemplateEditor />
          <DemonstrationsEditor />
          <VerbalizerEditor />
          <ExamplesEditor />
          <DatasetPanel />
        </div>
        <div className="column">
          <section className="panel">
            <h2>{t('resultsHeading')}</h2>
            <AccuracySummary />
            <PredictionsTable />
          </section>
          <EvaluationPanel />
          <SearchPanel />
          <TokenPreview />
          <FillMaskView />
          {/* Below the fold: their code loads after the first render (lazyPanels.tsx). */}
          <Suspense fallback={null}>
            <ProbabilityChart />
            <TrainingPanel />
          </Suspense>
        </div>
      </main>
    </div>
  );
}
