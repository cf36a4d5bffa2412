/**
 * The controls every section uses. Each has a real <label>; hints and errors are tied to the control with
 * aria-describedby, and a refused value sets aria-invalid.
 */
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { SETTINGS_FIELDS, type Settings, type SettingsField } from '../../lib/settings/settings';
import { t } from '../../shell/i18n';
import { fieldErrorText, rangeText } from './field-messages';
import { numberFromText } from './format';
import type { OptionsState } from './options-state';

type Props<F extends SettingsField> = { state: OptionsState; field: F };

export const fieldId = (field: SettingsField) => `field-${field}`;

/** The error line for a field, or nothing. */
export function FieldError({ state, field }: Props<SettingsField>) {
  const error = state.errors.value[field];
  if (!error) return null;
  return (
    <p class="field-error" id={`${fieldId(field)}-error`}>
      {fieldErrorText(error, SETTINGS_FIELDS[field], { withRange: false })}
    </p>
  );
}

type IntegerField = {
  [F in SettingsField]: Settings[F] extends number ? F : Settings[F] extends number | null ? F : never;
}[SettingsField];

type NumberFieldProps = Props<IntegerField> & {
  label: string;
  /** The unit shown after the box, e.g. "minutes". */
  unit: string;
  /** How far the − and + buttons (and Page Up / Page Down) move the value. */
  step?: number;
  /** Extra words under the field (e.g. "= 3 h"). */
  note?: ComponentChildren;
  disabled?: boolean;
};

/** How long typing must pause before what is in the box counts as the value (ms). */
export const TYPING_PAUSE_MS = 1_000;

/**
 * A whole-number field with large − and + buttons (one-handed use).
 *
 * - A text box with a numeric keyboard, not `type="number"`: no native spinner beside our buttons, and no
 *   browser validation bubble; our own message says what is wrong.
 * - What is typed counts only once it is complete: on Enter, on leaving the box, or after a pause in typing,
 *   so "120" is never saved as 12 on the way. Until then it is kept as typed, and neither a change from
 *   another page nor a refusal rewrites it.
 * - Arrow keys step by 1, Page Up / Page Down by `step`, Home / End go to the bounds (the spinbutton pattern).
 */
export function NumberField({ state, field, label, unit, step = 1, note, disabled }: NumberFieldProps) {
  const draft = useSignal<string | null>(null);
  const focused = useSignal(false);
  const pause = useRef<ReturnType<typeof setTimeout> | null>(null);
  const spec = SETTINGS_FIELDS[field];
  const { min, max } = spec.kind === 'integer' || spec.kind === 'nullable-integer' ? spec : { min: 0, max: 0 };
  const rangeUnit = spec.kind === 'integer' || spec.kind === 'nullable-integer' ? spec.unit : 'min';
  const value = state.settings.value[field];
  const error = state.errors.value[field];
  const shown = draft.value !== null && (focused.value || error) ? draft.value : value === null ? '' : String(value);
  const id = fieldId(field);

  const stopPause = () => {
    if (pause.current) clearTimeout(pause.current);
    pause.current = null;
  };
  useEffect(() => stopPause, []);

  const commit = () => {
    stopPause();
    if (draft.value === null) return;
    state.update(field, numberFromText(draft.value));
  };
  const type = (text: string) => {
    draft.value = text;
    stopPause();
    pause.current = setTimeout(commit, TYPING_PAUSE_MS);
  };
  const set = (next: number) => {
    stopPause();
    draft.value = null;
    state.update(field, Math.min(max, Math.max(min, next)));
  };
  /** Steps from what is in the box if that is a whole number, else from the value in force. */
  const nudge = (delta: number) => {
    const typed = draft.value === null ? Number.NaN : numberFromText(draft.value);
    const base = Number.isInteger(typed) ? typed : typeof value === 'number' ? value : min - delta;
    set(base + delta);
  };
  const keys: Record<string, () => void> = {
    ArrowUp: () => nudge(1),
    ArrowDown: () => nudge(-1),
    PageUp: () => nudge(step),
    PageDown: () => nudge(-step),
    Home: () => set(min),
    End: () => set(max),
    Enter: commit,
  };

  return (
    <div class={`field number-field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <div class="number-row">
        <button
          type="button"
          class="stepper"
          aria-label={t('optionsDecrease', label)}
          disabled={disabled || (typeof value === 'number' && value <= min)}
          onClick={() => nudge(-step)}
        >
          −
        </button>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          role="spinbutton"
          aria-valuemin={min}
          aria-valuemax={max}
          aria-valuenow={typeof value === 'number' ? value : undefined}
          value={shown}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onFocus={() => (focused.value = true)}
          onBlur={() => {
            commit();
            focused.value = false;
            if (!state.errors.value[field]) draft.value = null;
          }}
          onInput={(e) => type(e.currentTarget.value)}
          onKeyDown={(e) => {
            const action = keys[e.key];
            if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
            e.preventDefault();
            action();
          }}
        />
        <button
          type="button"
          class="stepper"
          aria-label={t('optionsIncrease', label)}
          disabled={disabled || (typeof value === 'number' && value >= max)}
          onClick={() => nudge(step)}
        >
          +
        </button>
        <span class="unit">{unit}</span>
      </div>
      <p class="hint" id={`${id}-hint`}>
        {rangeText(rangeUnit, min, max)}
        {note ? <> · {note}</> : null}
      </p>
      <FieldError state={state} field={field} />
    </div>
  );
}

type BooleanField = { [F in SettingsField]: Settings[F] extends boolean ? F : never }[SettingsField];

/** An on/off switch: a checkbox with role="switch", its label the whole row. */
export function SwitchField({ state, field, label, description }: Props<BooleanField> & { label: string; description?: string }) {
  const id = fieldId(field);
  return (
    <div class="field switch-field">
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="switch"
        checked={state.settings.value[field]}
        aria-describedby={description ? `${id}-hint` : undefined}
        onChange={(e) => state.update(field, e.currentTarget.checked)}
      />
      <label for={id}>
        <span class="switch-label">{label}</span>
        {description ? (
          <span class="hint" id={`${id}-hint`}>
            {description}
          </span>
        ) : null}
      </label>
    </div>
  );
}

export interface Choice<V> {
  value: V;
  label: string;
  description?: string;
}

/** A group of radio buttons in a fieldset; `onPick` receives the chosen value. */
export function ChoiceGroup<V>({
  name,
  legend,
  choices,
  selected,
  onPick,
  describedBy,
  inline = false,
}: {
  name: string;
  legend: string;
  choices: Array<Choice<V>>;
  selected: V;
  onPick: (value: V) => void;
  describedBy?: string;
  /** Short choices side by side instead of one per line. */
  inline?: boolean;
}) {
  return (
    <fieldset class="field choice-group" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div class={inline ? 'choices inline' : 'choices'}>
        {choices.map((choice, i) => {
          const id = `${name}-${i}`;
          return (
            <div class="choice" key={id}>
              <input
                id={id}
                type="radio"
                name={name}
                checked={choice.value === selected}
                aria-describedby={choice.description ? `${id}-hint` : undefined}
                onChange={() => onPick(choice.value)}
              />
              <label for={id}>
                {choice.label}
                {choice.description ? (
                  <span class="hint" id={`${id}-hint`}>
                    {choice.description}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A titled card for one group of settings. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="card" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p class="intro muted">{intro}</p> : null}
      {children}
    </section>
  );
}
