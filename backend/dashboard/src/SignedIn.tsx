import {
  Button,
  Link,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { Me, Settings } from '../../../shared/api/accounts';
import type { DashboardApi } from './api';
import { useNarrow } from './components/use-narrow';
import { go, type Route } from './route';

// Each page loads when opened; the charting library comes with the pages that chart.
const InterviewsPage = lazy(() => import('./pages/Interviews').then((m) => ({ default: m.InterviewsPage })));
const AccountPage = lazy(() => import('./pages/Account').then((m) => ({ default: m.AccountPage })));
const AdminPage = lazy(() => import('./pages/Admin').then((m) => ({ default: m.AdminPage })));
const AnalyticsPage = lazy(() => import('./pages/Analytics').then((m) => ({ default: m.AnalyticsPage })));
const AssessmentsPage = lazy(() => import('./pages/Assessments').then((m) => ({ default: m.AssessmentsPage })));
const ComparePage = lazy(() => import('./pages/Compare').then((m) => ({ default: m.ComparePage })));
const InvitesPage = lazy(() => import('./pages/Invites').then((m) => ({ default: m.InvitesPage })));
const LivePage = lazy(() => import('./pages/Live').then((m) => ({ default: m.LivePage })));
const TasksPage = lazy(() => import('./pages/Tasks').then((m) => ({ default: m.TasksPage })));
const TaskQualityPage = lazy(() => import('./pages/TaskQuality').then((m) => ({ default: m.TaskQualityPage })));
const ReviewQueuePage = lazy(() => import('./pages/ReviewQueue').then((m) => ({ default: m.ReviewQueuePage })));
const ResultPage = lazy(() => import('./pages/Result').then((m) => ({ default: m.ResultPage })));

/** How wide a page grows; Fluent has no token for layout widths. */
const PAGE_MAX_WIDTH = '1200px';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media print': { display: 'none' },
    '@media (max-width: 600px)': { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, color: tokens.colorBrandForeground1 },
  spacer: { flexGrow: 1 },
  main: {
    padding: tokens.spacingHorizontalXXL,
    maxWidth: PAGE_MAX_WIDTH,
    margin: '0 auto',
    '@media print': { padding: 0 },
    '@media (max-width: 600px)': { padding: tokens.spacingHorizontalM },
  },
  loading: { padding: tokens.spacingVerticalXXXL },
});

const PAGES = [
  ['interviews', 'Interviews'],
  ['live', 'Live'],
  ['assessments', 'Assessments'],
  ['tasks', 'Your tasks'],
  ['invites', 'Invites'],
  ['analytics', 'Analytics'],
  ['quality', 'Quality'],
  ['review', 'Review'],
] as const;

export interface PageProps {
  route: Route;
  api: DashboardApi;
  me: Me;
  onOrganisationChanged: (settings: Settings) => void;
}

function Page({ route, api, me, onOrganisationChanged }: PageProps) {
  switch (route.page) {
    case 'live':
      return <LivePage api={api} />;
    case 'assessments':
      return <AssessmentsPage api={api} />;
    case 'tasks':
      return <TasksPage api={api} draftId={route.params[0] ?? null} />;
    case 'invites':
      return <InvitesPage api={api} assessmentId={route.query.get('assessment')} />;
    case 'analytics':
      return <AnalyticsPage api={api} />;
    case 'quality':
      return <TaskQualityPage api={api} />;
    case 'review':
      return <ReviewQueuePage api={api} />;
    case 'results':
      return <ResultPage api={api} sessionId={route.params[0] ?? ''} isAdmin={me.user.role === 'admin'} />;
    case 'compare':
      return <ComparePage api={api} sessionIds={(route.query.get('ids') ?? '').split(',').filter(Boolean)} />;
    case 'admin':
      return me.user.role === 'admin' ? (
        <AdminPage api={api} me={me} onOrganisationChanged={onOrganisationChanged} />
      ) : (
        <Text>Only an admin can see this page.</Text>
      );
    case 'account':
      return <AccountPage api={api} me={me} />;
    default:
      return <InterviewsPage api={api} />;
  }
}

export interface SignedInProps {
  api: DashboardApi;
  me: Me;
  route: Route;
  onOrganisationChanged: (settings: Settings) => void;
  onSignOut: () => void;
}

/** The dashboard as a signed-in colleague sees it: the pages' tabs (a menu on a phone) and the page. */
export function SignedIn({ api, me, route, onOrganisationChanged, onSignOut: signOut }: SignedInProps) {
  const styles = useStyles();
  const narrow = useNarrow();
  const current = route.page === 'results' || route.page === 'compare' ? 'interviews' : route.page;
  return (
    <>
      <header className={styles.header}>
        <Text className={styles.brand}>Excel Interviewer</Text>
        {narrow ? (
          <>
            <span className={styles.spacer} />
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <Button>Menu</Button>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {[
                    ...PAGES,
                    ...(me.user.role === 'admin' ? ([['admin', 'Admin']] as const) : []),
                    ['account', 'Your account'] as const,
                  ].map(([page, label]) => (
                    <MenuItem key={page} onClick={() => go(page)}>
                      {label}
                    </MenuItem>
                  ))}
                  <MenuItem onClick={signOut}>Sign out</MenuItem>
                </MenuList>
              </MenuPopover>
            </Menu>
          </>
        ) : (
          <>
            <TabList selectedValue={current} onTabSelect={(_, d) => go(String(d.value))} aria-label="Dashboard pages">
              {PAGES.map(([page, label]) => (
                <Tab key={page} value={page}>
                  {label}
                </Tab>
              ))}
              {me.user.role === 'admin' && <Tab value="admin">Admin</Tab>}
            </TabList>
            <span className={styles.spacer} />
            <Link href="#/account">
              {me.user.name} · {me.organisation.name}
            </Link>
            <Button appearance="subtle" onClick={signOut}>
              Sign out
            </Button>
          </>
        )}
      </header>
      <main className={styles.main}>
        <Suspense fallback={<Spinner label="Loading…" className={styles.loading} />}>
          <Page route={route} api={api} me={me} onOrganisationChanged={onOrganisationChanged} />
        </Suspense>
      </main>
    </>
  );
}
