import { lazy, memo, Suspense, useState } from 'react';
import { parseMark } from '@/lib/workspace/leg-marks';
import type { PictureLayer } from './leg-picture';
import { LegRegionToggles } from './leg-region-toggles';
import { legRegionById, SADDLE, STOCKING } from '@/lib/workspace/leg-regions';

// The picture (its drawing code and shapes) is not in the page's first load: the server streams it
// in a block an inline script puts in place (so a page read without JavaScript has the line under
// it, in words, not the picture), and it hydrates when its code, fetched as the page hydrates,
// arrives. Its regions are a mouse shortcut for the buttons below (LegRegionToggles), which are in
// the first load, so a click on the picture in that moment is what a click before hydration is, and
// no button click is lost. Should it have to be drawn before its code is in, its place is kept.
const LegPicture = lazy(() => import('./leg-picture').then((m) => ({ default: m.LegPicture })));

const LAYERS: { layer: PictureLayer; label: string }[] = [
  { layer: 'dermatome', label: 'Dermatomes' },
  { layer: 'nerve', label: 'Nerve territories' },
  { layer: 'stocking', label: 'Stocking' },
];

interface LegMapProps {
  marks: readonly string[];
  /** Region ids entered as findings without a side. */
  unsided: readonly string[];
  onToggle: (mark: string) => void;
  /** Findings the picture entered, each with its own undo. */
  fromPicture: readonly { id: string; label: string }[];
  onUndoPicture: (findingId: string) => void;
}

/** Marked areas in words, for the picture's description and the line under it. */
function describeMarks(marks: readonly string[], unsided: readonly string[]): string {
  const marked = marks.flatMap((mark) => {
    const parsed = parseMark(mark);
    if (!parsed) return [];
    if (parsed.region.id === SADDLE.id) return [parsed.region.name];
    return [parsed.side === 'both' ? `${parsed.region.name} (both legs)` : `${parsed.region.name} (${parsed.side})`];
  });
  const loose = unsided.map((id) => `${(legRegionById(id) ?? (id === SADDLE.id ? SADDLE : STOCKING)).name} (side not marked)`);
  const all = [...marked, ...loose];
  return all.length === 0 ? 'Nothing marked.' : `Marked: ${all.join('; ')}.`;
}

/** Where the numbness is: the leg picture with its layer switch and the same regions as buttons. */
export const LegMap = memo(function LegMap({ marks, unsided, onToggle, fromPicture, onUndoPicture }: LegMapProps) {
  const [layer, setLayer] = useState<PictureLayer>('dermatome');
  const description = describeMarks(marks, unsided);
  return (
    <section aria-labelledby="legs-heading" className="leg-map">
      <details className="leg-map-details" open>
      <summary>
        <h3 id="legs-heading">Where is the numbness?</h3>
      </summary>
      <div role="group" aria-label="Show on the picture" className="layer-switch">
        {LAYERS.map((option) => (
          <button key={option.layer} type="button" className="toggle" aria-pressed={layer === option.layer} onClick={() => setLayer(option.layer)}>
            {option.label}
          </button>
        ))}
      </div>
      <Suspense fallback={<div className="leg-picture leg-picture-loading" />}>
        <LegPicture marks={marks} unsided={unsided} layer={layer} onToggle={onToggle} description={description} />
      </Suspense>
      <p className="small" aria-live="polite">
        {description}
      </p>
      {fromPicture.length > 0 ? (
        <div className="from-picture">
          <p className="small from-picture-title">From the picture:</p>
          <ul className="from-picture-list">
            {fromPicture.map((f) => (
              <li key={f.id}>
                <span className="small">{f.label}</span>
                <button type="button" className="button button-small button-quiet" aria-label={`Undo ${f.label} (from the picture)`} onClick={() => onUndoPicture(f.id)}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <LegRegionToggles layer={layer} marks={marks} onToggle={onToggle} />
      </details>
    </section>
  );
});
