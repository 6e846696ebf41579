import { makeStyles, Subtitle1, Title2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Layout widths, which Fluent has no tokens for. */
const CARD_MIN_WIDTH = '320px';
const WIDE_FIELD = '280px';
const PICKER_FIELD = '240px';

export const useLayout = makeStyles({
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalL,
  },
  grow: { flexGrow: 1 },
  section: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    marginBottom: tokens.spacingVerticalL,
    boxShadow: tokens.shadow2,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
  /** A row of actions under a form or a table. */
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end', marginTop: tokens.spacingVerticalM },
  grid: { display: 'grid', gap: tokens.spacingHorizontalL, gridTemplateColumns: `repeat(auto-fit, minmax(${CARD_MIN_WIDTH}, 1fr))` },
  /** A heading inside a section. */
  sectionTitle: { display: 'block', marginTop: 0, marginBottom: tokens.spacingVerticalM },
  /** A text field wide enough for a name, an email or a URL. */
  wideField: { minWidth: WIDE_FIELD },
  preWrap: { whiteSpace: 'pre-wrap' },
  spaced: { marginTop: tokens.spacingVerticalM },
  /** A column of fields in a dialog or a card. */
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  /** Room around a spinner or an empty page's text. */
  roomy: { padding: `${tokens.spacingVerticalXXL} 0` },
  /** A dropdown wide enough for an assessment's name. */
  pickerField: { minWidth: PICKER_FIELD },
  /** A narrow table column: a checkbox, a number. */
  narrowColumn: { width: '6em' },
  muted: { color: tokens.colorNeutralForeground3 },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

export interface PageHeadingProps {
  title: string;
  /** The page's actions, on the right. */
  children?: ReactNode;
}

/** A page's title with its actions on the right. */
export function PageHeading({ title, children }: PageHeadingProps) {
  const l = useLayout();
  return (
    <div className={l.heading}>
      <Title2 as="h1">{title}</Title2>
      <span className={l.grow} />
      {children}
    </div>
  );
}

export interface SectionProps {
  title?: string;
  children: ReactNode;
}

/** A card of the page, with its own heading. */
export function Section({ title, children }: SectionProps) {
  const l = useLayout();
  return (
    <section className={l.section}>
      {title && (
        <Subtitle1 as="h2" className={l.sectionTitle}>
          {title}
        </Subtitle1>
      )}
      {children}
    </section>
  );
}
