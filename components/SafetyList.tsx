import { SAFETY_SOURCES, SAFETY_TIERS } from '../lib/tips/safety';
import { citation } from '../lib/tips/citation';
import { t } from '../shell/i18n';
import './safety-list.css';

type Props = {
  /** The heading level that fits where the list sits. */
  level: 3 | 4;
};

/**
 * When to get help, in its three tiers, with the NHS and NICE pages it follows. The only rendering of the
 * safety list: the popup's clinician note, its get-help tip and the options page's About all show this.
 */
export function SafetyList({ level }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div class="safety-list" data-testid="safety-list">
      {SAFETY_TIERS.map((tier) => (
        <section key={tier.id} class={`safety-tier safety-${tier.id}`}>
          <Heading>{t(tier.title)}</Heading>
          <ul>
            {tier.signs.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>
      ))}
      <p class="muted small safety-sources">
        {t('safetySourcesLabel')}{' '}
        {SAFETY_SOURCES.map((source, index) => (
          <span key={source.url}>
            {index > 0 && '; '}
            {/* A page the reader opens; the extension itself fetches nothing. */}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {citation(source, t('citationNoDate'))}
              <span class="sr-only"> {t('safetyOpensNewTab')}</span>
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
