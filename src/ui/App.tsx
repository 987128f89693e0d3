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
import { TrainingPanel } from './lazyPanels';
import { LanguageSwitch } from './LanguageSwitch';
import { DemoOffer } from './DemoOffer';
import { LessonPicker } from './LessonPicker';
import { ModelPicker } from './ModelPicker';
import { PredictionsDownload } from './PredictionsDownload';
import { PredictionsTable } from './PredictionsTable';
import { PresentationSwitch } from './PresentationSwitch';
import { PreviousWorkspaceNotice } from './PreviousWorkspaceNotice';
import { ProbabilityChart } from './ProbabilityChart';
import { ResetWorkspace } from './ResetWorkspace';
import { RestoreNotice } from './RestoreNotice';
import { RuntimeStatus } from './RuntimeStatus';
import { SearchPanel } from './SearchPanel';
import { ShareLinkField } from './ShareLinkField';
import { ShareNotices } from './ShareNotices';
import { StorageNotice } from './StorageNotice';
import { TemplateEditor } from './TemplateEditor';
import { TokenPreview } from './TokenPreview';
import { UpdateNotice } from './UpdateNotice';
import { VerbalizerEditor } from './VerbalizerEditor';
import { WorkspaceShareControls } from './WorkspaceShareControls';

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
          <LessonPicker />
          <PresentationSwitch />
          <ResetWorkspace />
          <WorkspaceShareControls />
        </div>
      </header>
      <RuntimeStatus />
      <UpdateNotice />
      <StorageNotice />
      <RestoreNotice />
      <PreviousWorkspaceNotice />
      <DemoOffer />
      <ShareNotices />
      <ShareLinkField />
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
          {/* First, so it is above the fold (1920×1080) and on the projector's one screen. */}
          <ProbabilityChart />
          <section className="panel results">
            <PredictionsDownload />
            <h2>{t('resultsHeading')}</h2>
            <AccuracySummary />
            <PredictionsTable />
          </section>
          <EvaluationPanel />
          <SearchPanel />
          <TokenPreview />
          <FillMaskView />
          {/* Below the fold: its code loads after the first render (lazyPanels.tsx). */}
          <Suspense fallback={null}>
            <TrainingPanel />
          </Suspense>
        </div>
      </main>
    </div>
  );
}
