/**
 * The breathing drill, kept out of the popup's first load (the popup's size budget): its module starts
 * loading right after the popup's first paint (main.tsx), so it is there long before anyone presses Breathe.
 * Pressed sooner, an empty drill section stands in for the few milliseconds left.
 */
import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { BreathingDrill } from './BreathingDrill';

type Drill = typeof BreathingDrill;

let loaded: Drill | null = null;
let loading: Promise<Drill | null> | null = null;
/** Starts loading the drill's module, once. */
export const preloadDrill = (): Promise<Drill | null> =>
  (loading ??= import('./BreathingDrill').then(
    (m) => (loaded = m.BreathingDrill),
    () => null,
  ));

export function LazyDrill(props: ComponentProps<Drill>) {
  const [Drill, setDrill] = useState<Drill | null>(() => loaded);
  useEffect(() => {
    if (Drill) return;
    let live = true;
    void preloadDrill().then((drill) => live && drill && setDrill(() => drill));
    return () => {
      live = false;
    };
  }, []);
  return Drill ? <Drill {...props} /> : <section class="drill" aria-busy="true" />;
}
