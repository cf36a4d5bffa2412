import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Props = { level: 3 | 4 };

// The safety list sits in a closed note (and under one tip), so it is not needed for the first paint: like the
// drawings, it loads on its own right after it, from the extension's own files, and keeps the popup's first
// load small. The list itself is the shared one (components/SafetyList.tsx).
let listModule: Promise<ComponentType<Props>> | null = null;
const loadList = () => (listModule ??= import('../SafetyList').then((m) => m.SafetyList));

export function SafetyListLater({ level }: Props) {
  const [List, setList] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    let live = true;
    loadList().then(
      (component) => live && setList(() => component),
      () => {
        listModule = null; // a failed load may be tried again by the next render
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return List ? <List level={level} /> : <div class="safety-list" aria-busy="true" />;
}
