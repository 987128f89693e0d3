import { beforeEach, describe, expect, it } from 'vitest';
import { defaultWorkspace } from '../core/defaults';
import type { LabelWordSuggestions, RuntimeInfo } from '../runtime/protocol';
import {
  adoptSuggestedWords,
  selectLabelWordPlan,
  suggestionsOutdated,
  useLabelWordSearch,
} from './labelWordSearch';
import { useAppStore } from './store';

const RUNTIME = { model: 'cloze-lab-en', dtype: 'fp32' } as RuntimeInfo;

beforeEach(() => {
  const model = useAppStore.getState().model;
  useAppStore.setState({
    ...defaultWorkspace(),
    dataset: null,
    model: { ...model, active: RUNTIME },
  });
  useLabelWordSearch.setState({ running: null, result: null, error: null, cancelled: false });
});

const blocker = () => {
  const plan = selectLabelWordPlan(useAppStore.getState());
  return plan.ok ? null : plan.blocker.code;
};

describe('the label-word search plan', () => {
  it('sends the labelled rows with their gold classes and no label words (one mask)', () => {
    const plan = selectLabelWordPlan(useAppStore.getState());
    if (!plan.ok) throw new Error(plan.blocker.code);
    expect(plan.request.input.examples).toHaveLength(14);
    expect(plan.request.labels.slice(0, 2)).toEqual([0, 1]);
    expect(plan.request.input.classes).toEqual([
      { name: 'positive', words: [] },
      { name: 'negative', words: [] },
    ]);
  });

  it('says why it cannot run', () => {
    useAppStore.setState({ examplesText: 'just text\nmore text' });
    expect(blocker()).toBe('noLabelledRows');
    useAppStore.setState({ examplesText: 'positive\tGood.\npositive\tFine.' });
    expect(blocker()).toBe('tooFewClassesWithRows');
    const classes = [...defaultWorkspace().classes, { id: 'x', name: 'neutral', labelWords: '' }];
    useAppStore.setState({ examplesText: 'positive\tGood.\nnegative\tBad.', classes });
    expect(selectLabelWordPlan(useAppStore.getState())).toMatchObject({
      ok: false,
      blocker: { code: 'classWithoutRows', classNames: ['neutral'] },
    });
    useAppStore.setState({ ...defaultWorkspace(), template: '{text} no mask here' });
    expect(blocker()).toBe('invalidTemplate');
  });

  it('keeps a result current across label-word edits, out of date when rows or calibration change', () => {
    const plan = selectLabelWordPlan(useAppStore.getState());
    if (!plan.ok) throw new Error(plan.blocker.code);
    const result = { suggestions: {} as LabelWordSuggestions, key: plan.key, source: plan.source };
    const outdated = () => suggestionsOutdated(result, selectLabelWordPlan(useAppStore.getState()));
    useAppStore.getState().setLabelWords('positive', 'good, fine');
    expect(outdated()).toBe(false);
    useAppStore.getState().setCalibration('batch');
    expect(outdated()).toBe(true);
    useAppStore.getState().setCalibration('none');
    expect(outdated()).toBe(false);
    useAppStore.setState({ examplesText: `${defaultWorkspace().examplesText}\nnegative\tMeh.` });
    expect(outdated()).toBe(true);
  });

  it('adopts the best assignment into the Label words boxes by class name', () => {
    const plan = selectLabelWordPlan(useAppStore.getState());
    if (!plan.ok) throw new Error(plan.blocker.code);
    const suggestions: LabelWordSuggestions = {
      candidates: [],
      assignments: [
        { words: ['good', 'awful'], tokenIds: [1, 2], accuracy: 1, meanMargin: 0.5 },
        { words: ['fine', 'bad'], tokenIds: [3, 4], accuracy: 1, meanMargin: 0.1 },
      ],
      classNames: ['positive', 'negative'],
      rows: 14,
      workerMs: 1,
      searchMs: 1,
      modelRuns: 0,
    };
    useLabelWordSearch.setState({ result: { suggestions, key: plan.key, source: plan.source } });
    adoptSuggestedWords();
    expect(useAppStore.getState().classes.map((c) => c.labelWords)).toEqual(['good', 'awful']);
  });
});
