import { makeStyles, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export const useLayout = makeStyles({
  heading: { display: 'flex', alignItems: 'center', gap: '12px', flexWrap: 'wrap', marginBottom: '16px' },
  grow: { flexGrow: 1 },
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: '16px 20px',
    marginBottom: '16px',
    boxShadow: tokens.shadow2,
  },
  row: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'end' },
  grid: { display: 'grid', gap: '16px', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))' },
  muted: { color: tokens.colorNeutralForeground3 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

/** A page's title with its actions on the right. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const l = useLayout();
  return (
    <div className={l.heading}>
      <Title2 as="h1">{title}</Title2>
      <span className={l.grow} />
      {children}
    </div>
  );
}

export function Section({ title, children }: { title?: string; children: ReactNode }) {
  const l = useLayout();
  return (
    <section className={l.section}>
      {title && <h2 style={{ marginTop: 0, fontSize: 18 }}>{title}</h2>}
      {children}
    </section>
  );
}
