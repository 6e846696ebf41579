import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Analytics } from '../../../../shared/api/dashboard';
import { percent } from '../format';

const TILE_MIN_WIDTH = '160px';

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: `repeat(auto-fit, minmax(${TILE_MIN_WIDTH}, 1fr))`,
    marginBottom: tokens.spacingVerticalL,
  },
  tile: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    boxShadow: tokens.shadow2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  value: { fontSize: tokens.fontSizeHero800, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero800 },
  change: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface TilesProps {
  tiles: Analytics['tiles'];
}

/** How a figure moved from the period before: "+12 on the period before", in points for rates. */
function change(now: number | null, before: number | null | undefined, asPercent: boolean): string {
  if (now === null || before === null || before === undefined) return 'No earlier period to compare';
  const delta = now - before;
  const shown = asPercent ? `${Math.round(delta * 100)} points` : String(delta);
  return delta === 0 ? 'Same as the period before' : `${delta > 0 ? '+' : ''}${shown} on the period before`;
}

/** The four figures a manager reads first, each beside the period before. */
export function Tiles({ tiles: { current, previous, activeNow } }: TilesProps) {
  const styles = useStyles();
  const items = [
    ['Interviews', String(current.interviews), change(current.interviews, previous?.interviews, false)],
    ['Average score', percent(current.averageScore), change(current.averageScore, previous?.averageScore, true)],
    ['Completion rate', percent(current.completionRate), change(current.completionRate, previous?.completionRate, true)],
    ['Active now', String(activeNow), 'Taking an interview at this moment'],
  ] as const;
  return (
    <div className={styles.tiles} role="list" aria-label="Headline figures">
      {items.map(([label, value, note]) => (
        <div key={label} className={styles.tile} role="listitem" aria-label={`${label}: ${value}`}>
          <Text>{label}</Text>
          <span className={styles.value}>{value}</span>
          <span className={styles.change}>{note}</span>
        </div>
      ))}
    </div>
  );
}
