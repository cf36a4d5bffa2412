import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { IllustrationId } from '../../lib/tips/tip-model';

type IllustrationComponent = ComponentType<{ id: IllustrationId }>;

// The drawings are not needed for the first paint: they load on their own, once, after it.
let illustrationModule: Promise<IllustrationComponent> | null = null;
const loadIllustration = () =>
  (illustrationModule ??= import('../illustrations/index').then((m) => m.Illustration as IllustrationComponent));

type Props = { id: IllustrationId; class?: string };

/** A tip's drawing in a box of fixed proportions, so the text around it does not move when it arrives. */
export function Drawing({ id, class: className = '' }: Props) {
  const [Illustration, setIllustration] = useState<IllustrationComponent | null>(null);
  useEffect(() => {
    let live = true;
    loadIllustration().then(
      (component) => live && setIllustration(() => component),
      () => {}, // a drawing that fails to load leaves its space empty; the text says it all
    );
    return () => {
      live = false;
    };
  }, []);
  return <div class={`tip-illustration ${className}`.trim()}>{Illustration && <Illustration id={id} />}</div>;
}
