import { useId } from 'react';
import { LEG_OUTLINE_PATH, VIEWER_LEFT_SIDE } from '@/lib/workspace/leg-outline';
import { LEG_REGIONS, SADDLE, STOCKING, STOCKING_LEVELS, type LegLayer, type LegSide } from '@/lib/workspace/leg-regions';
import { REGION_SHAPES, SADDLE_SHAPE } from '@/lib/workspace/leg-shapes';
import { markId } from '@/lib/workspace/leg-marks';

/** What the picture lets a click mark: one layer of regions, or the stocking pattern. */
export type PictureLayer = LegLayer | 'stocking';

const LEGEND = [
  ['dermatome', 'dermatome'],
  ['nerve', 'nerve territory'],
  ['stocking', 'stocking'],
  ['unsided', 'entered, side not marked'],
] as const;

type View = 'front' | 'back';
const MIRROR = 'matrix(-1 0 0 1 200 0)';
const otherSide = (side: LegSide): LegSide => (side === 'left' ? 'right' : 'left');

interface LegPictureProps {
  marks: readonly string[];
  /** Regions entered as findings without a side: drawn dashed on both legs. */
  unsided: readonly string[];
  layer: PictureLayer;
  onToggle: (mark: string) => void;
  description: string;
}

/** The legs from the front and the back, with the marked areas filled (clicking marks a region), and its key. */
export function LegPicture({ marks, unsided, layer, onToggle, description }: LegPictureProps) {
  const uid = useId().replace(/:/g, '');
  const ids = { clip: `${uid}-clip`, hatch: `${uid}-hatch`, dots: `${uid}-dots`, fade: `${uid}-fade`, mask: `${uid}-mask`, title: `${uid}-title`, desc: `${uid}-desc` };
  return (
    <>
      <svg className={`leg-picture layer-${layer}`} viewBox="0 0 430 500" role="img" aria-labelledby={`${ids.title} ${ids.desc}`}>
        <title id={ids.title}>Leg picture, front and back</title>
        <desc id={ids.desc}>{description}</desc>
        <defs>
          <clipPath id={ids.clip}>
            <path d={LEG_OUTLINE_PATH} />
          </clipPath>
          <pattern id={ids.hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="mark-nerve-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="mark-nerve-line" />
          </pattern>
          <pattern id={ids.dots} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" className="mark-stocking-bg" />
            <circle cx="3" cy="3" r="1.4" className="mark-stocking-dot" />
          </pattern>
          <linearGradient id={ids.fade} x1="0" y1="300" x2="0" y2="350" gradientUnits="userSpaceOnUse">
            <stop offset="0" stopColor="#fff" stopOpacity="0" />
            <stop offset="1" stopColor="#fff" stopOpacity="1" />
          </linearGradient>
          <mask id={ids.mask} maskUnits="userSpaceOnUse" x="0" y="0" width="200" height="480">
            <rect x="0" y="0" width="200" height="480" fill={`url(#${ids.fade})`} />
          </mask>
        </defs>
        {(['front', 'back'] as const).map((view, i) => (
          <g key={view} transform={`translate(${10 + i * 220} 22)`}>
            <text x="100" y="-6" className="leg-view-label">
              {view === 'front' ? 'Front' : 'Back'}
            </text>
            <Figure view={view} ids={ids} marks={marks} unsided={unsided} layer={layer} onToggle={onToggle} />
          </g>
        ))}
      </svg>
      <ul className="leg-legend small" aria-label="Key to the picture">
        {LEGEND.map(([key, text]) => (
          <li key={key}>
            <span className={`legend-key legend-${key}`} aria-hidden="true" /> {text}
          </li>
        ))}
      </ul>
    </>
  );
}

interface FigureProps extends Omit<LegPictureProps, 'description'> {
  view: View;
  ids: Record<'clip' | 'hatch' | 'dots' | 'mask', string>;
}

function Figure({ view, ids, marks, unsided, layer, onToggle }: FigureProps) {
  const legs: { side: LegSide; transform?: string }[] = [
    { side: VIEWER_LEFT_SIDE[view] },
    { side: otherSide(VIEWER_LEFT_SIDE[view]), transform: MIRROR },
  ];
  const shown = LEG_REGIONS.flatMap((region) => {
    const shape = REGION_SHAPES[region.id]?.[view];
    return shape ? [{ ...region, shape }] : [];
  });
  const stockingShown = marks.includes(STOCKING.id) || unsided.includes(STOCKING.id);
  // The stocking reaches the marked level (mid-shin when none is given).
  const top = STOCKING_LEVELS.find((l) => marks.includes(l.id))?.top ?? 318;
  const stockingPoints = `0,${top} 100,${top} 100,470 0,470`;
  const saddleMarked = marks.includes(SADDLE.id) || unsided.includes(SADDLE.id);
  const saddleShown = view === 'back' && (saddleMarked || layer === 'dermatome');
  // Marks of the other layers first, then the clickable layer on top, so clicks reach it.
  const ordered = [...shown.filter((r) => r.layer !== layer), ...shown.filter((r) => r.layer === layer)];
  return (
    <>
      <path d={LEG_OUTLINE_PATH} className="leg-skin" />
      <g clipPath={`url(#${ids.clip})`}>
        {legs.map(({ side, transform }) => (
          <g key={side} transform={transform}>
            {stockingShown || layer === 'stocking' ? (
              <polygon
                points={stockingPoints}
                mask={`url(#${ids.mask})`}
                className={stockingShown ? 'region region-marked' : 'region region-open'}
                fill={stockingShown ? `url(#${ids.dots})` : undefined}
                onClick={layer === 'stocking' ? () => onToggle(STOCKING.id) : undefined}
              />
            ) : null}
            {saddleShown ? (
              <polygon
                points={SADDLE_SHAPE.points}
                className={`region ${saddleMarked ? 'region-marked' : 'region-open'} region-dermatome`}
                onClick={layer === 'dermatome' ? () => onToggle(SADDLE.id) : undefined}
              >
                <title>{SADDLE.name}</title>
              </polygon>
            ) : null}
            {ordered.map((region) => {
              const marked = marks.includes(markId(region.id, side));
              const active = region.layer === layer;
              const isUnsided = unsided.includes(region.id);
              if (!marked && !active && !isUnsided) return null;
              const state = marked ? 'region-marked' : isUnsided ? 'region-unsided' : 'region-open';
              return (
                <polygon
                  key={region.id}
                  points={region.shape.points}
                  className={`region ${state} region-${region.layer}`}
                  fill={marked && region.layer === 'nerve' ? `url(#${ids.hatch})` : undefined}
                  onClick={active ? () => onToggle(markId(region.id, side)) : undefined}
                >
                  <title>{`${region.name}, ${side} leg`}</title>
                </polygon>
              );
            })}
          </g>
        ))}
      </g>
      <path d={LEG_OUTLINE_PATH} className="leg-outline" />
      <Landmarks view={view} />
      {legs.map(({ side, transform }) =>
        shown.map((region) => {
          const visible = region.layer === layer || marks.includes(markId(region.id, side)) || unsided.includes(region.id);
          if (!visible) return null;
          const [x, y] = region.shape.tagAt;
          return (
            <text key={`${side}-${region.id}`} x={transform ? 200 - x : x} y={y} className="leg-tag">
              {region.tag}
            </text>
          );
        }),
      )}
      {saddleShown ? (
        <text x={SADDLE_SHAPE.tagAt[0]} y={SADDLE_SHAPE.tagAt[1]} className="leg-tag">
          {SADDLE.tag}
        </text>
      ) : null}
      {legs.map(({ side, transform }) => (
        <text key={side} x={transform ? 136 : 64} y="472" className="leg-side-label">
          {side === 'left' ? 'Left' : 'Right'}
        </text>
      ))}
    </>
  );
}

/** Knee caps and creases: just enough to tell the front from the back. */
function Landmarks({ view }: { view: View }) {
  const d =
    view === 'front'
      ? 'M33,60 Q64,84 95,104 M167,60 Q136,84 105,104 M56,238 a9,11 0 1,0 18,0 a9,11 0 1,0 -18,0 M126,238 a9,11 0 1,0 18,0 a9,11 0 1,0 -18,0'
      : 'M100,30 L100,96 M30,108 Q62,122 97,114 M170,108 Q138,122 103,114 M46,244 Q64,250 84,244 M154,244 Q136,250 116,244 M54,404 Q66,398 80,404 M146,404 Q134,398 120,404';
  return <path d={d} className="leg-landmark" />;
}
