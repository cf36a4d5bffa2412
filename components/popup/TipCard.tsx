import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { messagesLocale, t } from '../../shell/i18n';
import type { Tip } from '../../lib/tips/tip-model';
import type { TipNote } from '../../lib/tips/tip-notes';
import { citation } from '../../lib/tips/citation';
import { SafetyListLater } from './SafetyListLater';
import { Drawing } from './Drawing';

type Props = {
  tip: Tip;
  /** The tip came with the waiting reminder. */
  forReminder: boolean;
  /** False when the drawing is already on screen (in the reminder card above). */
  showDrawing?: boolean;
  onAnother(): void;
};

// The reasoning and sources load when someone first asks "Why?".
let notesModule: Promise<typeof import('../../lib/tips/tip-notes')> | null = null;
const loadNote = (id: string) =>
  (notesModule ??= import('../../lib/tips/tip-notes')).then((m) => m.loadNote(id, messagesLocale()));

function TipWhy({ id }: { id: string }) {
  const [note, setNote] = useState<TipNote | null>(null);
  useEffect(() => {
    let live = true;
    loadNote(id).then((found) => live && setNote(found ?? null), () => {});
    return () => {
      live = false;
    };
  }, [id]);
  return (
    <div id="tip-why" class="why" aria-busy={note === null}>
      {note?.why && <p>{note.why}</p>}
      {note?.sources.map((source) => (
        <p key={source.url} class="muted source">
          {t('popupWhySource', citation(source, t('citationNoDate')))}{' '}
          <a href={source.url} target="_blank" rel="noopener noreferrer" aria-label={`${t('popupWhySourceLink')} ${t('safetyOpensNewTab')}`}>
            {t('popupWhySourceLink')}
          </a>
        </p>
      ))}
    </div>
  );
}

/**
 * The tip for the moment: title, a few sentences, "Why?" on demand, a drawing where it helps, and another.
 * The drawing sits beside the title, never beside the body, so the sentences keep the card's full width.
 */
export function TipCard({ tip, forReminder, showDrawing = true, onAnother }: Props) {
  const [whyOpen, setWhyOpen] = useState(false);
  // A new tip starts with its reasoning closed.
  useLayoutEffect(() => setWhyOpen(false), [tip.id]);
  useLayoutEffect(() => {
    // The benchmark's first-paint mark: set once, on the frame after the first tip is in the page.
    if (performance.getEntriesByName('btc:first-tip').length > 0) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('btc:first-tip').length === 0) performance.mark('btc:first-tip');
    });
  }, []);
  const drawing = showDrawing ? tip.illustration : undefined;

  return (
    <section class={`card tip${drawing ? ' has-drawing' : ''}`} aria-labelledby="tip-title">
      <div class="tip-head">
        <div class="tip-heading">
          <p class="eyebrow">{forReminder ? t('popupTipForReminder') : t('popupTipLabel')}</p>
          <h2 id="tip-title" class="tip-title">
            {tip.title}
          </h2>
        </div>
        {drawing && <Drawing key={drawing} id={drawing} />}
      </div>
      <p class="tip-body">{tip.body}</p>
      {/* The whole list is long: it waits behind its own summary, so the popup keeps within its 600 px. */}
      {tip.safetyList && (
        <details class="clinician tip-safety">
          <summary>
            <span class="chevron" aria-hidden="true" />
            {t('popupTipSafetySummary')}
          </summary>
          <SafetyListLater level={3} />
        </details>
      )}
      <div class="tip-actions">
        {tip.hasWhy && (
          <button type="button" class="btn btn-link" aria-expanded={whyOpen} aria-controls="tip-why" onClick={() => setWhyOpen(!whyOpen)}>
            {t('popupWhy')}
            <span class="chevron" aria-hidden="true" />
          </button>
        )}
        <button type="button" class="btn btn-link another" onClick={onAnother}>
          {t('popupAnotherTip')}
        </button>
      </div>
      {tip.hasWhy && whyOpen && <TipWhy id={tip.id} />}
    </section>
  );
}
