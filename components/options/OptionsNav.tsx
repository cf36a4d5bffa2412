import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../../shell/i18n';

/** The page's sections in two groups: the schedule first, then what is kept and the help. */
export const NAV_GROUPS: ReadonlyArray<{ title: MessageKey; sections: ReadonlyArray<[id: string, label: MessageKey]> }> = [
  {
    title: 'optionsNavSchedule',
    sections: [
      ['reminders', 'optionsRemindersTitle'],
      ['active-hours', 'optionsActiveTitle'],
      ['breathing', 'optionsBreathingTitle'],
      ['notifications', 'optionsNotificationsTitle'],
      ['recovery', 'optionsNavRecovery'],
    ],
  },
  {
    title: 'optionsNavRecords',
    sections: [
      ['history', 'optionsHistoryTitle'],
      ['data', 'optionsDataTitle'],
      ['about', 'optionsAboutTitle'],
    ],
  },
];

const ALL_IDS = NAV_GROUPS.flatMap((g) => g.sections.map(([id]) => id));

/**
 * The section links: a column beside the page on a wide window, one scrolling row above it on a narrow one.
 * The link of the section being read is marked (aria-current), following the scroll: the last section whose
 * top has passed the upper third of the window, or the last section once the page's end is reached. A link
 * just followed stays marked after its jump, even when its section is too near the end to reach the top.
 */
export function OptionsNav() {
  const current = useSignal<string>(ALL_IDS[0]!);
  const chosen = useRef<string | null>(null);
  const nav = useRef<HTMLElement>(null);

  // On a narrow window the links are one scrolling row: keep the marked one in sight (the row only).
  useEffect(() => {
    const row = nav.current;
    const link = row?.querySelector(`a[href="#${current.value}"]`);
    if (!row || !link || row.scrollWidth <= row.clientWidth) return;
    const rowBox = row.getBoundingClientRect();
    const linkBox = link.getBoundingClientRect();
    const margin = 16;
    if (linkBox.left < rowBox.left + margin) row.scrollLeft -= rowBox.left + margin - linkBox.left;
    else if (linkBox.right > rowBox.right - margin) row.scrollLeft += linkBox.right - (rowBox.right - margin);
  }, [current.value]);

  useEffect(() => {
    let frame = 0;
    const follow = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      let reading = ALL_IDS[0]!;
      for (const id of ALL_IDS) {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) reading = id;
      }
      // At the page's end the last section cannot scroll up to the line: it is the one in view.
      if (atEnd) reading = ALL_IDS[ALL_IDS.length - 1]!;
      // The jump a link just made keeps that link marked (its section may sit below the line, near the end).
      const picked = chosen.current ? document.getElementById(chosen.current)?.getBoundingClientRect() : undefined;
      if (picked && picked.bottom > 0 && picked.top < window.innerHeight) reading = chosen.current!;
      chosen.current = null;
      current.value = reading;
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(follow);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, []);

  const choose = (id: string) => {
    chosen.current = id;
    current.value = id;
  };

  return (
    <nav class="contents" aria-label={t('optionsContents')} ref={nav}>
      {NAV_GROUPS.map((group) => (
        <div class="contents-group" key={group.title}>
          <p class="contents-title" id={`nav-${group.title}`}>
            {t(group.title)}
          </p>
          <ul aria-labelledby={`nav-${group.title}`}>
            {group.sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={current.value === id ? 'location' : undefined} onClick={() => choose(id)}>
                  {t(label)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
