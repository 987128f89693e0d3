/**
 * The last line of defence: if drawing the page fails, say what happened instead of a blank
 * page, let the person download the saved state first, then reset the workspace.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate, type MessageKey } from '../i18n/messages';
import { rawSavedStateText } from '../state/persistence';
import { resetWorkspace } from '../state/replaceWorkspace';
import { useAppStore } from '../state/store';
import { downloadText } from './downloadText';

interface State {
  error: Error | null;
}

export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Cloze Lab could not draw the page:', error, info.componentStack);
  }

  private readonly reset = () => {
    resetWorkspace();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    // Outside the store's hooks on purpose: the store may be what failed.
    const language = useAppStore.getState().language === 'zh' ? 'zh' : 'en';
    const t = (key: MessageKey, values?: Record<string, string>) =>
      translate(language, key, values);
    return (
      <main className="app crash" role="alert">
        <h1>{t('crashTitle')}</h1>
        <p>{t('crashText')}</p>
        <p className="help">{t('crashDetail', { message: error.message })}</p>
        <p className="picker-row">
          <button
            type="button"
            onClick={() => downloadText(rawSavedStateText(), 'cloze-lab-saved-state.json')}
          >
            {t('downloadSavedState')}
          </button>
          <button type="button" aria-label="Reset workspace" onClick={this.reset}>
            {t('resetWorkspace')}
          </button>
        </p>
      </main>
    );
  }
}
