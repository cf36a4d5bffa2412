/**
 * The controls every section uses. Each has a real <label>; hints and errors are tied to the control with
 * aria-describedby, and a refused value sets aria-invalid.
 */
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { SETTINGS_FIELDS, type Settings, type SettingsField } from '../../lib/settings/settings';
import { t } from '../../shell/i18n';
import { fieldErrorText, rangeText } from './field-messages';
import type { OptionsState } from './options-state';

type Props<F extends SettingsField> = { state: OptionsState; field: F };

export const fieldId = (field: SettingsField) => `field-${field}`;

/** The error line for a field, or nothing. */
export function FieldError({ state, field }: Props<SettingsField>) {
  const error = state.errors.value[field];
  if (!error) return null;
  return (
    <p class="field-error" id={`${fieldId(field)}-error`}>
      {fieldErrorText(error, SETTINGS_FIELDS[field])}
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
  /** How far the − and + buttons move the value. */
  step?: number;
  /** Extra words under the field (e.g. "= 3 h"). */
  note?: ComponentChildren;
  disabled?: boolean;
};

/**
 * A whole-number field with large − and + buttons (one-handed use). What the user types is kept as typed
 * while they are in the box or while it is refused, so neither a live update nor a refusal rewrites it.
 */
export function NumberField({ state, field, label, unit, step = 1, note, disabled }: NumberFieldProps) {
  const draft = useSignal<string | null>(null);
  const focused = useSignal(false);
  const spec = SETTINGS_FIELDS[field];
  const { min, max } = spec.kind === 'integer' || spec.kind === 'nullable-integer' ? spec : { min: 0, max: 0 };
  const rangeUnit = spec.kind === 'integer' || spec.kind === 'nullable-integer' ? spec.unit : 'min';
  const value = state.settings.value[field];
  const error = state.errors.value[field];
  const shown = draft.value !== null && (focused.value || error) ? draft.value : value === null ? '' : String(value);
  const id = fieldId(field);

  const commit = (text: string) => {
    draft.value = text;
    state.update(field, text.trim() === '' ? Number.NaN : Number(text));
  };
  const nudge = (delta: number) => {
    const base = typeof value === 'number' ? value : min;
    const next = Math.min(max, Math.max(min, base + delta));
    draft.value = null;
    state.update(field, next);
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
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={shown}
          disabled={disabled}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onFocus={() => (focused.value = true)}
          onBlur={() => {
            focused.value = false;
            if (!state.errors.value[field]) draft.value = null;
          }}
          onInput={(e) => commit(e.currentTarget.value)}
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
