import { markId } from '@/lib/workspace/leg-marks';
import { LEG_REGIONS, SADDLE, STOCKING, STOCKING_LEVELS, type LegSide } from '@/lib/workspace/leg-regions';
import type { PictureLayer } from './leg-picture';

interface LegRegionTogglesProps {
  layer: PictureLayer;
  marks: readonly string[];
  onToggle: (mark: string) => void;
}

interface ToggleRow {
  id: string;
  name: string;
  where: string;
  buttons: { mark: string; text: string }[];
}

const SIDES: LegSide[] = ['left', 'right'];

function rowsFor(layer: PictureLayer): ToggleRow[] {
  if (layer === 'stocking') {
    return [
      { id: STOCKING.id, name: STOCKING.name, where: STOCKING.where, buttons: [{ mark: STOCKING.id, text: 'Both legs' }] },
      { id: 'stocking-level', name: 'Stocking level', where: 'how high it reaches', buttons: STOCKING_LEVELS.map((l) => ({ mark: l.id, text: l.tag })) },
    ];
  }
  const saddle: ToggleRow[] = layer === 'dermatome' ? [{ id: SADDLE.id, name: SADDLE.name, where: SADDLE.where, buttons: [{ mark: SADDLE.id, text: 'Mark' }] }] : [];
  return [...saddle, ...LEG_REGIONS.filter((region) => region.layer === layer).map((region) => ({
    id: region.id,
    name: region.name,
    where: region.where,
    buttons: SIDES.map((side) => ({ mark: markId(region.id, side), text: side === 'left' ? 'Left' : 'Right' })),
  }))];
}

/** The picture's regions as toggle buttons, one per side: the keyboard way to mark the legs. */
export function LegRegionToggles({ layer, marks, onToggle }: LegRegionTogglesProps) {
  return (
    <ul className="region-toggles">
      {rowsFor(layer).map((row) => (
        <li key={row.id}>
          <div role="group" aria-labelledby={`region-${row.id}`} className="region-row">
            <span id={`region-${row.id}`} className="region-name">
              {row.name} <span className="muted small">{row.where}</span>
            </span>
            {row.buttons.map((button) => (
              <button key={button.mark} type="button" className="toggle" aria-pressed={marks.includes(button.mark)} onClick={() => onToggle(button.mark)}>
                {button.text}
              </button>
            ))}
          </div>
        </li>
      ))}
    </ul>
  );
}
