import {
  Button,
  FluentProvider,
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
  webLightTheme,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Me, Settings } from '../../../shared/api/accounts';
import { dashboardApi, type DashboardApi } from './api';
import { InterviewsPage } from './pages/Interviews';
import { SetPasswordPage } from './pages/SetPassword';
import { setDisplayTimeZone } from './format';
import { SignInPage } from './pages/SignIn';
import { useNarrow } from './components/use-narrow';
import { go, useRoute, type Route } from './route';

// Pages past the first are loaded when opened; the charting library comes with the pages that chart.
const AccountPage = lazy(() => import('./pages/Account').then((m) => ({ default: m.AccountPage })));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPassword').then((m) => ({ default: m.ForgotPasswordPage })));
const SetupPage = lazy(() => import('./pages/Setup').then((m) => ({ default: m.SetupPage })));
const AdminPage = lazy(() => import('./pages/Admin').then((m) => ({ default: m.AdminPage })));
const AnalyticsPage = lazy(() => import('./pages/Analytics').then((m) => ({ default: m.AnalyticsPage })));
const AssessmentsPage = lazy(() => import('./pages/Assessments').then((m) => ({ default: m.AssessmentsPage })));
const ComparePage = lazy(() => import('./pages/Compare').then((m) => ({ default: m.ComparePage })));
const InvitesPage = lazy(() => import('./pages/Invites').then((m) => ({ default: m.InvitesPage })));
const LivePage = lazy(() => import('./pages/Live').then((m) => ({ default: m.LivePage })));
const SharedResultPage = lazy(() => import('./pages/SharedResult').then((m) => ({ default: m.SharedResultPage })));
const ResultPage = lazy(() => import('./pages/Result').then((m) => ({ default: m.ResultPage })));

/** How wide a page grows; Fluent has no token for layout widths. */
const PAGE_MAX_WIDTH = '1200px';

const useStyles = makeStyles({
  shell: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
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
  ['invites', 'Invites'],
  ['analytics', 'Analytics'],
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
    case 'invites':
      return <InvitesPage api={api} assessmentId={route.query.get('assessment')} />;
    case 'analytics':
      return <AnalyticsPage api={api} />;
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

export function App() {
  const styles = useStyles();
  const route = useRoute();
  const narrow = useNarrow();
  const [me, setMe] = useState<Me | null | 'unknown'>('unknown');
  const csrf = useRef<string | null>(null);
  const api = useMemo(
    () =>
      dashboardApi(
        () => csrf.current,
        () => setMe(null),
      ),
    [],
  );
  const signedIn = (who: Me) => {
    csrf.current = who.csrfToken;
    setDisplayTimeZone(who.organisation.timeZone);
    setMe(who);
  };
  const onOrganisationChanged = (settings: Settings) => {
    setDisplayTimeZone(settings.timeZone);
    setMe((m) =>
      m && m !== 'unknown' ? { ...m, organisation: { ...m.organisation, name: settings.name, timeZone: settings.timeZone } } : m,
    );
  };
  const signOut = () => {
    void api.signOut().finally(() => {
      csrf.current = null;
      setMe(null);
    });
  };
  const landed = (who: Me) => {
    signedIn(who);
    go('interviews');
  };

  useEffect(() => {
    api.me().then(signedIn, () => setMe(null));
  }, [api]);

  let body;
  // A shared result is for someone without an account: it never asks them to sign in.
  if (route.page === 'shared') body = <SharedResultPage api={api} token={route.params[0] ?? ''} />;
  else if (me === 'unknown') body = <Spinner label="Loading…" className={styles.loading} />;
  else if (route.page === 'welcome' || route.page === 'reset')
    body = <SetPasswordPage api={api} token={route.query.get('token') ?? ''} purpose={route.page} onSignedIn={landed} />;
  else if (route.page === 'setup') body = <SetupPage api={api} token={route.query.get('token') ?? ''} onSignedIn={landed} />;
  else if (me === null && route.page === 'forgot') body = <ForgotPasswordPage api={api} />;
  else if (me === null) body = <SignInPage api={api} onSignedIn={signedIn} />;
  else {
    const current = route.page === 'results' || route.page === 'compare' ? 'interviews' : route.page;
    body = (
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
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.shell}>
        <Suspense fallback={<Spinner label="Loading…" className={styles.loading} />}>{body}</Suspense>
      </div>
    </FluentProvider>
  );
}
