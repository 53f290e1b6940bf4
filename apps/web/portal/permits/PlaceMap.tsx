import { useId, type MouseEvent } from 'react';
import { DEMO_ROADS, MAP_BOUNDS } from './demo-roads';
import { roundDegrees } from './geometry';
import type { GeometryType, Position } from './types';

const [WEST, SOUTH, EAST, NORTH] = MAP_BOUNDS;
const WIDTH = 600;
// Equirectangular with the middle latitude's scale: true enough for a few kilometres.
const SCALE = WIDTH / ((EAST - WEST) * Math.cos((((SOUTH + NORTH) / 2) * Math.PI) / 180));
const HEIGHT = Math.round((NORTH - SOUTH) * SCALE);
const GRID_STEP = 0.0025;

const toX = (lon: number) => ((lon - WEST) / (EAST - WEST)) * WIDTH;
const toY = (lat: number) => ((NORTH - lat) / (NORTH - SOUTH)) * HEIGHT;
const points = (path: Position[]) => path.map(([lon, lat]) => `${toX(lon)},${toY(lat)}`).join(' ');

function gridLines(): { key: string; x1: number; y1: number; x2: number; y2: number }[] {
  const lines = [];
  for (let lon = WEST + GRID_STEP; lon < EAST; lon += GRID_STEP) {
    lines.push({ key: `x${lon.toFixed(4)}`, x1: toX(lon), y1: 0, x2: toX(lon), y2: HEIGHT });
  }
  for (let lat = SOUTH + GRID_STEP; lat < NORTH; lat += GRID_STEP) {
    lines.push({ key: `y${lat.toFixed(4)}`, x1: 0, y1: toY(lat), x2: WIDTH, y2: toY(lat) });
  }
  return lines;
}
const GRID = gridLines();

/** A 級地 area of the table in force, shaded under the roads. */
export interface MapArea {
  name: string;
  feeDistrict: number;
  polygon: Position[][];
}

/** One occupation drawn on the map; `label` names it on hover where several are shown. */
export interface MapShape {
  key: string | number;
  geometryType: GeometryType;
  vertices: Position[];
  label?: string;
}

interface PlaceMapProps {
  shapes: readonly MapShape[];
  areas?: readonly MapArea[];
  /** Given on the application form: a click adds a vertex (or moves the point). Without it the map only shows. */
  onAddVertex?: (position: Position) => void;
  description: string;
}

/**
 * The place of an occupation on the demo road network, drawn in SVG from data. Clicking adds a vertex; the
 * keyboard way is the coordinate table beside it, so the map itself is a picture to screen readers.
 */
export function PlaceMap({ shapes, areas = [], onAddVertex, description }: PlaceMapProps) {
  const titleId = useId();
  const click = (event: MouseEvent<SVGSVGElement>) => {
    const matrix = event.currentTarget.getScreenCTM();
    if (!onAddVertex || !matrix) return;
    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const lon = WEST + (at.x / WIDTH) * (EAST - WEST);
    const lat = NORTH - (at.y / HEIGHT) * (NORTH - SOUTH);
    onAddVertex([roundDegrees(lon), roundDegrees(lat)]);
  };
  return (
    <svg
      className={`place-map${onAddVertex ? ' place-map--drawing' : ''}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={titleId}
      data-testid="place-map"
      onClick={click}
    >
      <title id={titleId}>{description}</title>
      <rect width={WIDTH} height={HEIGHT} className="place-map__ground" />
      {areas.map((area) => (
        <g key={area.name}>
          <polygon
            points={points(area.polygon[0] ?? [])}
            className={`place-map__area place-map__area--${area.feeDistrict}`}
          />
          <text
            x={toX(area.polygon[0]?.[3]?.[0] ?? WEST) + 6}
            y={toY(area.polygon[0]?.[3]?.[1] ?? NORTH) + 18}
            className="place-map__label"
          >
            {area.name}（{area.feeDistrict}級地）
          </text>
        </g>
      ))}
      {GRID.map(({ key, ...line }) => (
        <line key={key} {...line} className="place-map__grid" />
      ))}
      {DEMO_ROADS.map((road) => (
        <g key={road.name}>
          <polyline points={points(road.path)} className={`place-map__road place-map__road--${road.kind}`} />
          <text x={toX(road.path[0][0]) + 6} y={toY(road.path[0][1]) - 6} className="place-map__label">
            {road.name}
          </text>
        </g>
      ))}
      {shapes.map((shape) => (
        <Shape key={shape.key} shape={shape} />
      ))}
    </svg>
  );
}

function Shape({ shape }: { shape: MapShape }) {
  const shown = shape.vertices.filter((v) => v.every(Number.isFinite));
  return (
    <g>
      {shape.label && <title>{shape.label}</title>}
      {shape.geometryType === 'Polygon' && shown.length >= 3 && (
        <polygon points={points(shown)} className="place-map__shape place-map__shape--area" />
      )}
      {shape.geometryType === 'LineString' && shown.length >= 2 && (
        <polyline points={points(shown)} className="place-map__shape" />
      )}
      {shown.map(([lon, lat], i) => (
        <circle
          key={i}
          cx={toX(lon)}
          cy={toY(lat)}
          r={shape.geometryType === 'Point' ? 8 : 5}
          className="place-map__vertex"
        />
      ))}
    </g>
  );
}
