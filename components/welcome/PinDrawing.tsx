/** A small drawing of the browser toolbar: the extensions (puzzle-piece) button, its menu, and the pin. */
export function PinDrawing({ label }: { label: string }) {
  return (
    <svg class="pin-drawing" viewBox="0 0 160 104" role="img" aria-label={label} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round">
      <rect x="4" y="4" width="152" height="30" rx="10" opacity="0.55" />
      {/* the puzzle piece, large enough to recognise */}
      <path d="M122 11h9v4.5a3.5 3.5 0 1 1 0 7V27h-9v-3.5a3.5 3.5 0 1 0-7 0V27h-4v-9h3.5a3.5 3.5 0 1 0 0-7H111" />
      <path d="M126 34l8 10" opacity="0.55" />
      {/* the menu, with our entry and its pin */}
      <rect x="30" y="44" width="126" height="56" rx="10" />
      <rect x="42" y="60" width="24" height="24" rx="6" />
      <path d="M76 66h40M76 78h26" opacity="0.6" />
      <path d="M138 62l-7 7 3.5 3.5-6.5 8.5 8.5-6.5 3.5 3.5 7-7-9-9z" />
    </svg>
  );
}
