import { PlaceMap, type MapArea } from './PlaceMap';
import { GEOMETRY_LABELS } from './labels';
import { roundDegrees } from './geometry';
import type { GeometryType, Position } from './types';
import { MAP_BOUNDS } from './demo-roads';

interface PlaceEditorProps {
  geometryType: GeometryType;
  vertices: Position[];
  onChange: (geometryType: GeometryType, vertices: Position[]) => void;
  areas: readonly MapArea[];
  error?: string;
}

const CENTRE: Position = [
  roundDegrees((MAP_BOUNDS[0] + MAP_BOUNDS[2]) / 2),
  roundDegrees((MAP_BOUNDS[1] + MAP_BOUNDS[3]) / 2),
];

const AXIS_LABELS = ['経度', '緯度'] as const;

/** Draw the place by clicking the map, or type its coordinates: both edit the same list of vertices. */
export function PlaceEditor({ geometryType, vertices, onChange, areas, error }: PlaceEditorProps) {
  const add = (position: Position) =>
    onChange(geometryType, geometryType === 'Point' ? [position] : [...vertices, position]);
  const setCoordinate = (index: number, axis: 0 | 1, text: string) => {
    const value = text === '' ? Number.NaN : Number(text);
    onChange(
      geometryType,
      vertices.map((v, i) => (i === index ? (axis === 0 ? [value, v[1]] : [v[0], value]) : v)),
    );
  };
  const remove = (index: number) =>
    onChange(
      geometryType,
      vertices.filter((_, i) => i !== index),
    );
  const last = vertices.at(-1) ?? CENTRE;

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="fieldset">
        <legend>形状</legend>
        {(Object.keys(GEOMETRY_LABELS) as GeometryType[]).map((type) => (
          <label key={type} className="choice">
            <input
              type="radio"
              name="geometry-type"
              checked={geometryType === type}
              onChange={() => onChange(type, type === 'Point' ? vertices.slice(0, 1) : vertices)}
            />
            {GEOMETRY_LABELS[type]}
          </label>
        ))}
      </fieldset>
      <p className="field__hint" id="place-map-hint">
        地図をクリックすると地点を追加します（点の場合は位置を移動します）。キーボードでは下の表に経度・緯度を入力してください。
      </p>
      <PlaceMap
        shapes={[{ key: 'drawn', geometryType, vertices }]}
        areas={areas}
        onAddVertex={add}
        description={`占用場所の地図（${GEOMETRY_LABELS[geometryType]}、地点${vertices.length}個）`}
      />
      <div className="table-wrap">
        <table className="vertex-table" aria-label="占用場所の座標">
          <thead>
            <tr>
              <th scope="col">地点</th>
              <th scope="col">経度</th>
              <th scope="col">緯度</th>
              <th scope="col">
                <span className="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {vertices.map((vertex, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                {([0, 1] as const).map((axis) => (
                  <td key={axis}>
                    <input
                      className="input"
                      type="number"
                      step="any"
                      aria-label={`地点${i + 1}の${AXIS_LABELS[axis]}`}
                      value={Number.isFinite(vertex[axis]) ? vertex[axis] : ''}
                      onChange={(e) => setCoordinate(i, axis, e.target.value)}
                    />
                  </td>
                ))}
                <td>
                  <button type="button" className="button button--text" onClick={() => remove(i)}>
                    <span className="visually-hidden">地点{i + 1}を</span>削除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        {(geometryType !== 'Point' || vertices.length === 0) && (
          <button type="button" className="button button--secondary" onClick={() => add(last)}>
            地点を追加
          </button>
        )}
        {vertices.length > 0 && (
          <button type="button" className="button button--text" onClick={() => onChange(geometryType, [])}>
            すべて消去
          </button>
        )}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
